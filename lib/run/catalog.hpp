// Finding rubrics by id (SPEC §5 "Finding a rubric"): rubrics named on the
// command line, then --rubrics folders, then the built-ins. Loading is lazy
// and happens once per rubric, safely from several threads.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "rubric/extends.hpp"
#include "rubric/model.hpp"
#include "run/base_finder.hpp"

namespace cepin::run {

// How a lookup ended.
enum class LookupStatus { found, not_found, invalid, ambiguous };

// A lookup's outcome: the rubric when found and valid; otherwise the
// diagnostics that explain it (the rubric file's own errors when invalid).
struct Lookup {
  LookupStatus status = LookupStatus::not_found;
  std::shared_ptr<const rubric::Rubric> rubric;
  std::vector<diag::Diagnostic> diagnostics;
  std::vector<std::string> places;  // ambiguous: where the id was found
};

// The top-level `id` of a YAML text, and its `schema`: read from the text
// when both are plain top-level lines (the usual layout), else by parsing it.
// Empty when there is none.
std::string peek_id(const std::string& path, const std::string& bytes, std::string& schema);

// A summary line of a built-in rubric (for `cepin rubrics`).
struct BuiltinSummary {
  std::string id;
  std::string path;
  std::shared_ptr<const rubric::Rubric> rubric;  // null when invalid
  std::vector<diag::Diagnostic> diagnostics;
};

// An index of every rubric a run can use.
class RubricCatalog {
 public:
  // Indexes the built-in rubrics by their top-level id.
  void add_builtins();
  // Indexes each YAML file of `dir` (recursively) by its top-level id. A file
  // whose id cannot be read is a warning; an unreadable folder returns false
  // with an error diagnostic. Shadowing a built-in gives a note.
  bool add_folder(const std::string& dir, std::vector<diag::Diagnostic>& diagnostics);
  // Adds a rubric already loaded from the command line; it wins over folders.
  void add_loaded(std::shared_ptr<const rubric::Rubric> rubric);
  // Indexes a rubric file named on the command line before any is loaded, so
  // that one can extend another (SPEC §7).
  void add_named(const std::string& path, const std::string& id);

  // How to load the rubric file `path` with this catalog finding its bases
  // (SPEC §7). The options refer to the catalog, which must outlive them.
  rubric::LoadOptions load_options(const std::string& path);

  // The -r rubric: used for every input whatever it names; null when the file
  // was invalid (every input is then an error result naming the file).
  struct Forced {
    std::string path;
    std::shared_ptr<const rubric::Rubric> rubric;
  };
  void force(Forced forced) { m_forced = std::move(forced); }
  const std::optional<Forced>& forced() const { return m_forced; }

  // The rubric with this id, loading and validating it on first use.
  Lookup find(const std::string& id);
  // Every id the catalog knows (for "did you mean").
  std::vector<std::string> ids() const;
  // The built-in rubrics, each loaded and validated, sorted by file name.
  static std::vector<BuiltinSummary> builtins();
  // The built-in rubric with this id, loaded.
  static Lookup find_builtin(const std::string& id);

 private:
  // Where a rubric id was found: a folder file (read on first use) or a built-in.
  struct Source {
    std::string path;
    std::string bytes;  // built-ins: the embedded text; folders: read on load
    bool builtin = false;
  };
  // Everything known about one id, and the cached result of loading it.
  struct Entry {
    std::vector<Source> sources;  // folder sources (more than one: ambiguous)
    std::optional<Source> builtin;
    std::shared_ptr<const rubric::Rubric> loaded;  // named on the command line
    bool done = false;
    Lookup cached;
  };
  // Loads and validates the rubric an entry points to (once; the caller caches).
  Lookup load_entry(const std::string& id, Entry& entry);

  // The base `request.id` (rubric/extends.hpp's resolver).
  rubric::BaseFound find_base(const rubric::BaseRequest& request);

  std::optional<Forced> m_forced;
  // Recursive: loading a rubric under the lock asks the catalog for its bases.
  mutable std::recursive_mutex m_mutex;
  std::map<std::string, Entry> m_entries;
  RubricIndex m_index;
};

}  // namespace cepin::run
