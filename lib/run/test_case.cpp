#include "run/test_case.hpp"

#include <fmt/format.h>

#include "rubrictest/check.hpp"
#include "rubrictest/inline.hpp"
#include "run/plan.hpp"
#include "util/file.hpp"
#include "util/path.hpp"
#include "util/suggest.hpp"

namespace cepin::run {

namespace {

using report::CaseReport;
using report::CaseStatus;
using rubrictest::TestCase;
using rubrictest::TestFile;

// What running one case shares.
struct CaseRun {
  const TestFile& file;
  const TestCase& test_case;
  CaseReport& report;

  // A diagnostic located in the test file, its message naming the case.
  diag::Diagnostic diagnostic(diag::Position at, std::string code, const std::string& message,
                              std::string hint) const {
    return file.input->source->make(at, diag::Severity::error, std::move(code),
                                    fmt::format("case \"{}\": {}", test_case.name, message), std::move(hint));
  }
  // The case cannot run: one error, located at the key that names what is wrong.
  void cannot_run(diag::Position at, std::string code, const std::string& message, std::string hint) {
    report.status = CaseStatus::error;
    report.diagnostics.push_back(diagnostic(at, std::move(code), message, std::move(hint)));
  }
};

std::shared_ptr<const rubric::Rubric> find_rubric(CaseRun& c, TestOrigin origin, CaseRubrics& rubrics) {
  const rubrictest::Located& named = c.file.rubric_of(c.test_case);
  c.report.rubric = named.text;
  CaseRubric found = rubrics.find(named.text, c.file.path, origin);
  switch (found.lookup.status) {
    case LookupStatus::found:
      c.report.rubric = found.lookup.rubric->id;
      return found.lookup.rubric;
    case LookupStatus::not_found: {
      std::string hint = util::did_you_mean(named.text, rubrics.ids_near(c.file.path, origin));
      c.cannot_run(named.at, "unknown-rubric", fmt::format("no rubric file or rubric id `{}`", named.text),
                   hint.empty() ? "give a path relative to this file, or the id of a rubric beside it, in a "
                                  "--rubrics folder or built in (see `cepin rubrics`)"
                                : hint);
      return nullptr;
    }
    case LookupStatus::ambiguous: {
      std::string places;
      for (const std::string& place : found.lookup.places) {
        places += (places.empty() ? "" : ", ") + place;
      }
      c.cannot_run(named.at, "ambiguous-rubric",
                   fmt::format("the rubric id `{}` is defined more than once: {}", named.text, places),
                   "keep one file per rubric id in a folder, or name the file itself");
      return nullptr;
    }
    case LookupStatus::invalid:
      c.cannot_run(named.at, "invalid-rubric", fmt::format("the rubric `{}` is not valid", named.text),
                   fmt::format("run `cepin validate {}` to see its problems", found.path));
      c.report.diagnostics.back().notes = std::move(found.first_report);
      return nullptr;
  }
  return nullptr;
}

// Refuses `unit:` for an assessment that is not a CSV sheet.
bool refuse_unit(CaseRun& c) {
  if (!c.test_case.unit) {
    return false;
  }
  c.cannot_run(c.test_case.unit->at, "key-not-allowed", "`unit` picks a unit of a CSV sheet, and this assessment is not one",
               "remove `unit:`");
  return true;
}

// The unit of an opened sheet the case names (or its only unit).
std::optional<std::size_t> pick_unit(CaseRun& c, const CsvInput& sheet, const std::string& path) {
  const std::vector<csv::UnitRows>& units = sheet.table->units;
  if (!c.test_case.unit) {
    if (units.size() == 1) {
      return 0;
    }
    c.cannot_run(c.test_case.assessment.at, "missing-key",
                 fmt::format("the sheet `{}` holds {} units", path, units.size()), "name one with `unit: <unit id>`");
    return std::nullopt;
  }
  const rubrictest::Located& unit = *c.test_case.unit;
  std::vector<std::size_t> matches;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < units.size(); ++i) {
    ids.push_back(units[i].unit.id);
    if (units[i].unit.id == unit.text) {
      matches.push_back(i);
    }
  }
  if (matches.size() == 1) {
    return matches.front();
  }
  if (matches.empty()) {
    std::string hint = util::did_you_mean(unit.text, ids);
    c.cannot_run(unit.at, "unknown-id", fmt::format("the sheet `{}` has no unit `{}`", path, unit.text),
                 hint.empty() ? "give the unit id of one of the sheet's rows" : hint);
  } else {
    c.cannot_run(unit.at, "duplicate-unit",
                 fmt::format("unit `{}` is in the sheet `{}` {} times (one per period)", unit.text, path, matches.size()),
                 "keep one period of this unit in a sheet that a case reads");
  }
  return std::nullopt;
}

// Loads the assessment a case names, against `rubric`; nothing when it cannot run.
std::optional<Loaded> load_assessment(CaseRun& c, const std::shared_ptr<const rubric::Rubric>& rubric,
                                      TestOrigin origin, const LoadOptions& options) {
  RubricCatalog forced;
  forced.force({rubric->path, rubric});
  const rubrictest::AssessmentSource& source = c.test_case.assessment;
  if (source.inline_map != nullptr) {
    if (refuse_unit(c)) {
      return std::nullopt;
    }
    yaml::Input parsed = rubrictest::inline_assessment(c.file, *source.inline_map, rubric->id);
    return load_yaml_assessment(parsed, c.file.path, forced, options);
  }
  if (origin == TestOrigin::builtin) {
    c.cannot_run(source.at, "bad-value", "a built-in test cannot read files", "write the assessment inline");
    return std::nullopt;
  }
  Input input;
  input.path = util::join_path(directory_of(c.file.path), source.path);
  FileKind kind = kind_of(input.path);
  input.kind = kind == FileKind::other ? FileKind::yaml : kind;
  util::ReadResult read = util::read_file(input.path);
  if (read.error != util::ReadError::none) {
    c.cannot_run(source.at, read.error == util::ReadError::not_found ? "input-not-found" : "input-unreadable",
                 fmt::format("cannot read the assessment `{}`: {}", input.path, read.message),
                 "give the path relative to this test file");
    return std::nullopt;
  }
  c.report.assessment = input.path;
  if (input.kind == FileKind::yaml) {
    if (refuse_unit(c)) {
      return std::nullopt;
    }
    return load_yaml(input, std::move(read.bytes), forced, options);
  }
  CsvInput sheet = open_csv(input, std::move(read), options.csv, forced);
  if (sheet.status != CsvInput::Status::units) {
    return failed_input(input.path, sheet.file_errors, false);
  }
  std::optional<std::size_t> unit = pick_unit(c, sheet, input.path);
  if (!unit) {
    return std::nullopt;
  }
  return load_csv_unit(sheet, *unit, options);
}

// What the assessment scored, for reports: "91.88 of 100, eligible, 良好".
std::string summary_of(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    std::string out = fmt::format("{} of {}, {}", result->score.to_string(), result->max.to_string(),
                                  scoring::verdict_name(result->verdict));
    if (result->grade) {
      out += ", " + *result->grade;
    }
    return out;
  }
  const diag::Diagnostic& first = std::get<scoring::ErrorResult>(outcome).first_error();
  return fmt::format("not scored: {} [{}]", first.message, first.code);
}

