#include "run/score.hpp"

#include <chrono>
#include <climits>
#include <cstdlib>
#include <memory>
#include <variant>

#include <fmt/format.h>

#include "assessment/loader.hpp"
#include "csv/loader.hpp"
#include "diag/render.hpp"
#include "report/csv.hpp"
#include "report/json.hpp"
#include "report/markdown.hpp"
#include "report/text.hpp"
#include "rubric/loader.hpp"
#include "run/catalog.hpp"
#include "run/csv_input.hpp"
#include "run/exit_codes.hpp"
#include "run/inputs.hpp"
#include "run/ordered.hpp"
#include "run/progress.hpp"
#include "run/resolve.hpp"
#include "run/rubric_argument.hpp"
#include "util/file.hpp"
#include "yaml/peek.hpp"

namespace cepin::run {

namespace {

using scoring::ErrorResult;
using scoring::Outcome;
using scoring::Result;

// One unit of work, in output order.
struct WorkItem {
  enum class Kind { yaml, csv_unit, failed } kind = Kind::yaml;
  bool usage = false;                        // failed: a named path (exit 2)
  std::size_t index = 0;                     // yaml: into inputs; csv_unit: into table->units
  std::shared_ptr<const csv::Table> table;   // csv_unit
  std::shared_ptr<const rubric::Rubric> rubric;  // csv_unit: resolved (may be null)
  std::shared_ptr<const std::vector<diag::Diagnostic>> resolve_errors;  // csv_unit: why there is no rubric
  std::shared_ptr<const ErrorResult> failure;  // failed
};

// What one work item produced, ready to emit. Only `md` keeps the outcome;
// every other format is rendered on the worker thread and the result freed.
struct ItemOutput {
  bool skipped = false;
  bool usage = false;
  bool produced = false;     // a result or an error result (not skipped)
  bool error = false;        // an error result
  bool ineligible = false;
  bool warned = false;
  std::optional<Outcome> outcome;  // md only
  std::string rendered;            // every other format
  std::string diagnostics;         // rendered for stderr
};

diag::Diagnostic whole_file(const std::string& path, std::string code, std::string message) {
  return diag::file_diagnostic(path, diag::Severity::error, std::move(code), std::move(message));
}

ErrorResult error_result(std::string source, std::vector<diag::Diagnostic> errors,
                         std::optional<assessment::Unit> unit = std::nullopt) {
  ErrorResult error;
  error.source = std::move(source);
  error.errors = std::move(errors);
  error.unit = std::move(unit);
  return error;
}

std::string render_diagnostics(const std::vector<diag::Diagnostic>& diagnostics, diag::Color color) {
  std::string text;
  for (const diag::Diagnostic& d : diagnostics) {
    text += diag::render_text(d, color);
  }
  return text;
}

// Whether `root` (relative, already checked by its text) really stays inside
// `base` once symlinks are resolved; a root that does not exist is inside
// (its evidence is simply not found).
bool evidence_root_inside(const std::string& base, const std::string& root) {
  if (root.empty()) {
    return true;
  }
  char real_base[PATH_MAX];
  char real_root[PATH_MAX];
  std::string base_dir = base.empty() ? "." : base;
  if (::realpath(base_dir.c_str(), real_base) == nullptr ||
      ::realpath((base_dir + "/" + root).c_str(), real_root) == nullptr) {
    return true;
  }
  std::string inside(real_base);
  std::string candidate(real_root);
  return candidate == inside || candidate.rfind(inside == "/" ? inside : inside + "/", 0) == 0;
}

// A quick look for a top-level `rubric:` line, so the CSV header can be
// written before any input is parsed; falls back to a full parse.
std::optional<std::string> quick_rubric_id(const std::string& path, const std::string& bytes) {
  if (auto quick = yaml::top_level_scalar(bytes, "rubric")) {
    return quick->substr(0, quick->find('@'));
  }
  yaml::Input input = yaml::parse_input(path, bytes);
  auto ref = assessment::peek_rubric(input);
  return ref ? std::optional<std::string>(ref->id) : std::nullopt;
}

class ScoreRun {
 public:
  ScoreRun(const ScoreOptions& options, const ScoreSinks& sinks) : m_options(options), m_sinks(sinks) {}

  ScoreOutcome run(const std::atomic<bool>* interrupt);

