#include "run/trend_command.hpp"

#include "report/trend_report.hpp"
#include "run/exit_codes.hpp"

namespace cepin::run {

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
