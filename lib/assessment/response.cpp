#include "assessment/response.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include <fmt/format.h>

#include "util/suggest.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace cepin::assessment {

namespace {

constexpr std::string_view k_count_hint = "write a whole number from 0 to 1000000000";
constexpr int64_t k_max_count = 1'000'000'000;

template <typename T>
Parsed<T> ok(T value) {
  Parsed<T> result;
  result.value = std::move(value);
  return result;
}

template <typename T>
Parsed<T> fail(std::string code, std::string message, std::string hint = {}) {
  Parsed<T> result;
  result.error = ResponseError{std::move(code), std::move(message), std::move(hint)};
  return result;
}



// An unknown label's hint: the closest label, else every label.
std::string label_hint(std::string_view label, const std::vector<std::string>& labels,
                       std::string_view what) {
  std::string hint = util::did_you_mean(label, labels);
  return hint.empty() ? fmt::format("{}: {}", what, util::join(labels)) : hint;
}

std::vector<std::string> element_labels(const rubric::Clause& clause) {
  std::vector<std::string> labels;
  for (const rubric::Element& e : clause.rule.elements) {
    labels.push_back(e.label);
  }
  return labels;
}

}  // namespace

std::optional<bool> parse_boolean(std::string_view raw) {
  struct Spelling {
    std::string_view text;
    bool value;
  };
  static constexpr std::array<Spelling, 22> k_spellings{{
      {"true", true},
      {"false", false},
      {"yes", true},
      {"no", false},
      {"y", true},
      {"n", false},
      {"1", true},
      {"0", false},
      {"是", true},
      {"否", false},
      {"有", true},
      {"无", false},
      {"达到", true},
      {"未达到", false},
      {"符合", true},
      {"不符合", false},
      {"√", true},
      {"×", false},
      {"✓", true},
      {"✗", false},
      {"✔", true},
      {"✘", false},
  }};
  const std::string_view text = util::trim_spaces(raw);
  for (const Spelling& s : k_spellings) {
    if (util::equals_ascii_lower(text, s.text)) {
      return s.value;
    }
  }
  return std::nullopt;
}

const char* accepted_booleans() {
  return "true/false, yes/no, y/n, 1/0, 是/否, 有/无, 达到/未达到, 符合/不符合, √/×, ✓/✗ or ✔/✘";
}

bool is_not_applicable(std::string_view raw) {
  const std::string_view text = util::trim_spaces(raw);
  if (text.size() != 2 && text.size() != 3 && text.size() != 9) {
    return false;  // not the length of `na`, `n/a` or `不适用`
  }
  return util::equals_ascii_lower(text, "n/a") || util::equals_ascii_lower(text, "na") || text == "不适用";
}

const char* response_key(rubric::RuleType type) {
  switch (type) {
    case rubric::RuleType::check:
    case rubric::RuleType::checklist:
      return "met";
    case rubric::RuleType::levels:
      return "level";
    case rubric::RuleType::tiers:
    case rubric::RuleType::linear:
    case rubric::RuleType::shortfall:
      return "value";
    case rubric::RuleType::deduct:
    case rubric::RuleType::count:
      return "count";
    case rubric::RuleType::manual:
      return "points";
  }
  return "points";
}

Parsed<bool> read_boolean(std::string_view text) {
  if (auto value = parse_boolean(text)) {
    return ok(*value);
  }
  return fail<bool>("bad-boolean", fmt::format("`{}` is not a boolean", util::trim_spaces(text)),
                    fmt::format("write {}", accepted_booleans()));
}

Parsed<int64_t> read_count(std::string_view raw) {
  std::string_view text = util::trim_spaces(raw);
  util::DecimalParse parsed = util::parse_decimal(text);
  bool negative = !text.empty() && text.front() == '-';
  if (!parsed.value && parsed.error == util::DecimalError::overflow) {
    return fail<int64_t>("bad-count",
                         negative
                             ? fmt::format("a count cannot be negative, not `{}`", text)
                             : fmt::format("a count cannot be above 1000000000, not `{}`", text),
                         std::string(k_count_hint));
  }
  if (!parsed.value) {
    std::string hint =
        parsed.error == util::DecimalError::syntax && parsed.hint.find("a decimal looks") == 0
            ? std::string(k_count_hint)
            : parsed.hint;
    return fail<int64_t>("bad-count", fmt::format("`{}` is not a count", text), hint);
  }
  util::Decimal value = *parsed.value;
  if (value.is_negative()) {
    return fail<int64_t>("bad-count", fmt::format("a count cannot be negative, not `{}`", text),
                         std::string(k_count_hint));
  }
  if (!value.is_integer()) {
    return fail<int64_t>("bad-count", fmt::format("a count must be a whole number, not `{}`", text),
                         std::string(k_count_hint));
  }
  if (value.integer_part() > k_max_count) {
    return fail<int64_t>("bad-count",
                         fmt::format("a count cannot be above 1000000000, not `{}`", text),
                         std::string(k_count_hint));
  }
  return ok(value.integer_part());
}