void check_outcome(CaseRun& c, const scoring::Outcome& outcome) {
  c.report.summary = summary_of(outcome);
  c.report.failures = rubrictest::check(outcome, c.test_case.expectations, c.test_case.expect_at);
  const auto* error = std::get_if<scoring::ErrorResult>(&outcome);
  for (const rubrictest::Failure& f : c.report.failures) {
    diag::Diagnostic d = c.diagnostic(f.expectation.at, "test-failed", f.message, f.hint);
    if (error != nullptr && f.expectation.field == rubrictest::Field::error && f.actual.kind != rubrictest::Value::Kind::null &&
        f.expectation.expected.kind == rubrictest::Value::Kind::null) {
      d.notes = error->errors;  // why it could not be scored
    }
    c.report.diagnostics.push_back(std::move(d));
  }
  c.report.status = c.report.failures.empty() ? CaseStatus::passed : CaseStatus::failed;
}

}  // namespace

report::CaseReport run_case(const TestFile& file, const TestCase& test_case, TestOrigin origin, CaseRubrics& rubrics,
                            const LoadOptions& options) {
  CaseReport report;
  report.name = test_case.name;
  report.at = test_case.at;
  CaseRun c{file, test_case, report};
  try {
    std::shared_ptr<const rubric::Rubric> rubric = find_rubric(c, origin, rubrics);
    if (!rubric) {
      return report;
    }
    std::optional<Loaded> loaded = load_assessment(c, rubric, origin, options);
    if (!loaded) {
      return report;
    }
    Scored scored = score_loaded(std::move(*loaded), scoring::Options{});
    if (!scored.outcome) {
      c.cannot_run(test_case.assessment.at, "skipped", "the assessment was skipped", "name an assessment");
      return report;
    }
    check_outcome(c, *scored.outcome);
  } catch (const std::exception& error) {
    report.diagnostics.clear();
    c.cannot_run(test_case.at, "internal-error", fmt::format("cepin failed on this case ({})", error.what()),
                 "the other cases still run; please report this");
  }
  return report;
}

}  // namespace cepin::run