 private:
  bool setup();
  void plan();
  void plan_csv(const Input& input);
  ItemOutput work(std::size_t index);
  ItemOutput work_unrendered(std::size_t index);
  std::optional<report::Lang> default_lang();
  ItemOutput score_yaml(const Input& input);
  ItemOutput score_assessment(assessment::Assessment assessment, std::shared_ptr<const rubric::Rubric> rubric,
                              std::vector<diag::Diagnostic> diagnostics);
  void emit(ItemOutput&& output);
  std::vector<std::shared_ptr<const rubric::Rubric>> rubrics_of_run();
  // The rendered text with what goes around it in the report (separators, brackets).
  std::string framed(const std::string& rendered) const;
  void note(const std::string& text) { m_sinks.errors(text); }

  const ScoreOptions& m_options;
  const ScoreSinks& m_sinks;
  RubricCatalog m_catalog;
  std::shared_ptr<const rubric::Rubric> m_forced;
  std::vector<Input> m_inputs;
  std::vector<std::string> m_stdin_bytes;  // "-" read once, by input index
  std::vector<WorkItem> m_items;
  int m_exit = k_exit_ok;
  std::size_t m_emitted = 0;
  bool m_json_single = false;
  std::unique_ptr<report::CsvLayout> m_csv;
  std::optional<report::Lang> m_lang;  // --lang, else the first rubric's lang
  std::vector<Outcome> m_kept;  // md: the whole run
  bool m_write_failed = false;
  std::string m_stdin;
};

bool ScoreRun::setup() {
  std::vector<diag::Diagnostic> diagnostics;
  bool ok = true;
  if (!m_options.rubric_file) {
    m_catalog.add_builtins();  // with -r every input uses that rubric
  }
  for (const std::string& dir : m_options.rubric_dirs) {
    ok = m_catalog.add_folder(dir, diagnostics) && ok;
  }
  if (m_options.rubric_file) {
    RubricArgument loaded = load_rubric_file(*m_options.rubric_file);
    m_forced = loaded.lookup.rubric;
    m_catalog.force({*m_options.rubric_file, m_forced});
    ok = ok && !loaded.unreadable;
    if (!m_forced && !loaded.unreadable) {
      m_exit = worse(m_exit, k_exit_findings);  // an invalid -r rubric: its inputs are error results
    }
    diagnostics.insert(diagnostics.end(), loaded.lookup.diagnostics.begin(), loaded.lookup.diagnostics.end());
  }
  note(render_diagnostics(diagnostics, m_sinks.diagnostics_color));
  if (!ok) {
    m_exit = worse(m_exit, k_exit_usage);
  }
  return ok;
}

void ScoreRun::plan() {
  FileKind stdin_kind = FileKind::yaml;
  if (m_options.input_format == std::string("csv")) {
    stdin_kind = FileKind::csv;
  } else if (m_options.input_format == std::string("tsv")) {
    stdin_kind = FileKind::tsv;
  }
  m_inputs = collect_inputs(m_options.paths, stdin_kind);
  for (std::size_t i = 0; i < m_inputs.size(); ++i) {
    const Input& input = m_inputs[i];
    if (input.problem) {
      WorkItem item;
      item.kind = WorkItem::Kind::failed;
      item.failure = std::make_shared<ErrorResult>(error_result(input.path, {*input.problem}));
      item.usage = input.origin == Origin::named;
      m_items.push_back(std::move(item));
      continue;
    }
    if (input.path == "-" && input.kind == FileKind::yaml) {
      util::ReadResult read = util::read_file("-");
      m_stdin = std::move(read.bytes);
    }
    if (input.kind == FileKind::csv || input.kind == FileKind::tsv) {
      plan_csv(input);
      continue;
    }
    WorkItem item;
    item.kind = WorkItem::Kind::yaml;
    item.index = i;
    m_items.push_back(std::move(item));
  }
}

void ScoreRun::plan_csv(const Input& input) {
  CsvSettings settings{m_options.encoding, m_options.ignore_unknown_columns};
  CsvInput opened = open_csv(input, settings, m_catalog);
  note(render_diagnostics(opened.notes, m_sinks.diagnostics_color));
  switch (opened.status) {
    case CsvInput::Status::skipped:
      return;
    case CsvInput::Status::file_error: {
      WorkItem item;
      item.kind = WorkItem::Kind::failed;
      item.failure = std::make_shared<ErrorResult>(error_result(input.path, opened.file_errors));
      item.usage = opened.usage;
      m_items.push_back(std::move(item));
      return;
    }
    case CsvInput::Status::units:
      break;
  }
  for (std::size_t u = 0; u < opened.units.size(); ++u) {
    WorkItem item;
    item.kind = WorkItem::Kind::csv_unit;
    item.table = opened.table;
    item.index = u;
    item.rubric = opened.units[u].rubric;
    item.resolve_errors = opened.units[u].resolve_errors;
    m_items.push_back(std::move(item));
  }
}

ItemOutput ScoreRun::score_assessment(assessment::Assessment assessment, std::shared_ptr<const rubric::Rubric> rubric,
                                      std::vector<diag::Diagnostic> diagnostics) {
  ItemOutput output;
  if (m_options.evidence_root) {
    assessment.base_directory = *m_options.evidence_root;
    assessment.evidence_root.clear();
  } else if (!evidence_root_inside(assessment.base_directory, assessment.evidence_root)) {
    diag::Diagnostic d = whole_file(assessment.source, "evidence-root-outside",
                                    fmt::format("evidence_root `{}` resolves (through a symlink) outside this file's folder",
                                                assessment.evidence_root));
    diagnostics.push_back(d);
    output.outcome = error_result(assessment.source, {d}, assessment.unit);
    output.diagnostics = render_diagnostics(diagnostics, m_sinks.diagnostics_color);
    return output;
  }
  static const scoring::FileEvidenceChecker k_files;
  try {
    output.outcome = scoring::score(assessment, rubric, m_options.scoring, k_files);
  } catch (const scoring::AllNotApplicable&) {
    diag::Diagnostic d = whole_file(assessment.source, "all-not-applicable",
                                    "every clause is answered n/a, so nothing is left to score");
    diagnostics.push_back(d);
    output.outcome = error_result(assessment.source, {d}, assessment.unit);
  } catch (const util::DecimalOverflow&) {
    diag::Diagnostic d = whole_file(assessment.source, "score-overflow", "a score is too large to compute exactly");
    diagnostics.push_back(d);
    output.outcome = error_result(assessment.source, {d}, assessment.unit);
  }
  output.diagnostics = render_diagnostics(diagnostics, m_sinks.diagnostics_color);
  return output;
}

ItemOutput ScoreRun::score_yaml(const Input& input) {
  ItemOutput output;
  std::string bytes;
  if (input.path == "-") {
    bytes = m_stdin;
  } else {
    util::ReadResult read = util::read_file(input.path);
    if (read.error != util::ReadError::none) {
      diag::Diagnostic d = read_failure(input, read, output.usage);
      output.outcome = error_result(input.path, {d});
      output.diagnostics = render_diagnostics({d}, m_sinks.diagnostics_color);
      return output;
    }
    bytes = std::move(read.bytes);
  }
  yaml::Input parsed = yaml::parse_input(input.path, std::move(bytes));
  if (input.origin == Origin::found && parsed.document) {
    rubric::Header header = rubric::peek_header(parsed);
    if (header.schema == rubric::k_rubric_schema) {
      output.skipped = true;
      output.diagnostics = fmt::format("{}: note: skipped: a rubric, not an assessment\n", input.path);
      return output;
    }
  }
  if (!parsed.document) {
    output.outcome = error_result(input.path, parsed.diagnostics);
    output.diagnostics = render_diagnostics(parsed.diagnostics, m_sinks.diagnostics_color);
    return output;
  }
  auto ref = assessment::peek_rubric(parsed);
  Resolved resolved = resolve_rubric(m_catalog, ref ? std::optional<std::string>(ref->id) : std::nullopt,
                                     ref ? ref->position : diag::Position{1, 1}, *parsed.source);
  if (!resolved.rubric) {
    std::vector<diag::Diagnostic> all = parsed.diagnostics;
    all.insert(all.end(), resolved.diagnostics.begin(), resolved.diagnostics.end());
    diag::sort_diagnostics(all);
    output.outcome = error_result(input.path, all);
    output.diagnostics = render_diagnostics(all, m_sinks.diagnostics_color);
    return output;
  }
  assessment::LoadResult loaded = assessment::load(parsed, *resolved.rubric, input.path,
                                                   input.path == "-" ? "." : directory_of(input.path));
  if (!loaded.assessment) {
    ErrorResult error = error_result(input.path, loaded.diagnostics, loaded.unit);
    error.rubric = resolved.rubric;
    output.outcome = std::move(error);
    output.diagnostics = render_diagnostics(loaded.diagnostics, m_sinks.diagnostics_color);
    return output;
  }
  return score_assessment(std::move(*loaded.assessment), resolved.rubric, std::move(loaded.diagnostics));
}

ItemOutput ScoreRun::work(std::size_t index) {
  ItemOutput output = work_unrendered(index);
  if (!output.outcome || output.skipped) {
    return output;
  }
  const Outcome& outcome = *output.outcome;
  output.produced = true;
  if (const auto* result = std::get_if<Result>(&outcome)) {
    output.ineligible = result->verdict == scoring::Verdict::ineligible;
    output.warned = !result->warnings.empty();
  } else {
    output.error = true;
  }
  switch (m_options.format) {
    case OutputFormat::jsonl:
    case OutputFormat::json:
      output.rendered = report::json_outcome(outcome);
      break;
    case OutputFormat::csv:
      output.rendered = m_csv->row(outcome);
      break;
    case OutputFormat::text: {
      report::TextOptions text;
      text.lang = m_lang.value_or(report::Lang::zh);
      text.color = m_options.color ? report::Color::on : report::Color::off;
      text.explain = m_options.explain ? report::Explain::yes : report::Explain::no;
      output.rendered = report::text_outcome(outcome, text);
      break;
    }
    case OutputFormat::md:
      return output;  // the whole run is rendered at the end
  }
  output.outcome.reset();
  return output;
}

ItemOutput ScoreRun::work_unrendered(std::size_t index) {
  const WorkItem& item = m_items[index];
  switch (item.kind) {
    case WorkItem::Kind::failed: {
      ItemOutput output;
      output.outcome = *item.failure;
      output.diagnostics = render_diagnostics(item.failure->errors, m_sinks.diagnostics_color);
      output.usage = item.usage;
      return output;
    }
    case WorkItem::Kind::yaml:
      return score_yaml(m_inputs[item.index]);
    case WorkItem::Kind::csv_unit: {
      const csv::UnitRows& unit = item.table->units[item.index];
      if (!item.rubric) {
        ItemOutput output;
        std::optional<assessment::Unit> known;
        if (!unit.unit.id.empty()) {
          known = unit.unit;
        }
        output.outcome = error_result(item.table->path, *item.resolve_errors, known);
        output.diagnostics = render_diagnostics(*item.resolve_errors, m_sinks.diagnostics_color);
        return output;
      }
      csv::CsvUnit loaded = csv::load_unit(*item.table, unit, item.rubric.get());
      if (!loaded.assessment) {
        ItemOutput output;
        ErrorResult error = error_result(item.table->path, loaded.diagnostics, loaded.unit);
        error.rubric = item.rubric;
        output.outcome = std::move(error);
        output.diagnostics = render_diagnostics(loaded.diagnostics, m_sinks.diagnostics_color);
        return output;
      }
      return score_assessment(std::move(*loaded.assessment), item.rubric, std::move(loaded.diagnostics));
    }
  }
  return {};
}

std::optional<report::Lang> ScoreRun::default_lang() {
  if (m_forced) {
    return report::parse_lang(m_forced->lang);
  }
  for (const WorkItem& item : m_items) {
    if (item.kind == WorkItem::Kind::csv_unit && item.rubric) {
      return report::parse_lang(item.rubric->lang);
    }
    if (item.kind == WorkItem::Kind::yaml) {
      const Input& input = m_inputs[item.index];
      std::string bytes = input.path == "-" ? m_stdin : util::read_file(input.path).bytes;
      std::optional<std::string> id = quick_rubric_id(input.path, bytes);
      Lookup lookup = id ? m_catalog.find(*id) : Lookup{};
      if (lookup.rubric) {
        return report::parse_lang(lookup.rubric->lang);
      }
    }
  }
  return std::nullopt;
}

std::vector<std::shared_ptr<const rubric::Rubric>> ScoreRun::rubrics_of_run() {
  std::vector<std::shared_ptr<const rubric::Rubric>> out;
  auto add = [&](const std::shared_ptr<const rubric::Rubric>& rubric) {
    if (!rubric) {
      return;
    }
    for (const auto& known : out) {
      if (known.get() == rubric.get()) {
        return;
      }
    }
    out.push_back(rubric);
  };
  for (const WorkItem& item : m_items) {
    if (item.kind == WorkItem::Kind::csv_unit) {
      add(item.rubric);
    } else if (item.kind == WorkItem::Kind::yaml) {
      if (m_forced) {
        add(m_forced);
        continue;
      }
      const Input& input = m_inputs[item.index];
      std::string bytes = input.path == "-" ? m_stdin : util::read_file(input.path).bytes;
      std::optional<std::string> id = quick_rubric_id(input.path, bytes);
      if (id) {
        Lookup lookup = m_catalog.find(*id);
        add(lookup.rubric);
      }
    }
  }
  return out;
}

std::string ScoreRun::framed(const std::string& rendered) const {
  switch (m_options.format) {
    case OutputFormat::text:
      return (m_emitted > 0 ? "\n" : "") + rendered;
    case OutputFormat::jsonl:
      return rendered + "\n";
    case OutputFormat::json:
      if (m_json_single) {
        return rendered + "\n";
      }
      return (m_emitted > 0 ? ",\n" : "[\n") + rendered;
    case OutputFormat::csv:
      return rendered;
    case OutputFormat::md:
      return "";
  }
  return "";
}

void ScoreRun::emit(ItemOutput&& output) {
  if (!output.diagnostics.empty()) {
    m_sinks.errors(output.diagnostics);
  }
  if (output.usage) {
    m_exit = worse(m_exit, k_exit_usage);
  }
  if (!output.produced) {
    return;
  }
  bool gated = output.error || (m_options.fail_on_ineligible && output.ineligible) ||
               (m_options.fail_on_warning && output.warned);
  if (gated) {
    m_exit = worse(m_exit, k_exit_findings);
  }
  if (m_options.format == OutputFormat::md) {
    m_kept.push_back(std::move(*output.outcome));
  } else if (!m_write_failed && !m_sinks.report(framed(output.rendered))) {
    m_write_failed = true;
  }
  ++m_emitted;
}

ScoreOutcome ScoreRun::run(const std::atomic<bool>* interrupt) {
  ScoreOutcome outcome;
  if (!setup()) {
    outcome.exit_code = m_exit;
    return outcome;  // an unreadable -r file or --rubrics folder: cannot run
  }
  plan();
  m_json_single = m_options.format == OutputFormat::json && m_options.paths.size() == 1 && m_items.size() == 1 &&
                  m_items[0].kind == WorkItem::Kind::yaml && m_inputs[m_items[0].index].origin == Origin::named;
  m_lang = m_options.lang ? m_options.lang : default_lang();
  if (m_options.format == OutputFormat::csv) {
    m_csv = std::make_unique<report::CsvLayout>(rubrics_of_run());
    m_write_failed = !m_sinks.report(m_csv->header(m_options.bom ? report::Bom::yes : report::Bom::no));
  }
  unsigned jobs = m_options.jobs == 0 ? available_cpus() : m_options.jobs;
  if (jobs > m_items.size()) {
    jobs = static_cast<unsigned>(std::max<std::size_t>(1, m_items.size()));
  }
  ProgressLine progress(m_options.progress, m_sinks.stderr_is_terminal, m_items.size(), m_sinks.progress);
  auto stop = [&] { return interrupt != nullptr && interrupt->load(); };
  run_ordered<ItemOutput>(
      m_items.size(), jobs, [this](std::size_t i) { return work(i); },
      [&](std::size_t, ItemOutput&& output) {
        emit(std::move(output));
        progress.update(m_emitted);
      },
      stop);
  progress.finish();
  outcome.interrupted = stop();
  if (!outcome.interrupted && !m_write_failed) {
    if (m_options.format == OutputFormat::json && !m_json_single) {
      m_write_failed = !m_sinks.report(m_emitted == 0 ? "[]\n" : "\n]\n");
    } else if (m_options.format == OutputFormat::md) {
      m_write_failed = !m_sinks.report(report::markdown_report(m_kept, m_lang.value_or(report::Lang::zh)));
    }
  }
  if (m_write_failed) {
    m_exit = worse(m_exit, k_exit_usage);
  }
  outcome.exit_code = m_exit;
  outcome.results = m_emitted;
  return outcome;
}

}  // namespace

ScoreOutcome score_paths(const ScoreOptions& options, const ScoreSinks& sinks, const std::atomic<bool>* interrupt) {
  ScoreRun run(options, sinks);
  return run.run(interrupt);
}

}  // namespace cepin::run