Parsed<util::Decimal> read_value(std::string_view text) {
  util::DecimalParse parsed = util::parse_decimal(text, util::AllowPercent::yes);
  if (!parsed.value) {
    return fail<util::Decimal>("bad-decimal", parsed.message, parsed.hint);
  }
  return ok(*parsed.value);
}

Parsed<util::Decimal> read_points(const rubric::Clause& clause, std::string_view text) {
  Parsed<util::Decimal> value = read_value(text);
  if (!value) {
    return value;
  }
  util::Decimal points = *value.value;
  const auto& step = clause.rule.manual_step;
  if (points.is_negative() || points > clause.points) {
    return fail<util::Decimal>(
        "points-out-of-range",
        fmt::format("points `{}` are outside the range of clause {}: 0 to {}", points.to_string(), clause.id,
                    clause.points.to_string()),
        step && !step->is_zero()
            ? fmt::format("give a number from 0 to {} in steps of {}", clause.points.to_string(), step->to_string())
            : fmt::format("give a number from 0 to {}", clause.points.to_string()));
  }
  if (step && !step->is_zero() && !points.is_multiple_of(*step)) {
    util::Decimal below =
        util::Decimal::from_units(points.units() - points.units() % step->units());
    return fail<util::Decimal>(
        "points-off-step",
        fmt::format("points `{}` are not a multiple of {} for clause {}", points.to_string(),
                    step->to_string(), clause.id),
        fmt::format("use a multiple of {}, such as {} or {}", step->to_string(), below.to_string(),
                    (below + *step).to_string()));
  }
  return value;
}

Parsed<std::string> read_level(const rubric::Clause& clause, std::string_view raw) {
  std::string_view text = util::trim_spaces(raw);
  std::vector<std::string> labels;
  for (const rubric::Level& level : clause.rule.levels) {
    if (level.label == text) {
      return ok(level.label);
    }
    labels.push_back(level.label);
  }
  return fail<std::string>("unknown-label",
                           fmt::format("`{}` is not a level of clause {}", text, clause.id),
                           label_hint(text, labels, "levels"));
}

Parsed<std::size_t> read_element(const rubric::Clause& clause, std::string_view raw) {
  std::string_view text = util::trim_spaces(raw);
  const auto& elements = clause.rule.elements;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    if (elements[i].label == text) {
      return ok(i);
    }
  }
  return fail<std::size_t>("unknown-label",
                           fmt::format("`{}` is not an element of clause {}", text, clause.id),
                           label_hint(text, element_labels(clause), "elements"));
}

std::vector<std::string> split_labels(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  auto take = [&](std::size_t end) {
    std::string_view part = util::trim_spaces(text.substr(start, end - start));
    if (!part.empty()) {
      parts.emplace_back(part);
    }
  };
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = 0;
    if (text[i] == ';' || text[i] == '\n' || text[i] == '\r') {
      width = 1;
    } else if (text.compare(i, 3, "\xEF\xBC\x9B") == 0) {  // ；
      width = 3;
    }
    if (width == 0) {
      ++i;
      continue;
    }
    take(i);
    i += width;
    start = i;
  }
  take(text.size());
  return parts;
}

Parsed<std::vector<std::string>> checklist_labels(const rubric::Clause& clause,
                                                  const std::vector<std::string>& labels) {
  std::vector<bool> met(clause.rule.elements.size(), false);
  for (const std::string& label : labels) {
    Parsed<std::size_t> index = read_element(clause, label);
    if (!index) {
      return fail<std::vector<std::string>>(index.error.code, index.error.message,
                                            index.error.hint);
    }
    if (met[*index.value]) {
      return fail<std::vector<std::string>>(
          "duplicate-label",
          fmt::format("element `{}` of clause {} is listed twice", label, clause.id),
          "list each element once");
    }
    met[*index.value] = true;
  }
  std::vector<std::string> ordered;
  for (std::size_t i = 0; i < met.size(); ++i) {
    if (met[i]) {
      ordered.push_back(clause.rule.elements[i].label);
    }
  }
  return ok(std::move(ordered));
}

