#include "run/compare_command.hpp"

#include <thread>

#include "run/exit_codes.hpp"

namespace cepin::run {

bool compare_gated(const compare::CompareReport& report, const CompareGates& gates) {
  for (const compare::UnitComparison& u : report.units) {
    if ((gates.regression && u.status == compare::Status::regressed) ||
        (gates.flip && u.flip != compare::Flip::none) ||
        (gates.change && u.status != compare::Status::unchanged)) {
      return true;
    }
    const results::ResultSummary* next = u.next;
    if (next != nullptr && !next->error &&
        ((gates.ineligible && next->verdict == scoring::Verdict::ineligible) ||
         (gates.warning && !next->warnings.empty()))) {
      return true;
    }
  }
  return false;
}

int compare_command(const CompareCommand& command, const ScoreSinks& sinks) {
  ChangeRun run("compare", command.common, sinks);
  if (!run.set_up(report::compare_formats(), {command.base, command.next})) {
    return run.exit_code();
  }
  // The two sides are read at once (standard input only ever by one thread).
  Side base;
  Side next;
  if (command.base == "-" || command.next == "-") {
    base = run.read({command.base});
    next = run.read({command.next});
  } else {
    std::thread reader([&] { base = run.read({command.base}, 2); });
    next = run.read({command.next}, 2);
    reader.join();
  }
  run.report(base);
  run.report(next);
  compare::CompareReport report = compare::compare(base.results, next.results, command.compare);
  report.base.sources = base.paths;
  report.next.sources = next.paths;
  std::string duplicates;
  for (const compare::UnitComparison& u : report.units) {
    if (u.status != compare::Status::error) {
      continue;
    }
    run.raise(k_exit_findings);
    if (u.error_code == "duplicate-match" && u.error_sources.size() > 1) {
      // Where the key is found again (its first place is named in the message).
      const compare::SourceLine& again = u.error_sources[1];
      diag::Diagnostic d = diag::file_diagnostic(again.source, diag::Severity::error, u.error_code, u.error_message);
      d.line = again.line;
      d.column = again.line > 0 ? 1 : 0;
      d.hint = "keep one result per unit on each side; for a series of periods use `cepin trend`";
      duplicates += diag::render_text(d, sinks.diagnostics_color);
    }
  }
  sinks.errors(duplicates);
  if (compare_gated(report, command.gates)) {
    run.raise(k_exit_findings);
  }
  run.write(
      [&](report::Format format, const report::ChangeOptions& options, const report::ReportSink& out) {
        report::render_compare(format, report, options, out);
      },
      report.lang);
  return run.exit_code();
}

}  // namespace cepin::run
