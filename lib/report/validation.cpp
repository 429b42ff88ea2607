#include "report/validation.hpp"

#include <fmt/format.h>

#include "diag/render.hpp"
#include "report/junit.hpp"
#include "report/sarif.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

std::string plural(std::size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

std::string status_line(const CheckedFile& file) {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const diag::Diagnostic& d : file.diagnostics) {
    errors += d.severity == diag::Severity::error;
    warnings += d.severity == diag::Severity::warning;
  }
  std::string path = util::escape_for_terminal(file.path);
  if (errors > 0) {
    return fmt::format("{}: {}{}\n", path, plural(errors, "error"),
                       warnings > 0 ? ", " + plural(warnings, "warning") : "");
  }
  std::string summary = util::escape_for_terminal(file.summary);
  if (warnings > 0) {
    return fmt::format("{}: ok with {} ({})\n", path, plural(warnings, "warning"), summary);
  }
  return fmt::format("{}: ok ({})\n", path, summary);
}

std::string text_report(const Validation& validation, WithDiagnostics with) {
  std::string out;
  if (with == WithDiagnostics::yes) {
    for (const diag::Diagnostic& d : validation.setup) {
      out += diag::render_text(d);
    }
  }
  std::string summary;
  std::size_t failed = 0;
  for (const CheckedFile& file : validation.files) {
    if (with == WithDiagnostics::yes) {
      for (const diag::Diagnostic& d : file.diagnostics) {
        out += diag::render_text(d);
      }
    }
    if (file.kind == CheckedKind::skipped) {
      continue;
    }
    failed += diag::has_errors(file.diagnostics);
    summary += status_line(file);
  }
  return out + summary +
         fmt::format("{} checked, {} with errors\n", plural(validation.files.size(), "file"), failed);
}

std::string junit_report(const Validation& validation) {
  JunitReport report;
  for (const CheckedFile& file : validation.files) {
    if (file.kind == CheckedKind::skipped) {
      continue;
    }
    JunitCase testcase;
    testcase.classname = "validate";
    testcase.name = file.path;
    testcase.file = file.path;
    for (const diag::Diagnostic& d : file.diagnostics) {
      if (d.severity == diag::Severity::error && testcase.outcome == CaseOutcome::passed) {
        testcase.outcome = CaseOutcome::failure;
        testcase.message = d.message;
        testcase.type = d.code;
      }
      std::string line = diag::render_text(d);
      (d.severity == diag::Severity::error ? testcase.text : testcase.system_out) += line;
    }
    if (testcase.outcome == CaseOutcome::passed && !file.summary.empty()) {
      testcase.system_out = file.summary + "\n" + testcase.system_out;
    }
    report.add("validate", std::move(testcase));
  }
  return report.render();
}

}  // namespace

std::vector<diag::Diagnostic> Validation::all() const {
  std::vector<diag::Diagnostic> out = setup;
  for (const CheckedFile& file : files) {
    out.insert(out.end(), file.diagnostics.begin(), file.diagnostics.end());
  }
  return out;
}

const std::vector<Format>& validation_formats() {
  static const std::vector<Format> k_formats = {Format::text, Format::json, Format::junit, Format::sarif,
                                                Format::github};
  return k_formats;
}

std::string render_validation(const Validation& validation, Format format, WithDiagnostics with,
                              const std::string& version) {
  switch (format) {
    case Format::json:
      return diag::render_json(validation.all());
    case Format::github:
      return diag::render_github(validation.all());
    case Format::junit:
      return junit_report(validation);
    case Format::sarif: {
      SarifReport sarif;
      for (const diag::Diagnostic& d : validation.all()) {
        sarif.add(d);
      }
      return sarif.render(version);
    }
    default:
      return text_report(validation, with);
  }
}

}  // namespace cepin::report