std::optional<ResponseError> parse_response_into(const rubric::Clause& clause, std::string_view raw,
                                                 Response& out) {
  const std::string_view text = util::trim_spaces(raw);
  if (text.empty()) {
    out.state = ResponseState::unanswered;
    return std::nullopt;
  }
  if (is_not_applicable(text)) {
    if (!clause.optional) {
      return ResponseError{"not-optional",
                           fmt::format("clause {} is not optional and cannot be answered `{}`", clause.id, text),
                           "answer it, or mark the clause `optional: true` in the rubric"};
    }
    out.state = ResponseState::not_applicable;
    return std::nullopt;
  }
  out.state = ResponseState::answered;
  switch (clause.rule.type) {
    case rubric::RuleType::check:
      if (std::optional<bool> met = parse_boolean(text)) {
        out.met = *met;
        return std::nullopt;
      }
      return read_boolean(text).error;
    case rubric::RuleType::checklist: {
      auto labels = checklist_labels(clause, split_labels(text));
      if (!labels) {
        return std::move(labels.error);
      }
      out.labels = std::move(*labels.value);
      return std::nullopt;
    }
    case rubric::RuleType::levels:
      for (const rubric::Level& level : clause.rule.levels) {
        if (level.label == text) {
          out.level = level.label;
          return std::nullopt;
        }
      }
      return read_level(clause, text).error;
    case rubric::RuleType::tiers:
    case rubric::RuleType::linear:
    case rubric::RuleType::shortfall: {
      util::DecimalParse value = util::parse_decimal(text, util::AllowPercent::yes);
      if (!value.value) {
        return ResponseError{"bad-decimal", std::move(value.message), std::move(value.hint)};
      }
      out.value = *value.value;
      return std::nullopt;
    }
    case rubric::RuleType::deduct:
    case rubric::RuleType::count: {
      Parsed<int64_t> count = read_count(text);
      if (!count) {
        return std::move(count.error);
      }
      out.count = *count.value;
      return std::nullopt;
    }
    case rubric::RuleType::manual: {
      Parsed<util::Decimal> points = read_points(clause, text);
      if (!points) {
        return std::move(points.error);
      }
      out.value = *points.value;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

Parsed<Response> parse_response(const rubric::Clause& clause, std::string_view raw) {
  Response response;
  if (std::optional<ResponseError> error = parse_response_into(clause, raw, response)) {
    return fail<Response>(std::move(error->code), std::move(error->message), std::move(error->hint));
  }
  return ok(std::move(response));
}

std::optional<Warning> check_fraction(const rubric::Clause& clause, std::string_view raw, diag::Position at) {
  const rubric::Rule& rule = clause.rule;
  if (rule.type != rubric::RuleType::tiers && rule.type != rubric::RuleType::linear &&
      rule.type != rubric::RuleType::shortfall) {
    return std::nullopt;
  }
  // The value first: most are not between 0 and 1, and need nothing more.
  std::string_view text = util::trim_spaces(raw);
  util::DecimalParse value = util::parse_decimal(text);  // a trailing % does not parse: written as a percentage
  if (!value.value || value.value->is_negative() || value.value->is_zero() ||
      util::Decimal::from_int(1) < *value.value) {
    return std::nullopt;
  }
  std::vector<util::Decimal> parameters;
  switch (rule.type) {
    case rubric::RuleType::tiers:
      for (const rubric::Tier& tier : rule.tiers) {
        parameters.push_back(tier.bound);
      }
      break;
    case rubric::RuleType::linear:
      parameters = {rule.from, rule.to};
      break;
    default:
      parameters = {rule.target};
      break;
  }
  bool any = false;
  for (const util::Decimal& parameter : parameters) {
    if (parameter.is_zero()) {
      continue;
    }
    if (parameter < util::Decimal::from_int(10)) {
      return std::nullopt;
    }
    any = true;
  }
  if (!any) {
    return std::nullopt;
  }
  Warning warning;
  warning.kind = WarningKind::value_looks_like_fraction;
  warning.id = clause.id;
  warning.text = std::string(text);
  warning.position = at;
  return warning;
}

std::optional<Warning> check_fraction(const rubric::Clause& clause, const Response& response, std::string_view text,
                                      diag::Position at) {
  const rubric::RuleType type = clause.rule.type;
  if (response.state != ResponseState::answered ||
      (type != rubric::RuleType::tiers && type != rubric::RuleType::linear && type != rubric::RuleType::shortfall) ||
      response.value.is_negative() || response.value.is_zero() || util::Decimal::from_int(1) < response.value) {
    return std::nullopt;
  }
  return check_fraction(clause, text, at);
}

Parsed<PrerequisiteAnswer> parse_prerequisite(std::string_view text) {
  PrerequisiteAnswer answer;
  if (util::trim_spaces(text).empty()) {
    return ok(answer);
  }
  Parsed<bool> met = read_boolean(text);
  if (!met) {
    return fail<PrerequisiteAnswer>(met.error.code, met.error.message, met.error.hint);
  }
  answer.met = *met.value;
  return ok(answer);
}

Parsed<AdjustmentAnswer> parse_adjustment(const rubric::Adjustment& adjustment,
                                          std::string_view text) {
  AdjustmentAnswer answer;
  if (util::trim_spaces(text).empty()) {
    return ok(answer);
  }
  if (adjustment.kind == rubric::AdjustmentKind::veto) {
    Parsed<bool> occurred = read_boolean(text);
    if (!occurred) {
      return fail<AdjustmentAnswer>(occurred.error.code, occurred.error.message,
                                    occurred.error.hint);
    }
    answer.occurred = *occurred.value;
    return ok(answer);
  }
  Parsed<int64_t> count = read_count(text);
  if (!count) {
    return fail<AdjustmentAnswer>(count.error.code, count.error.message, count.error.hint);
  }
  answer.count = *count.value;
  return ok(answer);
}

}  // namespace cepin::assessment
