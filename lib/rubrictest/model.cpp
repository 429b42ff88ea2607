#include "rubrictest/model.hpp"

namespace cepin::rubrictest {

Value Value::of(util::Decimal value) {
  Value out;
  out.kind = Kind::decimal;
  out.decimal = value;
  return out;
}

Value Value::of(bool value) {
  Value out;
  out.kind = Kind::boolean;
  out.boolean = value;
  return out;
}

Value Value::of_text(std::string text) {
  Value out;
  out.kind = Kind::text;
  out.text = std::move(text);
  return out;
}

Value Value::of_codes(std::vector<std::string> codes) {
  Value out;
  out.kind = Kind::codes;
  out.codes = std::move(codes);
  return out;
}

std::string Value::to_text() const {
  switch (kind) {
    case Kind::null:
      return "null";
    case Kind::decimal:
      return decimal.to_string();
    case Kind::text:
      return text;
    case Kind::boolean:
      return boolean ? "true" : "false";
    case Kind::codes:
      break;
  }
  std::string out = "[";
  for (std::size_t i = 0; i < codes.size(); ++i) {
    out += (i == 0 ? "" : ", ") + codes[i];
  }
  return out + "]";
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind != b.kind) {
    return false;
  }
  switch (a.kind) {
    case Value::Kind::null:
      return true;
    case Value::Kind::decimal:
      return a.decimal == b.decimal;
    case Value::Kind::text:
      return a.text == b.text;
    case Value::Kind::boolean:
      return a.boolean == b.boolean;
    case Value::Kind::codes:
      return a.codes == b.codes;
  }
  return false;
}

const char* field_key(Field field) {
  switch (field) {
    case Field::score: return "score";
    case Field::base: return "base";
    case Field::base_raw: return "base_raw";
    case Field::bonus: return "bonus";
    case Field::penalty: return "penalty";
    case Field::verdict: return "verdict";
    case Field::grade: return "grade";
    case Field::period: return "period";
    case Field::reasons: return "reasons";
    case Field::warnings: return "warnings";
    case Field::clause: return "clauses";
    case Field::category: return "categories";
    case Field::gap_reachable: return "gap.reachable";
    case Field::gap_needed: return "gap.needed";
    case Field::error: return "error";
  }
  return "?";
}

const Located& TestFile::rubric_of(const TestCase& test_case) const {
  return test_case.rubric ? *test_case.rubric : *rubric;
}

}  // namespace cepin::rubrictest
