// The inputs of a scoring run planned into work items: a YAML file (read and
// loaded when it is scored), one unit of a CSV sheet (the sheet is read
// when planning), or a path that failed. Items come in input order; `score`,
// `compare` and `trend` score them through here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "run/catalog.hpp"
#include "run/csv_input.hpp"
#include "run/inputs.hpp"
#include "run/load.hpp"
#include "scoring/engine.hpp"

namespace cepin::run {

// Where a run's assessments come from.
struct InputOptions {
  std::vector<std::string> paths;           // files, folders, `-`
  std::optional<std::string> input_format;  // standard input: csv | tsv (else YAML)
  LoadOptions load;
};

// What scoring one work item gave.
struct Scored {
  std::optional<scoring::Outcome> outcome;    // empty when the item was skipped
  std::vector<diag::Diagnostic> diagnostics;  // for stderr, in order
  bool usage = false;                         // a named path that cannot be read (exit 2)
};

// Stage two: scores a loaded input. A failed load becomes its error result;
// a scoring failure becomes one through scoring::score_outcome.
Scored score_loaded(Loaded loaded, const scoring::Options& options);

// Every work item of a run.
class ScoringPlan {
 public:
  // Collects the inputs, reads standard input once (naming `-` twice is an
  // error in place) and opens every CSV sheet, resolving its units' rubrics.
  ScoringPlan(const InputOptions& options, RubricCatalog& catalog);

  // The number of work items.
  std::size_t size() const { return m_items.size(); }
  // Loads and scores item `index` (safe on several threads at once). Never
  // throws: an unexpected failure becomes an `internal-error` result.
  Scored score(std::size_t index, const scoring::Options& options) const;
  // Notes from planning (a sheet read as GB18030, a sheet skipped), in input order.
  const std::vector<diag::Diagnostic>& notes() const { return m_notes; }
  // The rubrics the items name, first-seen order, as far as a quick look at
  // each input tells (the CSV columns are fixed before the first row).
  std::vector<std::shared_ptr<const rubric::Rubric>> rubrics() const;
  // The `lang` of the first rubric an item names.
  std::optional<std::string> first_lang() const;
  // Whether the run is one YAML file (or `-`) named on the command line.
  bool single_named_yaml() const;
  // The command-line path item `index` comes from.
  std::size_t argument(std::size_t index) const { return m_items[index].argument; }
  // The command-line paths that are folders walked for inputs.
  const std::vector<std::size_t>& folders() const { return m_folders; }

 private:
  struct Item {
    enum class Kind { yaml, csv_unit, failed } kind = Kind::yaml;
    std::size_t input = 0;  // yaml: into m_inputs
    std::size_t unit = 0;   // csv_unit: into the sheet's units
    std::shared_ptr<const CsvInput> sheet;      // csv_unit
    std::shared_ptr<const Loaded> failure;      // failed
    std::size_t argument = 0;                   // the command-line path it comes from
  };
  void plan_input(std::size_t index, bool& stdin_taken);
  void plan_csv(const Input& input, util::ReadResult read);
  void fail(const Input& input, diag::Diagnostic problem, bool usage);
  Scored score_item(const Item& item, const scoring::Options& options) const;
  std::string bytes_of(const Input& input) const;

  const InputOptions& m_options;
  RubricCatalog* m_catalog;
  std::vector<Input> m_inputs;
  std::vector<Item> m_items;
  std::vector<diag::Diagnostic> m_notes;
  std::vector<std::size_t> m_folders;
  std::string m_stdin;  // standard input, read once
};

}  // namespace cepin::run
