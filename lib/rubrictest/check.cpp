#include "rubrictest/check.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "util/suggest.hpp"

namespace cepin::rubrictest {

namespace {

using scoring::ClauseResult;
using scoring::NodeResult;

const ClauseResult* find_clause(const std::vector<NodeResult>& nodes, const std::string& id) {
  for (const NodeResult& node : nodes) {
    for (const ClauseResult& clause : node.clauses) {
      if (clause.clause != nullptr && clause.clause->id == id) {
        return &clause;
      }
    }
    if (const ClauseResult* found = find_clause(node.items, id)) {
      return found;
    }
  }
  return nullptr;
}

const NodeResult* find_node(const std::vector<NodeResult>& nodes, const std::string& id) {
  for (const NodeResult& node : nodes) {
    if (node.node != nullptr && node.node->id == id) {
      return &node;
    }
    if (const NodeResult* found = find_node(node.items, id)) {
      return found;
    }
  }
  return nullptr;
}

// Every clause id (with `clauses`) or node id of the result, for "did you mean".
void collect_ids(const std::vector<NodeResult>& nodes, bool clauses, std::vector<std::string>& out) {
  for (const NodeResult& node : nodes) {
    if (!clauses && node.node != nullptr) {
      out.push_back(node.node->id);
    }
    for (const ClauseResult& clause : node.clauses) {
      if (clauses && clause.clause != nullptr) {
        out.push_back(clause.clause->id);
      }
    }
    collect_ids(node.items, clauses, out);
  }
}

Value of_optional(const std::optional<std::string>& text) {
  return text ? Value::of_text(*text) : Value::null();
}

Value value_of(const scoring::Result& r, const Expectation& e) {
  switch (e.field) {
    case Field::score:
      return Value::of(r.score);
    case Field::base:
      return Value::of(r.base);
    case Field::base_raw:
      return Value::of(r.base_raw);
    case Field::bonus:
      return Value::of(r.bonus);
    case Field::penalty:
      return Value::of(r.penalty);
    case Field::verdict:
      return Value::of_text(scoring::verdict_name(r.verdict));
    case Field::grade:
      return of_optional(r.grade);
    case Field::period:
      return r.period ? Value::of_text(r.period->canonical()) : Value::null();
    case Field::reasons: {
      std::vector<std::string> codes;
      for (const scoring::Reason& reason : r.reasons) {
        codes.push_back(reason.code());
      }
      return Value::of_codes(std::move(codes));
    }
    case Field::warnings: {
      std::vector<std::string> codes;
      for (const assessment::Warning& warning : r.warnings) {
        codes.emplace_back(warning.code());
      }
      return Value::of_codes(std::move(codes));
    }
    case Field::clause: {
      const ClauseResult* clause = find_clause(r.categories, e.id);
      return clause ? Value::of(clause->score) : Value::null();
    }
    case Field::category: {
      const NodeResult* node = find_node(r.categories, e.id);
      return node ? Value::of(node->score) : Value::null();
    }
    case Field::gap_reachable:
      return Value::of(r.gap.reachable);
    case Field::gap_needed:
      return Value::of(r.gap.needed);
    case Field::error:
      break;
  }
  return Value::null();
}

// How a message names the field: `score`, `clause 1.2.1`, `item 1.1`, `gap.reachable`.
std::string field_name(const Expectation& e, const scoring::Outcome& outcome) {
  switch (e.field) {
    case Field::clause: return "clause " + e.id;
    case Field::category: {
      const auto* result = std::get_if<scoring::Result>(&outcome);
      bool is_category = result == nullptr || std::any_of(result->categories.begin(), result->categories.end(),
                                                          [&](const NodeResult& n) { return n.node && n.node->id == e.id; });
      return (is_category ? "category " : "item ") + e.id;
    }
    default:
      return field_key(e.field);
  }
}

// How the test would say the actual value: `score: 90.5`, `"1.2.1": 8.75`, `gap: {reachable: false}`.
std::string as_written(const Expectation& e, const Value& actual) {
  std::string value = actual.to_text();
  switch (e.field) {
    case Field::clause:
    case Field::category:
      return fmt::format("\"{}\": {}", e.id, value);
    case Field::gap_reachable:
      return fmt::format("gap: {{reachable: {}}}", value);
    case Field::gap_needed:
      return fmt::format("gap: {{needed: {}}}", value);
    default:
      return fmt::format("{}: {}", field_name(e, scoring::Outcome{}), value);
  }
}

// "not expected: a, a; expected but absent: b" for two multisets of codes.
std::string multiset_difference(const std::vector<std::string>& actual, const std::vector<std::string>& expected) {
  std::map<std::string, int> count;
  for (const std::string& code : actual) {
    ++count[code];
  }
  for (const std::string& code : expected) {
    --count[code];
  }
  std::string extra;
  std::string absent;
  for (const auto& [code, n] : count) {
    for (int i = 0; i < n; ++i) {
      extra += (extra.empty() ? "" : ", ") + code;
    }
    for (int i = 0; i < -n; ++i) {
      absent += (absent.empty() ? "" : ", ") + code;
    }
  }
  std::string out;
  if (!extra.empty()) {
    out = "not expected: " + extra;
  }
  if (!absent.empty()) {
    out += (out.empty() ? "" : "; ") + std::string("expected but absent: ") + absent;
  }
  return out;
}

bool holds(const Expectation& e, const Value& actual) {
  if (e.field == Field::warnings && actual.kind == Value::Kind::codes && e.expected.kind == Value::Kind::codes) {
    std::vector<std::string> a = actual.codes;
    std::vector<std::string> b = e.expected.codes;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
  }
  return actual == e.expected;
}

Failure failure_of(const Expectation& e, Value actual, const scoring::Outcome& outcome) {
  Failure f;
  f.expectation = e;
  std::string name = field_name(e, outcome);
  bool plural = e.field == Field::reasons || e.field == Field::warnings;
  const auto* result = std::get_if<scoring::Result>(&outcome);
  if (result != nullptr && actual.kind == Value::Kind::null &&
      (e.field == Field::clause || e.field == Field::category)) {
    std::vector<std::string> ids;
    collect_ids(result->categories, e.field == Field::clause, ids);
    f.message = fmt::format("the result has no {} {}, expected {}", e.field == Field::clause ? "clause" : "category or item",
                            e.id, e.expected.to_text());
    f.hint = util::did_you_mean(e.id, ids);
    if (f.hint.empty()) {
      f.hint = fmt::format("rubric {} has no such id; correct it, or write `\"{}\": null`",
                           result->rubric ? result->rubric->id : "?", e.id);
    }
    f.actual = std::move(actual);
    return f;
  }
  f.message = fmt::format("{} {} {}, expected {}", name, plural ? "are" : "is", actual.to_text(), e.expected.to_text());
  if (result == nullptr && e.field != Field::error) {
    f.message += " (the assessment could not be scored)";
  }
  if (e.field == Field::error && result != nullptr) {
    f.message = fmt::format("error is null: it scored {} ({}), expected {}", result->score.to_string(),
                            scoring::verdict_name(result->verdict), e.expected.to_text());
  }
  std::string fix = fmt::format("if the new outcome is right, write `{}`", as_written(e, actual));
  if (e.field == Field::warnings) {
    f.hint = multiset_difference(actual.codes, e.expected.codes) + "; " + fix;
  } else {
    f.hint = fix;
  }
  f.actual = std::move(actual);
  return f;
}

}  // namespace

Value actual_value(const scoring::Outcome& outcome, const Expectation& expectation) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return value_of(*result, expectation);
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  return expectation.field == Field::error ? Value::of_text(error.first_error().code) : Value::null();
}

std::vector<Failure> check(const scoring::Outcome& outcome, const std::vector<Expectation>& expectations,
                           diag::Position expect_at) {
  std::vector<Failure> failures;
  const auto* error = std::get_if<scoring::ErrorResult>(&outcome);
  bool error_expected = std::any_of(expectations.begin(), expectations.end(),
                                    [](const Expectation& e) { return e.field == Field::error; });
  if (error != nullptr && !error_expected) {
    const diag::Diagnostic& first = error->first_error();
    Failure f;
    f.expectation = Expectation{Field::error, "", expect_at, Value::null()};
    f.actual = Value::of_text(first.code);
    f.message = fmt::format("the assessment could not be scored ({}): {}", first.code, first.message);
    f.hint = fmt::format("fix the assessment, or expect it: `error: {}`", first.code);
    failures.push_back(std::move(f));
    return failures;
  }
  for (const Expectation& e : expectations) {
    Value actual = actual_value(outcome, e);
    if (!holds(e, actual)) {
      failures.push_back(failure_of(e, std::move(actual), outcome));
    }
  }
  return failures;
}

}  // namespace cepin::rubrictest
