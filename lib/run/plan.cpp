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

FileKind stdin_kind(const std::optional<std::string>& format) {
  if (format == std::string("csv")) {
    return FileKind::csv;
  }
  return format == std::string("tsv") ? FileKind::tsv : FileKind::yaml;
}

}  // namespace

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
  m_inputs = collect_inputs(options.paths, stdin_kind(options.input_format));
  bool stdin_taken = false;
  for (std::size_t i = 0; i < m_inputs.size(); ++i) {
    const Input& input = m_inputs[i];
    if ((input.origin == Origin::found || (input.problem && input.problem->code == "no-inputs")) &&
        std::find(m_folders.begin(), m_folders.end(), input.argument) == m_folders.end()) {
      m_folders.push_back(input.argument);
    }
    std::size_t before = m_items.size();
    plan_input(i, stdin_taken);
    for (std::size_t k = before; k < m_items.size(); ++k) {
      m_items[k].argument = input.argument;
    }
  }
}

void ScoringPlan::plan_input(std::size_t i, bool& stdin_taken) {
  const Input& input = m_inputs[i];
  if (input.notice) {
    m_notes.push_back(*input.notice);
  }
  if (input.problem) {
    fail(input, *input.problem, problem_is_usage(input));
    return;
  }
  if (input.kind == FileKind::skipped) {
    return;
  }
  util::ReadResult read;
  if (input.path == "-") {
    if (stdin_taken) {
      fail(input,
           diag::file_diagnostic("-", diag::Severity::error, "input-unreadable",
                                 "standard input is named twice; it can be read only once"),
           true);
      return;
    }
    stdin_taken = true;
    read = util::read_file("-");
    if (read.error != util::ReadError::none) {
      bool usage = false;
      diag::Diagnostic problem = read_failure(input, read, usage);
      fail(input, problem, usage);
      return;
    }
    if (input.kind == FileKind::yaml) {
      m_stdin = std::move(read.bytes);
    }
  } else if (input.kind != FileKind::yaml) {
    read = util::read_file(input.path);
  }
  if (input.kind != FileKind::yaml) {
    plan_csv(input, std::move(read));
    return;
  }
  Item item;
  item.input = i;
  m_items.push_back(std::move(item));
}

void ScoringPlan::fail(const Input& input, diag::Diagnostic problem, bool usage) {
  Item item;
  item.kind = Item::Kind::failed;
  item.failure = std::make_shared<Loaded>(failed_input(input.path, {std::move(problem)}, usage));
  m_items.push_back(std::move(item));
}

void ScoringPlan::plan_csv(const Input& input, util::ReadResult read) {
  auto sheet = std::make_shared<CsvInput>(open_csv(input, std::move(read), m_options.load.csv, *m_catalog));
  m_notes.insert(m_notes.end(), sheet->notes.begin(), sheet->notes.end());
  switch (sheet->status) {
    case CsvInput::Status::skipped:
      return;
    case CsvInput::Status::file_error: {
      Item item;
      item.kind = Item::Kind::failed;
      item.failure = std::make_shared<Loaded>(failed_input(input.path, sheet->file_errors, sheet->usage));
      m_items.push_back(std::move(item));
      return;
    }
    case CsvInput::Status::units:
      break;
  }
  for (std::size_t u = 0; u < sheet->units.size(); ++u) {
    Item item;
    item.kind = Item::Kind::csv_unit;
    item.unit = u;
    item.sheet = sheet;
    m_items.push_back(std::move(item));
  }
}

std::string ScoringPlan::bytes_of(const Input& input) const {
  return input.path == "-" ? m_stdin : util::read_file(input.path).bytes;
}

Scored ScoringPlan::score_item(const Item& item, const scoring::Options& options) const {
  switch (item.kind) {
    case Item::Kind::failed:
      return score_loaded(*item.failure, options);
    case Item::Kind::csv_unit:
      return score_loaded(load_csv_unit(*item.sheet, item.unit, m_options.load), options);
    case Item::Kind::yaml:
      break;
  }
  const Input& input = m_inputs[item.input];
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

Scored ScoringPlan::score(std::size_t index, const scoring::Options& options) const {
  const Item& item = m_items[index];
  try {
    return score_item(item, options);
  } catch (const std::exception& error) {
    std::string source = item.kind == Item::Kind::yaml ? m_inputs[item.input].path
                         : item.sheet                  ? item.sheet->table->path
                                                       : item.failure->source;
    diag::Diagnostic problem = diag::file_diagnostic(
        source, diag::Severity::error, "internal-error",
        fmt::format("cepin failed on this input ({}); the other inputs are still scored", error.what()));
    return score_loaded(failed_input(source, {problem}, false), options);
  }
}

std::vector<std::shared_ptr<const rubric::Rubric>> ScoringPlan::rubrics() const {
  std::vector<std::shared_ptr<const rubric::Rubric>> out;
  auto add = [&out](std::shared_ptr<const rubric::Rubric> rubric) {
    if (!rubric) {
      return;
    }
    for (const auto& known : out) {
      if (known->id == rubric->id) {
        return;
      }
    }
    out.push_back(std::move(rubric));
  };
  for (const Item& item : m_items) {
    if (item.kind == Item::Kind::csv_unit) {
      add(item.sheet->units[item.unit].rubric);
    } else if (item.kind == Item::Kind::yaml) {
      if (const auto& forced = m_catalog->forced()) {
        add(forced->rubric);
        continue;
      }
      const Input& input = m_inputs[item.input];
      if (std::optional<std::string> id = quick_rubric_id(input.path, bytes_of(input))) {
        add(m_catalog->find(*id).rubric);
      }
    }
  }
  return out;
}

std::optional<std::string> ScoringPlan::first_lang() const {
  if (const auto& forced = m_catalog->forced()) {
    return forced->rubric ? std::optional<std::string>(forced->rubric->lang) : std::nullopt;
  }
  for (const Item& item : m_items) {
    if (item.kind == Item::Kind::csv_unit && item.sheet->units[item.unit].rubric) {
      return item.sheet->units[item.unit].rubric->lang;
    }
    if (item.kind == Item::Kind::yaml) {
      const Input& input = m_inputs[item.input];
      std::optional<std::string> id = quick_rubric_id(input.path, bytes_of(input));
      Lookup lookup = id ? m_catalog->find(*id) : Lookup{};
      if (lookup.rubric) {
        return lookup.rubric->lang;
      }
    }
  }
  return std::nullopt;
}

bool ScoringPlan::single_named_yaml() const {
  return m_options.paths.size() == 1 && m_items.size() == 1 && m_items[0].kind == Item::Kind::yaml &&
         m_inputs[m_items[0].input].origin == Origin::named;
}

}  // namespace cepin::run
