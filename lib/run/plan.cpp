#include "run/plan.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "assessment/loader.hpp"
#include "scoring/evidence.hpp"
#include "util/file.hpp"
#include "yaml/peek.hpp"

namespace cepin::run {

namespace {

// A quick look for a top-level `rubric:` line, falling back to a full parse.
std::optional<std::string> quick_rubric_id(const std::string& path, const std::string& bytes) {
  if (auto quick = yaml::top_level_scalar(bytes, "rubric")) {
    return quick->substr(0, quick->find('@'));
  }
  yaml::Input input = yaml::parse_input(path, bytes);
  auto ref = assessment::peek_rubric(input);
  return ref ? std::optional<std::string>(ref->id) : std::nullopt;
}

}  // namespace

FileKind stdin_kind(const std::optional<std::string>& format) {
  if (format == std::string("csv")) {
    return FileKind::csv;
  }
  return format == std::string("tsv") ? FileKind::tsv : FileKind::yaml;
}

Scored score_loaded(Loaded loaded, const scoring::Options& options) {
  Scored scored;
  scored.usage = loaded.usage;
  scored.diagnostics = std::move(loaded.diagnostics);
  switch (loaded.status) {
    case Loaded::Status::skipped:
      return scored;
    case Loaded::Status::failed: {
      scoring::ErrorResult error;
      error.source = std::move(loaded.source);
      error.line = loaded.line;
      error.unit = std::move(loaded.unit);
      error.rubric = std::move(loaded.rubric);
      error.errors = scored.diagnostics;
      scored.outcome = std::move(error);
      return scored;
    }
    case Loaded::Status::ready:
      break;
  }
  static const scoring::FileEvidenceChecker k_files;
  scored.outcome = scoring::score_outcome(*loaded.assessment, loaded.rubric, options, k_files);
  if (auto* error = std::get_if<scoring::ErrorResult>(&*scored.outcome)) {
    diag::Diagnostic problem = error->errors.back();  // all-not-applicable or score-overflow
    error->errors.insert(error->errors.begin(), scored.diagnostics.begin(), scored.diagnostics.end());
    scored.diagnostics.push_back(std::move(problem));
  }
  return scored;
}

ScoringPlan::ScoringPlan(const InputOptions& options, RubricCatalog& catalog)
    : m_options(options), m_catalog(&catalog) {
  bool stdin_taken = false;
  InputWalk inputs = walk();
  while (std::optional<Input> input = inputs.next()) {
    count_input(*input, stdin_taken);
  }
  m_single_named_yaml = m_options.paths.size() == 1 && m_size == 1 && m_first_is_named_yaml;
}

ScoringPlan::ScoringPlan(const InputOptions& options, RubricCatalog& catalog, std::vector<Input> inputs)
    : m_options(options), m_catalog(&catalog),
      m_list(std::make_shared<const std::vector<Input>>(std::move(inputs))) {
  bool stdin_taken = false;
  for (const Input& input : *m_list) {
    count_input(input, stdin_taken);
  }
  m_single_named_yaml = m_options.paths.size() == 1 && m_size == 1 && m_first_is_named_yaml;
}

InputWalk ScoringPlan::walk() const {
  return m_list ? InputWalk(m_list)
                : InputWalk(m_options.paths, stdin_kind(m_options.input_format), SavedResults::ignore);
}

void ScoringPlan::count_input(const Input& input, bool& stdin_taken) {
  if ((input.origin == Origin::found || (input.problem && input.problem->code == "no-inputs")) &&
      std::find(m_folders.begin(), m_folders.end(), input.argument) == m_folders.end()) {
    m_folders.push_back(input.argument);
  }
  if (input.notice) {
    m_notes.push_back(*input.notice);
  }
  if (input.problem) {
    ++m_size;
  } else if (input.kind == FileKind::skipped) {
    return;
  } else if (input.path == "-" && stdin_taken) {
    ++m_size;  // named twice: an error in place
  } else if (input.path == "-" || input.kind != FileKind::yaml) {
    util::ReadResult read;
    if (input.path == "-") {
      stdin_taken = true;
      if (m_options.stdin_bytes) {
        read.bytes = *m_options.stdin_bytes;
      } else {
        read = util::read_file("-");
      }
      if (read.error != util::ReadError::none) {
        m_stdin_failure = std::make_shared<const diag::Diagnostic>(read_failure(input, read, m_stdin_usage));
        ++m_size;
        return;
      }
      if (input.kind == FileKind::yaml) {
        m_stdin = std::move(read.bytes);
        m_first_is_named_yaml = m_first_is_named_yaml || m_size == 0;
        ++m_size;
        return;
      }
    } else {
      read = util::read_file(input.path);
    }
    std::shared_ptr<const CsvInput> sheet = open_sheet(input, std::move(read), m_notes);
    m_size += sheet->status == CsvInput::Status::units ? sheet->units.size()
              : sheet->status == CsvInput::Status::file_error ? 1 : 0;
    m_sheets.push_back(Sheet{input.path, std::move(sheet)});
  } else {
    m_first_is_named_yaml = m_first_is_named_yaml || (m_size == 0 && input.origin == Origin::named);
    ++m_size;
  }
}

std::shared_ptr<const CsvInput> ScoringPlan::open_sheet(const Input& input, util::ReadResult read,
                                                        std::vector<diag::Diagnostic>& notes) const {
  auto sheet = std::make_shared<const CsvInput>(open_csv(input, std::move(read), m_options.load.csv, *m_catalog));
  notes.insert(notes.end(), sheet->notes.begin(), sheet->notes.end());
  return sheet;
}

std::shared_ptr<const CsvInput> ScoringPlan::planned_sheet(const Input& input, std::vector<diag::Diagnostic>& notes) {
  if (m_next_sheet < m_sheets.size() && m_sheets[m_next_sheet].path == input.path) {
    return m_sheets[m_next_sheet++].opened;
  }
  // The folder changed since the first pass: the sheet is read now.
  return open_sheet(input, util::read_file(input.path), notes);
}

namespace {

WorkItem failed_item(const Input& input, diag::Diagnostic problem, bool usage) {
  WorkItem item;
  item.kind = WorkItem::Kind::failed;
  item.argument = input.argument;
  item.failure = std::make_shared<const Loaded>(failed_input(input.path, {std::move(problem)}, usage));
  return item;
}

}  // namespace

std::optional<WorkItem> ScoringPlan::item_of(const Input& input) {
  if (input.problem) {
    return failed_item(input, *input.problem, problem_is_usage(input));
  }
  if (input.kind == FileKind::skipped) {
    return std::nullopt;
  }
  if (input.path == "-") {
    if (m_stdin_taken) {
      return failed_item(input,
                         diag::file_diagnostic("-", diag::Severity::error, "input-unreadable",
                                               "standard input is named twice; it can be read only once"),
                         true);
    }
    m_stdin_taken = true;
    if (m_stdin_failure) {
      return failed_item(input, *m_stdin_failure, m_stdin_usage);
    }
  }
  if (input.kind == FileKind::yaml) {
    WorkItem item;
    item.input = input;
    item.argument = input.argument;
    return item;
  }
  std::vector<diag::Diagnostic> notes;
  std::shared_ptr<const CsvInput> sheet = planned_sheet(input, notes);
  switch (sheet->status) {
    case CsvInput::Status::skipped:
      return std::nullopt;
    case CsvInput::Status::file_error: {
      WorkItem item;
      item.kind = WorkItem::Kind::failed;
      item.argument = input.argument;
      item.failure = std::make_shared<const Loaded>(failed_input(input.path, sheet->file_errors, sheet->usage));
      item.notes = std::move(notes);
      return item;
    }
    case CsvInput::Status::units:
      break;
  }
  if (sheet->units.empty()) {
    return std::nullopt;
  }
  m_sheet = sheet;
  m_sheet_argument = input.argument;
  m_next_unit = 1;
  WorkItem item;
  item.kind = WorkItem::Kind::csv_unit;
  item.sheet = std::move(sheet);
  item.argument = input.argument;
  item.notes = std::move(notes);
  return item;
}

std::optional<WorkItem> ScoringPlan::next() {
  if (m_sheet && m_next_unit < m_sheet->units.size()) {
    WorkItem item;
    item.kind = WorkItem::Kind::csv_unit;
    item.sheet = m_sheet;
    item.unit = m_next_unit++;
    item.argument = m_sheet_argument;
    return item;
  }
  m_sheet.reset();
  if (!m_walk) {
    m_walk.emplace(walk());
  }
  while (std::optional<Input> input = m_walk->next()) {
    if (std::optional<WorkItem> item = item_of(*input)) {
      return item;
    }
  }
  return std::nullopt;
}

Scored ScoringPlan::score_item(const WorkItem& item, const scoring::Options& options) const {
  switch (item.kind) {
    case WorkItem::Kind::failed:
      return score_loaded(*item.failure, options);
    case WorkItem::Kind::csv_unit:
      return score_loaded(load_csv_unit(*item.sheet, item.unit, m_options.load), options);
    case WorkItem::Kind::yaml:
      break;
  }
  const Input& input = item.input;
  if (input.path == "-") {
    return score_loaded(load_yaml(input, m_stdin, *m_catalog, m_options.load), options);
  }
  util::ReadResult read = util::read_file(input.path);
  if (read.error != util::ReadError::none) {
    bool usage = false;
    diag::Diagnostic problem = read_failure(input, read, usage);
    return score_loaded(failed_input(input.path, {problem}, usage), options);
  }
  return score_loaded(load_yaml(input, std::move(read.bytes), *m_catalog, m_options.load), options);
}

Scored ScoringPlan::score(const WorkItem& item, const scoring::Options& options) const {
  try {
    Scored scored = score_item(item, options);
    if (!item.notes.empty()) {
      scored.diagnostics.insert(scored.diagnostics.begin(), item.notes.begin(), item.notes.end());
    }
    return scored;
  } catch (const std::exception& error) {
    std::string source = item.kind == WorkItem::Kind::yaml ? item.input.path
                         : item.sheet                      ? item.sheet->table->path
                                                           : item.failure->source;
    diag::Diagnostic problem = diag::file_diagnostic(
        source, diag::Severity::error, "internal-error",
        fmt::format("cepin failed on this input ({}); the other inputs are still scored", error.what()));
    return score_loaded(failed_input(source, {problem}, false), options);
  }
}

void ScoringPlan::each_rubric(const std::function<bool(const std::shared_ptr<const rubric::Rubric>&)>& take) const {
  InputWalk inputs = walk();
  auto sheet = m_sheets.begin();
  bool stdin_taken = false;
  while (std::optional<Input> input = inputs.next()) {
    if (input->problem || input->kind == FileKind::skipped) {
      continue;
    }
    if (input->path == "-") {
      if (stdin_taken || m_stdin_failure) {
        continue;
      }
      stdin_taken = true;
    }
    if (input->kind != FileKind::yaml) {
      // The sheets of the first pass, in the same order (one that went away since is left out).
      while (sheet != m_sheets.end() && sheet->path != input->path) {
        ++sheet;
      }
      if (sheet == m_sheets.end()) {
        return;
      }
      for (const CsvUnitPlan& unit : sheet->opened->units) {
        if (unit.rubric && !take(unit.rubric)) {
          return;
        }
      }
      ++sheet;
      continue;
    }
    if (const auto& forced = m_catalog->forced()) {
      if (forced->rubric && !take(forced->rubric)) {
        return;
      }
      continue;
    }
    std::string bytes = input->path == "-" ? m_stdin : util::read_file(input->path).bytes;
    std::optional<std::string> id = quick_rubric_id(input->path, bytes);
    Lookup lookup = id ? m_catalog->find(*id) : Lookup{};
    if (lookup.rubric && !take(lookup.rubric)) {
      return;
    }
  }
}

std::vector<std::shared_ptr<const rubric::Rubric>> ScoringPlan::rubrics() const {
  std::vector<std::shared_ptr<const rubric::Rubric>> out;
  each_rubric([&](const std::shared_ptr<const rubric::Rubric>& rubric) {
    for (const auto& known : out) {
      if (known->id == rubric->id) {
        return true;
      }
    }
    out.push_back(rubric);
    return true;
  });
  return out;
}

std::optional<std::string> ScoringPlan::first_lang() const {
  if (const auto& forced = m_catalog->forced()) {
    return forced->rubric ? std::optional<std::string>(forced->rubric->lang) : std::nullopt;
  }
  std::optional<std::string> lang;
  each_rubric([&](const std::shared_ptr<const rubric::Rubric>& rubric) {
    lang = rubric->lang;
    return false;
  });
  return lang;
}

}  // namespace cepin::run
