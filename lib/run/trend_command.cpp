#include "run/trend_command.hpp"

#include "report/trend_report.hpp"
#include "run/exit_codes.hpp"

namespace cepin::run {

namespace {

// A located diagnostic for each error entry trend itself found (the inputs'
// own errors were reported as they were read).
std::string entry_diagnostics(const trend::TrendReport& report, diag::Color color) {
  std::string text;
  for (const trend::TrendError& e : report.errors) {
    const char* hint = e.code == "duplicate-period" ? "keep one result per unit and period"
                       : e.code == "period-mixed"   ? "give every result of one rubric periods of one length"
                       : e.code == "no-period"      ? "add `period` (考评周期) to the assessment, or its assessed_on date"
                                                    : nullptr;
    if (hint == nullptr || e.results.empty()) {
      continue;
    }
    const results::ResultSummary& at = *e.results.back();
    diag::Diagnostic d = diag::file_diagnostic(at.file, diag::Severity::error, e.code, e.message);
    d.line = at.file_line;
    d.column = at.file_line > 0 ? 1 : 0;
    d.hint = hint;
    text += diag::render_text(d, color);
  }
  return text;
}

}  // namespace

int trend_command(const TrendCommand& command, const ScoreSinks& sinks) {
  ChangeRun run("trend", command.common, sinks);
  if (command.paths.empty()) {
    run.usage_error("no input: give assessment files, folders or saved results (json, jsonl)");
    return run.exit_code();
  }
  if (!run.set_up(report::trend_formats(), command.paths)) {
    return run.exit_code();
  }
  Side side = run.load(command.paths);
  trend::TrendReport report = trend::trend(side.results, command.rollup);
  if (report.periods_from_dates > 0) {
    sinks.errors(diag::render_text(
        diag::file_diagnostic(command.paths.front(), diag::Severity::note, "period-from-date",
                              std::to_string(report.periods_from_dates) +
                                  " result(s) without a period took the period of their assessed_on date"),
        sinks.diagnostics_color));
  }
  if (!report.errors.empty()) {
    run.raise(k_exit_findings);
  }
  sinks.errors(entry_diagnostics(report, sinks.diagnostics_color));
  if (command.fail_on_decline) {
    for (const trend::UnitTrend& unit : report.units) {
      if (unit.last_declined) {
        run.raise(k_exit_findings);
      }
    }
  }
  run.write(
      [&](report::Format format, const report::ChangeOptions& options, const report::ReportSink& out) {
        report::render_trend(format, report, options, out);
      },
      report.lang);
  return run.exit_code();
}

}  // namespace cepin::run
