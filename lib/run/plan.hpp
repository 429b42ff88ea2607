// The inputs of a scoring run planned into work items: a YAML file (read and
// loaded when it is scored), one unit of a CSV sheet (the sheet is read
// when planning), or a path that failed. Items come in input order; `score`,
// `compare` and `trend` score them through here.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "run/catalog.hpp"
#include "run/csv_input.hpp"
#include "run/inputs.hpp"
#include "run/load.hpp"
#include "run/walk.hpp"
#include "scoring/engine.hpp"

namespace cepin::run {

// Where a run's assessments come from.
struct InputOptions {
  std::vector<std::string> paths;           // files, folders, `-`
  std::optional<std::string> input_format;  // standard input: csv | tsv (else YAML)
  LoadOptions load;
  // Standard input when the command has read it already (compare and trend
  // look at it first to tell saved results from an assessment).
  std::shared_ptr<const std::string> stdin_bytes;
};

// The kind of standard input by --input-format: csv, tsv, else YAML.
FileKind stdin_kind(const std::optional<std::string>& format);

// What scoring one work item gave.
struct Scored {
  std::optional<scoring::Outcome> outcome;    // empty when the item was skipped
  std::vector<diag::Diagnostic> diagnostics;  // for stderr, in order
  bool usage = false;                         // a named path that cannot be read (exit 2)
};

// Stage two: scores a loaded input. A failed load becomes its error result;
// a scoring failure becomes one through scoring::score_outcome.
Scored score_loaded(Loaded loaded, const scoring::Options& options);

// One work item: a YAML input (read and loaded when it is scored), one unit
// of a CSV sheet (the sheet was read when planning), or an input that failed.
struct WorkItem {
  enum class Kind { yaml, csv_unit, failed } kind = Kind::yaml;
  Input input;                              // yaml: the file
  std::shared_ptr<const CsvInput> sheet;    // csv_unit
  std::size_t unit = 0;                     // csv_unit: into the sheet's units
  std::shared_ptr<const Loaded> failure;    // failed
  std::size_t argument = 0;                 // the command-line path it comes from
  std::vector<diag::Diagnostic> notes;      // a sheet's notes when it was read only now
};

// Every work item of a run, planned in two passes over the inputs so that
// memory does not grow with their number: the first counts the items and
// reads each CSV sheet (its notes come before any result), next() walks the
// inputs again and gives the items one at a time, in input order.
class ScoringPlan {
 public:
  // Walks the command-line paths, reads standard input once (naming `-`
  // twice is an error in place) and opens every CSV sheet, resolving its
  // units' rubrics.
  ScoringPlan(const InputOptions& options, RubricCatalog& catalog);
  // Plans inputs already collected (`compare` and `trend` take saved results
  // out of them first); `options.paths` is not walked.
  ScoringPlan(const InputOptions& options, RubricCatalog& catalog, std::vector<Input> inputs);

  // The number of work items.
  std::size_t size() const { return m_size; }
  // The next work item, in input order; nullopt after the last. Not thread-safe.
  std::optional<WorkItem> next();
  // Loads and scores a work item (safe on several threads at once). Never
  // throws: an unexpected failure becomes an `internal-error` result.
  Scored score(const WorkItem& item, const scoring::Options& options) const;
  // Notes from planning (a sheet read as GB18030, a sheet skipped), in input order.
  const std::vector<diag::Diagnostic>& notes() const { return m_notes; }
  // The rubrics the items name, first-seen order, as far as a quick look at
  // each input tells (the CSV columns are fixed before the first row). Reads
  // every YAML input (unless a rubric is forced).
  std::vector<std::shared_ptr<const rubric::Rubric>> rubrics() const;
  // The `lang` of the first rubric an item names.
  std::optional<std::string> first_lang() const;
  // Whether the run is one YAML file (or `-`) named on the command line.
  bool single_named_yaml() const { return m_single_named_yaml; }
  // The command-line paths that are folders walked for inputs.
  const std::vector<std::size_t>& folders() const { return m_folders; }

 private:
  struct Sheet {
    std::string path;
    std::shared_ptr<const CsvInput> opened;
  };
  InputWalk walk() const;
  void count_input(const Input& input, bool& stdin_taken);
  std::shared_ptr<const CsvInput> open_sheet(const Input& input, util::ReadResult read,
                                             std::vector<diag::Diagnostic>& notes) const;
  std::shared_ptr<const CsvInput> planned_sheet(const Input& input, std::vector<diag::Diagnostic>& notes);
  std::optional<WorkItem> item_of(const Input& input);
  // Calls `take` with each rubric the inputs name, in input order, until it returns false.
  void each_rubric(const std::function<bool(const std::shared_ptr<const rubric::Rubric>&)>& take) const;
  Scored score_item(const WorkItem& item, const scoring::Options& options) const;

  const InputOptions& m_options;
  RubricCatalog* m_catalog;
  std::shared_ptr<const std::vector<Input>> m_list;  // inputs given, else null (walk the paths)
  std::size_t m_size = 0;
  bool m_single_named_yaml = false;
  bool m_first_is_named_yaml = false;  // the first item is a YAML input named on the command line
  std::vector<diag::Diagnostic> m_notes;
  std::vector<std::size_t> m_folders;
  std::string m_stdin;  // standard input (YAML), read once
  std::shared_ptr<const diag::Diagnostic> m_stdin_failure;  // reading it failed
  bool m_stdin_usage = false;
  std::vector<Sheet> m_sheets;  // opened in the first pass, in input order
  std::size_t m_next_sheet = 0;  // the next one next() takes
  // next()'s place: its walk, whether it passed `-`, the sheet whose units it gives.
  std::optional<InputWalk> m_walk;
  bool m_stdin_taken = false;
  std::shared_ptr<const CsvInput> m_sheet;
  std::size_t m_sheet_argument = 0;
  std::size_t m_next_unit = 0;
};

}  // namespace cepin::run
