#include "run/score.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "report/messages.hpp"
#include "report/writer.hpp"
#include "run/exit_codes.hpp"
#include "run/first_places.hpp"
#include "run/ordered.hpp"
#include "run/outputs.hpp"
#include "run/progress.hpp"

namespace cepin::run {

namespace {

// One work item, ready to emit: each report's text and, for the reports
// written at the end, the result itself.
struct Emitted {
  std::shared_ptr<const scoring::Outcome> outcome;  // null: skipped
  std::vector<std::string> pieces;                  // one per report
  std::string diagnostics;                          // rendered for stderr
  bool usage = false;
  std::size_t argument = 0;                         // the command-line path it comes from
};

// Whether notes are shown on stderr (-q hides them).
enum class Notes { shown, hidden };

std::string render(const std::vector<diag::Diagnostic>& diagnostics, diag::Color color, Notes notes) {
  std::string text;
  for (const diag::Diagnostic& d : diagnostics) {
    if (notes == Notes::shown || d.severity != diag::Severity::note) {
      text += diag::render_text(d, color);
    }
  }
  return text;
}

// Whether a result makes the run exit 1.
bool gated(const scoring::Outcome& outcome, const ScoreOptions& options) {
  const auto* result = std::get_if<scoring::Result>(&outcome);
  if (result == nullptr) {
    return true;
  }
  return (options.fail_on_ineligible && result->verdict == scoring::Verdict::ineligible) ||
         (options.fail_on_warning && !result->warnings.empty());
}

class ScoreRun {
 public:
  ScoreRun(const ScoreOptions& options, const ScoreSinks& sinks) : m_options(options), m_sinks(sinks) {}
  ScoreOutcome run(const std::atomic<bool>* interrupt);

 private:
  bool set_up();
  void make_writers(const ScoringPlan& plan);
  Emitted work(const ScoringPlan& plan, const WorkItem& item) const;
  void emit(Emitted&& item, ProgressLine& progress);
  // A later result for a (rubric, unit, period) already scored gets a
  // duplicate-result warning naming the first, and is rendered again.
  void mark_duplicate(Emitted& item);
  // A folder on the command line whose every file was skipped is an error (no-inputs).
  void check_folders(const ScoringPlan& plan);
  void write(std::size_t report, const std::string& text);
  Notes notes() const { return m_options.quiet ? Notes::hidden : Notes::shown; }
  void usage_error(const std::string& message) {
    m_sinks.errors(fmt::format("cepin score: {}\n", message));
    m_exit = worse(m_exit, k_exit_usage);
  }

