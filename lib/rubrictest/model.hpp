// A rubric test file (`schema: cepin/test/1`, SPEC §12): cases that score a
// known assessment against a rubric and say exactly what must come out.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/source.hpp"
#include "util/decimal.hpp"
#include "yaml/input.hpp"

namespace cepin::rubrictest {

// The schema every test file declares.
inline constexpr const char* k_test_schema = "cepin/test/1";

// A value as an expectation writes it or a result has it: null, an exact
// decimal, a text, a boolean or a list of codes.
struct Value {
  enum class Kind { null, decimal, text, boolean, codes } kind = Kind::null;
  util::Decimal decimal;
  std::string text;
  bool boolean = false;
  std::vector<std::string> codes;

  static Value null() { return {}; }
  static Value of(util::Decimal value);
  static Value of(bool value);
  static Value of_text(std::string text);
  static Value of_codes(std::vector<std::string> codes);

  // How messages print it: `90.5`, `良好`, `true`, `[veto:5.3.1, below-threshold]`, `null`.
  std::string to_text() const;
  // Exactly equal (decimals by value, so `90` equals `90.00`; codes in order).
  friend bool operator==(const Value& a, const Value& b);
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }
};

// What one key of `expect` checks.
enum class Field {
  score,
  base,
  base_raw,
  bonus,
  penalty,
  verdict,
  grade,
  period,
  reasons,   // the ordered reason codes
  warnings,  // the warning codes, as a multiset
  clause,    // a clause's score, by id
  category,  // a category's or item's score, by id
  gap_reachable,
  gap_needed,
  error,  // the first error's code
};

// The `expect` key a field is written under: `score`, `clauses`,
// `gap.reachable`.
const char* field_key(Field field);

// One expectation: the field, the clause or category id it names, where its
// key is in the test file (failures are reported there) and the value.
struct Expectation {
  Field field = Field::score;
  std::string id;
  diag::Position at;
  Value expected;
};

// A text the test file wrote, and where its value is.
struct Located {
  std::string text;
  diag::Position at;
};

// Where a case's assessment comes from: a path relative to the test file, or
// a map written inline (a node of the test file's own document).
struct AssessmentSource {
  std::string path;                        // empty when inline
  const yaml::Node* inline_map = nullptr;  // owned by TestFile::input
  diag::Position at;                       // the `assessment` value
};

// One case of a test file.
struct TestCase {
  std::string name;
  diag::Position at;  // the case's first key
  std::optional<Located> rubric;  // the case's own; else the file's
  AssessmentSource assessment;
  std::optional<Located> unit;  // which unit of a CSV sheet
  diag::Position expect_at;     // the `expect` key
  std::vector<Expectation> expectations;  // in file order
};

// A loaded test file.
struct TestFile {
  std::shared_ptr<const yaml::Input> input;  // keeps inline assessments alive
  std::string path;
  std::optional<Located> rubric;  // the default for every case
  std::vector<TestCase> cases;

  // The rubric a case is scored against: its own, else the file's.
  const Located& rubric_of(const TestCase& test_case) const;
};

}  // namespace cepin::rubrictest
