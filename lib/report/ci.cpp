#include "report/ci.hpp"

#include <fmt/format.h>

#include "diag/render.hpp"
#include "report/messages.hpp"

namespace cepin::report {

namespace {

std::string unit_name(const assessment::Unit& unit) {
  return unit.name.empty() ? unit.id : unit.id + " " + unit.name;
}

int digits_of(const scoring::Result& result) { return result.rubric ? result.rubric->precision_digits : 2; }

// "score 85.20 / 100.00, grade 未达标" and one line per warning.
std::string summary_of(const scoring::Result& result) {
  int digits = digits_of(result);
  std::string out = fmt::format("score {} / {}, {}", result.score.to_fixed(digits), result.max.to_fixed(digits),
                                scoring::verdict_name(result.verdict));
  if (result.grade) {
    out += ", grade " + *result.grade;
  }
  out += "\n";
  for (const scoring::Warning& warning : result.warnings) {
    out += fmt::format("warning {}: {}\n", warning.code(), warning_text(warning, result.rubric.get(), Lang::en));
  }
  return out;
}

std::string reasons_of(const scoring::Result& result) {
  std::string out;
  for (const scoring::Reason& reason : result.reasons) {
    out += reason.code() + ": " + reason_text(reason, result.rubric.get(), Lang::en) + "\n";
  }
  return out;
}

// A diagnostic line as on stderr, without the excerpt.
std::string diagnostic_line(const diag::Diagnostic& d) {
  std::string where = d.line > 0 ? fmt::format("{}:{}:{}", d.path, d.line, d.column) : d.path;
  return fmt::format("{}: {}: {} [{}]\n", where, diag::severity_name(d.severity), d.message, d.code);
}

}  // namespace

std::string junit_suite(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return result->rubric ? result->rubric->id : k_unknown_rubric_suite;
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  return error.rubric ? error.rubric->id : k_unknown_rubric_suite;
}

JunitCase junit_case(const scoring::Outcome& outcome) {
  JunitCase testcase;
  testcase.classname = junit_suite(outcome);
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    testcase.name = unit_name(result->unit);
    testcase.file = result->source;
    testcase.system_out = summary_of(*result);
    if (result->verdict == scoring::Verdict::ineligible && !result->reasons.empty()) {
      const scoring::Reason& first = result->reasons.front();
      testcase.outcome = CaseOutcome::failure;
      testcase.type = first.code();
      testcase.message = reason_text(first, result->rubric.get(), Lang::en);
      testcase.text = reasons_of(*result);
    }
    return testcase;
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  testcase.name = error.unit ? unit_name(*error.unit) : error.source;
  testcase.file = error.source;
  testcase.outcome = CaseOutcome::error;
  const diag::Diagnostic& first = error.first_error();
  testcase.type = first.code;
  testcase.message = first.message;
  for (const diag::Diagnostic& d : error.errors) {
    testcase.text += diagnostic_line(d);
  }
  return testcase;
}

std::vector<diag::Diagnostic> located_findings(const scoring::Outcome& outcome) {
  if (const auto* error = std::get_if<scoring::ErrorResult>(&outcome)) {
    return error->errors;
  }
  const auto& result = std::get<scoring::Result>(outcome);
  std::vector<diag::Diagnostic> out;
  for (const scoring::Warning& warning : result.warnings) {
    if (warning.position.line > 0) {
      diag::Diagnostic d;
      d.path = result.source;
      d.line = warning.position.line;
      d.column = warning.position.column;
      d.severity = diag::Severity::warning;
      d.code = warning.code();
      d.message = warning_text(warning, result.rubric.get(), Lang::en);
      d.hint = warning_hint(warning);
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::string github_annotations(const scoring::Outcome& outcome) {
  if (const auto* error = std::get_if<scoring::ErrorResult>(&outcome)) {
    diag::Diagnostic first = error->first_error();
    if (first.path.empty()) {
      first.path = error->source;
    }
    first.notes.clear();
    return diag::render_github_one(first);
  }
  const auto& result = std::get<scoring::Result>(outcome);
  std::string out;
  for (const diag::Diagnostic& d : located_findings(outcome)) {
    out += diag::render_github_one(d);
  }
  if (result.verdict == scoring::Verdict::ineligible) {
    diag::Diagnostic notice;
    notice.path = result.source;
    notice.line = result.line;
    notice.column = result.line > 0 ? 1 : 0;
    notice.severity = diag::Severity::note;
    notice.code = "ineligible";
    std::string codes;
    for (const scoring::Reason& reason : result.reasons) {
      codes += (codes.empty() ? "" : ", ") + reason.code();
    }
    notice.message = fmt::format("{} is ineligible: {}", unit_name(result.unit), codes);
    out += diag::render_github_one(notice);
  }
  return out;
}

}  // namespace cepin::report