  const ScoreOptions& m_options;
  const ScoreSinks& m_sinks;
  RubricCatalog m_catalog;
  std::vector<OutputTarget> m_targets;
  std::vector<std::unique_ptr<report::ResultWriter>> m_writers;
  std::unique_ptr<OutputFiles> m_files;
  int m_exit = k_exit_ok;
  std::size_t m_results = 0;
  FirstPlaces m_scored;  // each result key's first source and line
  std::map<std::size_t, std::size_t> m_by_argument;              // command-line path → results
};

bool ScoreRun::set_up() {
  if (m_options.inputs.paths.empty()) {
    usage_error("no input: give assessment files, folders, or - for standard input");
    return false;
  }
  OutputPlan outputs = plan_outputs(m_options.outputs, m_options.format, score_formats(), report::Format::text,
                                    m_options.inputs.paths);
  if (!outputs.error.empty()) {
    usage_error(outputs.error);
    return false;
  }
  m_targets = std::move(outputs.targets);
  bool csv = std::any_of(m_targets.begin(), m_targets.end(),
                         [](const OutputTarget& target) { return target.format == report::Format::csv; });
  if (!csv && m_options.csv_encoding != report::CsvEncoding::utf8) {
    usage_error("--output-encoding applies to CSV reports: add --format csv, or -o FILE.csv");
    return false;
  }
  if (!csv && m_options.csv_rows != report::CsvRows::units) {
    usage_error("--csv-layout applies to CSV reports: add --format csv, or -o FILE.csv");
    return false;
  }
  CatalogSetup setup = set_up_catalog(m_options.rubrics, m_catalog);
  m_sinks.errors(render(setup.diagnostics, m_sinks.diagnostics_color, notes()));
  if (setup.usage) {
    m_exit = worse(m_exit, k_exit_usage);
    return false;  // an unreadable -r file or --rubrics folder: cannot run
  }
  if (setup.forced_invalid) {
    m_exit = worse(m_exit, k_exit_findings);
  }
  return true;
}

void ScoreRun::make_writers(const ScoringPlan& plan) {
  report::WriterOptions options;
  std::optional<std::string> lang = plan.first_lang();
  options.lang = m_options.lang.value_or(report::parse_lang(lang.value_or("zh")).value_or(report::Lang::zh));
  options.explain = m_options.explain ? report::Explain::yes : report::Explain::no;
  options.bom = m_options.bom ? report::Bom::yes : report::Bom::no;
  options.csv_rows = m_options.csv_rows;
  options.csv_encoding = m_options.csv_encoding;
  options.single = plan.single_named_yaml();
  options.version = m_options.version;
  options.as_of = m_options.scoring.as_of;
  options.html_units = m_options.html_units;
  options.most_results = plan.size();
  for (const OutputTarget& target : m_targets) {
    if (target.format == report::Format::csv && options.rubrics.empty()) {
      options.rubrics = plan.rubrics();
    }
    report::WriterOptions own = options;
    own.color = target.path == "-" && m_sinks.stdout_color ? report::Color::on : report::Color::off;
    m_writers.push_back(report::make_result_writer(target.format, own));
  }
}

Emitted ScoreRun::work(const ScoringPlan& plan, const WorkItem& item) const {
  Scored scored = plan.score(item, m_options.scoring);
  Emitted out;
  out.argument = item.argument;
  out.usage = scored.usage;
  out.diagnostics = render(scored.diagnostics, m_sinks.diagnostics_color, notes());
  if (scored.outcome) {
    for (const auto& writer : m_writers) {
      out.pieces.push_back(writer->render(*scored.outcome));
    }
    out.outcome = std::make_shared<const scoring::Outcome>(std::move(*scored.outcome));
  }
  return out;
}

void ScoreRun::write(std::size_t report, const std::string& text) {
  if (!m_files->write(report, text)) {
    m_exit = worse(m_exit, k_exit_usage);
  }
}

void ScoreRun::mark_duplicate(Emitted& item) {
  const auto* result = item.outcome ? std::get_if<scoring::Result>(item.outcome.get()) : nullptr;
  if (result == nullptr || !result->rubric || result->unit.id.empty()) {
    return;
  }
  // A self-assessment and the third-party evaluation of the same unit are
  // two results, not a duplicate: the assessor is part of the key.
  std::string key = result->rubric->id + '\n' + result->unit.id + '\n' +
                    (result->period ? result->period->canonical() : std::string()) + '\n' + result->assessor;
  std::optional<FirstPlaces::Place> first = m_scored.find_or_add(key, result->source, result->line);
  if (!first) {
    return;
  }
  scoring::Result marked = *result;
  assessment::Warning warning;
  warning.kind = assessment::WarningKind::duplicate_result;
  warning.id = marked.unit.id;
  warning.text = std::move(first->source);
  warning.line = first->line;
  diag::Diagnostic d = diag::file_diagnostic(marked.source, diag::Severity::warning, warning.code(),
                                             report::warning_text(warning, marked.rubric.get(), report::Lang::en));
  item.diagnostics += render({d}, m_sinks.diagnostics_color, notes());
  marked.warnings.push_back(std::move(warning));
  auto outcome = std::make_shared<const scoring::Outcome>(std::move(marked));
  for (std::size_t i = 0; i < m_writers.size(); ++i) {
    item.pieces[i] = m_writers[i]->render(*outcome);
  }
  item.outcome = std::move(outcome);
}

void ScoreRun::emit(Emitted&& item, ProgressLine& progress) {
  mark_duplicate(item);
  if (!item.diagnostics.empty()) {
    progress.clear();  // a diagnostic never shares the progress line
    m_sinks.errors(item.diagnostics);
  }
  if (item.usage) {
    m_exit = worse(m_exit, k_exit_usage);
  }
  if (!item.outcome) {
    return;
  }
  ++m_by_argument[item.argument];
  if (gated(*item.outcome, m_options)) {
    m_exit = worse(m_exit, k_exit_findings);
  }
  for (std::size_t i = 0; i < m_writers.size(); ++i) {
    write(i, m_writers[i]->add(std::move(item.pieces[i]), item.outcome));
  }
  ++m_results;
}

void ScoreRun::check_folders(const ScoringPlan& plan) {
  std::vector<diag::Diagnostic> empty;
  for (std::size_t argument : plan.folders()) {
    if (m_by_argument[argument] > 0) {
      continue;
    }
    diag::Diagnostic d = diag::file_diagnostic(m_options.inputs.paths[argument], diag::Severity::error, "no-inputs",
                                               "this folder holds no assessment: every file in it was skipped");
    d.hint = "the notes above say why each was skipped; a rubric is given with -r, a sheet needs a unit id column";
    empty.push_back(std::move(d));
  }
  if (!empty.empty()) {
    m_sinks.errors(render(empty, m_sinks.diagnostics_color, notes()));
    m_exit = worse(m_exit, k_exit_findings);
  }
}

ScoreOutcome ScoreRun::run(const std::atomic<bool>* interrupt) {
  ScoreOutcome outcome;
  if (!set_up()) {
    outcome.exit_code = m_exit;
    return outcome;
  }
  ScoringPlan plan(m_options.inputs, m_catalog);
  m_sinks.errors(render(plan.notes(), m_sinks.diagnostics_color, notes()));
  make_writers(plan);
  std::string error;
  m_files = OutputFiles::open(m_targets, error);
  if (!m_files) {
    usage_error(error);
    outcome.exit_code = m_exit;
    return outcome;
  }
  for (std::size_t i = 0; i < m_writers.size(); ++i) {
    write(i, m_writers[i]->begin());
  }
  unsigned jobs = m_options.jobs == 0 ? available_cpus() : m_options.jobs;
  jobs = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(jobs, plan.size())));
  ProgressLine progress(m_options.progress, m_sinks.stderr_is_terminal, plan.size(), m_sinks.progress);
  auto stop = [&] { return interrupt != nullptr && interrupt->load(); };
  run_in_order<WorkItem, Emitted>(
      [&] { return plan.next(); }, jobs, [&](WorkItem& item) { return work(plan, item); },
      [&](std::size_t, Emitted&& item) {
        emit(std::move(item), progress);
        progress.update(m_results);
      },
      stop);
  progress.finish();
  outcome.interrupted = stop();
  if (outcome.interrupted) {
    m_files->abort();
    outcome.exit_code = 130;
    return outcome;
  }
  check_folders(plan);
  for (std::size_t i = 0; i < m_writers.size(); ++i) {
    write(i, m_writers[i]->end());
  }
  for (const std::string& failure : m_files->commit()) {
    usage_error(failure);
  }
  outcome.exit_code = m_exit;
  outcome.results = m_results;
  return outcome;
}

}  // namespace

const std::vector<report::Format>& score_formats() { return report::result_formats(); }

ScoreOutcome score_paths(const ScoreOptions& options, const ScoreSinks& sinks, const std::atomic<bool>* interrupt) {
  ScoreRun run(options, sinks);
  return run.run(interrupt);
}

}  // namespace cepin::run
