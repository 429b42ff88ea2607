// Finding the rubric a rubric test case names (SPEC §12): like -r, a path
// relative to the test file, else an id among the rubric files in the test
// file's folder, then in --rubrics folders, then the built-ins; a built-in
// test's rubric is always a built-in. Each rubric file is loaded once a run.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "run/catalog.hpp"

namespace cepin::run {

// Where a test file lives: on disk, or compiled in with the built-in rubrics.
enum class TestOrigin { file, builtin };

// The rubric of a case, or why there is none.
struct CaseRubric {
  Lookup lookup;
  std::string path;  // the file the rubric was loaded from (`rubrics/<file>` for a built-in)
  // The rubric's own diagnostics, the first time an invalid rubric is met
  // in a run (later cases that name it do not repeat them).
  std::vector<diag::Diagnostic> first_report;
};

// Every rubric a run of `cepin test` finds, cached.
class CaseRubrics {
 public:
  // `shared` holds the --rubrics folders and the built-ins.
  explicit CaseRubrics(RubricCatalog& shared) : m_shared(&shared) {}

  // The rubric that `value` names in a test file at `test_path`. Not found:
  // a Lookup with no diagnostics (the caller words it, with `ids_near`).
  CaseRubric find(const std::string& value, const std::string& test_path, TestOrigin origin);
  // The ids a test at `test_path` could name (for "did you mean").
  std::vector<std::string> ids_near(const std::string& test_path, TestOrigin origin);

 private:
  // The rubric files directly in `dir`, by id (several: ambiguous).
  const std::map<std::string, std::vector<std::string>>& folder(const std::string& dir);
  CaseRubric load_file(const std::string& path);
  CaseRubric report_once(CaseRubric found);

  RubricCatalog* m_shared;
  RubricCatalog m_builtins;
  bool m_builtins_ready = false;
  std::map<std::string, std::map<std::string, std::vector<std::string>>> m_folders;
  std::map<std::string, CaseRubric> m_files;
  std::set<std::string> m_reported;
};

}  // namespace cepin::run
