#include "report/test_report.hpp"

#include <fmt/format.h>

#include "diag/render.hpp"
#include "report/junit.hpp"
#include "util/json_writer.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using rubrictest::Field;
using rubrictest::Value;

std::string plural(std::size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

// The counts of a run or of one file.
struct Counts {
  std::size_t files = 0;
  std::size_t invalid = 0;
  std::size_t cases = 0;
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t errors = 0;

  void add(const TestFileReport& file) {
    ++files;
    invalid += file.invalid();
    for (const CaseReport& c : file.cases) {
      ++cases;
      passed += c.status == CaseStatus::passed;
      failed += c.status == CaseStatus::failed;
      errors += c.status == CaseStatus::error;
    }
  }
};

// "passed", "failed" (a case failed or could not run) or "invalid".
const char* file_status(const TestFileReport& file) {
  if (file.invalid()) {
    return "invalid";
  }
  for (const CaseReport& c : file.cases) {
    if (c.status != CaseStatus::passed) {
      return "failed";
    }
  }
  return "passed";
}

std::string file_line(const TestFileReport& file) {
  std::string path = util::escape_for_terminal(file.path);
  if (file.invalid()) {
    std::size_t errors = 0;
    for (const diag::Diagnostic& d : file.diagnostics) {
      errors += d.severity == diag::Severity::error;
    }
    return fmt::format("{}: invalid ({})\n", path, plural(errors, "error"));
  }
  Counts counts;
  counts.add(file);
  if (counts.passed == counts.cases) {
    return fmt::format("{}: {} passed\n", path, plural(counts.cases, "case"));
  }
  std::string line = fmt::format("{}: {} of {} failed", path, counts.failed, plural(counts.cases, "case"));
  if (counts.errors > 0) {
    line = counts.failed > 0 ? line + fmt::format(", {} could not run", counts.errors)
                             : fmt::format("{}: {} of {} could not run", path, counts.errors, plural(counts.cases, "case"));
  }
  return line + "\n";
}

std::string text_report(const TestRun& run, WithDiagnostics with) {
  std::string out;
  if (with == WithDiagnostics::yes) {
    for (const diag::Diagnostic& d : run.all()) {
      out += diag::render_text(d);
    }
  }
  Counts all;
  for (const TestFileReport& file : run.files) {
    out += file_line(file);
    all.add(file);
  }
  out += fmt::format("{} in {}: {} passed, {} failed", plural(all.cases, "case"), plural(all.files, "test file"),
                     all.passed, all.failed);
  if (all.errors > 0) {
    out += fmt::format(", {} could not run", all.errors);
  }
  if (all.invalid > 0) {
    out += fmt::format(", {} invalid", plural(all.invalid, "file"));
  }
  return out + "\n";
}

void write_value(util::JsonWriter& w, const Value& value) {
  switch (value.kind) {
    case Value::Kind::null:
      w.null();
      return;
    case Value::Kind::decimal:
      w.decimal(value.decimal);
      return;
    case Value::Kind::text:
      w.string(value.text);
      return;
    case Value::Kind::boolean:
      w.boolean(value.boolean);
      return;
    case Value::Kind::codes:
      w.begin_array();
      for (const std::string& code : value.codes) {
        w.string(code);
      }
      w.end_array();
      return;
  }
}

void write_diagnostics(util::JsonWriter& w, const std::vector<diag::Diagnostic>& diagnostics) {
  w.begin_array();
  for (const diag::Diagnostic& d : diagnostics) {
    diag::write_json(w, d);
  }
  w.end_array();
}

void write_case(util::JsonWriter& w, const CaseReport& c) {
  w.begin_object();
  w.key("name").string(c.name);
  w.key("line").integer(c.at.line);
  w.key("column").integer(c.at.column);
  w.key("rubric").string(c.rubric);
  w.key("assessment");
  c.assessment.empty() ? w.null() : w.string(c.assessment);
  w.key("status").string(case_status_name(c.status));
  w.key("summary").string(c.summary);
  w.key("failures").begin_array();
  for (const rubrictest::Failure& f : c.failures) {
    w.begin_object();
    w.key("key").string(rubrictest::field_key(f.expectation.field));
    if (!f.expectation.id.empty()) {
      w.key("id").string(f.expectation.id);
    }
    w.key("line").integer(f.expectation.at.line);
    w.key("column").integer(f.expectation.at.column);
    w.key("message").string(f.message);
    w.key("expected");
    write_value(w, f.expectation.expected);
    w.key("actual");
    write_value(w, f.actual);
    w.end_object();
  }
  w.end_array();
  w.key("diagnostics");
  write_diagnostics(w, c.diagnostics);
  w.end_object();
}

std::string json_report(const TestRun& run) {
  Counts all;
  for (const TestFileReport& file : run.files) {
    all.add(file);
  }
  util::JsonWriter w;
  w.begin_object();
  w.key("schema").string("cepin/test-report/1");
  w.key("summary").begin_object();
  w.key("files").integer(static_cast<int64_t>(all.files));
  w.key("invalid_files").integer(static_cast<int64_t>(all.invalid));
  w.key("cases").integer(static_cast<int64_t>(all.cases));
  w.key("passed").integer(static_cast<int64_t>(all.passed));
  w.key("failed").integer(static_cast<int64_t>(all.failed));
  w.key("errors").integer(static_cast<int64_t>(all.errors));
  w.end_object();
  w.key("diagnostics");
  write_diagnostics(w, run.setup);
  w.key("files").begin_array();
  for (const TestFileReport& file : run.files) {
    w.begin_object();
    w.key("path").string(file.path);
    w.key("status").string(file_status(file));
    w.key("diagnostics");
    write_diagnostics(w, file.diagnostics);
    w.key("cases").begin_array();
    for (const CaseReport& c : file.cases) {
      write_case(w, c);
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take() + "\n";
}

std::string rendered(const std::vector<diag::Diagnostic>& diagnostics) {
  std::string out;
  for (const diag::Diagnostic& d : diagnostics) {
    out += diag::render_text(d);
  }
  return out;
}

std::string junit_report(const TestRun& run) {
  JunitReport report;
  for (const TestFileReport& file : run.files) {
    if (file.invalid()) {
      JunitCase testcase;
      testcase.classname = "cepin";
      testcase.name = file.path;
      testcase.file = file.path;
      testcase.outcome = CaseOutcome::failure;
      for (const diag::Diagnostic& d : file.diagnostics) {
        if (d.severity == diag::Severity::error) {
          testcase.message = d.message;
          testcase.type = d.code;
          break;
        }
      }
      testcase.text = rendered(file.diagnostics);
      report.add(file.path, std::move(testcase));
      continue;
    }
    for (const CaseReport& c : file.cases) {
      JunitCase testcase;
      testcase.classname = c.rubric;
      testcase.name = c.name;
      testcase.file = file.path;
      testcase.system_out = c.summary.empty() ? "" : c.summary + "\n";
      if (c.status != CaseStatus::passed && !c.diagnostics.empty()) {
        const diag::Diagnostic& first = c.diagnostics.front();
        testcase.outcome = c.status == CaseStatus::failed ? CaseOutcome::failure : CaseOutcome::error;
        testcase.message = first.message;
        testcase.type = first.code;
        testcase.text = rendered(c.diagnostics);
      }
      report.add(file.path, std::move(testcase));
    }
  }
  return report.render();
}

}  // namespace

const char* case_status_name(CaseStatus status) {
  switch (status) {
    case CaseStatus::passed:
      return "passed";
    case CaseStatus::failed:
      return "failed";
    case CaseStatus::error:
      return "error";
  }
  return "error";
}

std::vector<diag::Diagnostic> TestRun::all() const {
  std::vector<diag::Diagnostic> out = setup;
  for (const TestFileReport& file : files) {
    out.insert(out.end(), file.diagnostics.begin(), file.diagnostics.end());
    for (const CaseReport& c : file.cases) {
      out.insert(out.end(), c.diagnostics.begin(), c.diagnostics.end());
    }
  }
  return out;
}

bool TestRun::passed() const {
  if (diag::has_errors(setup)) {
    return false;
  }
  for (const TestFileReport& file : files) {
    if (std::string(file_status(file)) != "passed") {
      return false;
    }
  }
  return true;
}

const std::vector<Format>& test_formats() {
  static const std::vector<Format> k_formats = {Format::text, Format::json, Format::junit};
  return k_formats;
}

std::string render_tests(const TestRun& run, Format format, WithDiagnostics with) {
  switch (format) {
    case Format::json:
      return json_report(run);
    case Format::junit:
      return junit_report(run);
    default:
      return text_report(run, with);
  }
}

}  // namespace cepin::report
