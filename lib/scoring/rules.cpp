#include "scoring/rules.hpp"

#include <fmt/format.h>

namespace cepin::scoring {

namespace {

using rubric::RuleType;
using rubric::TierKind;
using util::checked_add;
using util::checked_mul;
using util::Decimal;
using util::Fraction;

const char* const k_arrow = " \xE2\x86\x92 ";  // " → "
const char* const k_ge = " \xE2\x89\xA5 ";     // " ≥ "
const char* const k_le = " \xE2\x89\xA4 ";     // " ≤ "
const char* const k_times = " \xC3\x97 ";      // " × "

// A non-negative 128-bit integer in decimal digits.
std::string integer_text(util::Int128 value) {
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(value % 10)));
    value /= 10;
  } while (value > 0);
  return digits;
}

// The fraction holding a decimal as is.
Fraction whole(Decimal value) {
  return Fraction{value.units(), 1};
}

// Rounds `value` and writes "<prefix> → <score>".
RuleOutcome finish(Fraction value, Decimal precision, const std::string& prefix) {
  Decimal score = util::round_to_step(value, precision);
  return RuleOutcome{score, prefix + k_arrow + score.to_string()};
}

RuleOutcome check(const rubric::Clause& clause, const assessment::Response& response,
                  Decimal precision) {
  return finish(whole(response.met ? clause.points : Decimal()), precision,
                response.met ? "check: met" : "check: not met");
}

RuleOutcome levels(const rubric::Clause& clause, const assessment::Response& response,
                   Decimal precision) {
  Decimal points;
  for (const rubric::Level& level : clause.rule.levels) {
    if (level.label == response.level) {
      points = level.points;
      break;
    }
  }
  return finish(whole(points), precision, "levels: " + response.level);
}

RuleOutcome tiers(const rubric::Clause& clause, const assessment::Response& response,
                  Decimal precision) {
  const Decimal value = response.value;
  const bool is_min = clause.rule.tier_kind == TierKind::min;
  for (const rubric::Tier& tier : clause.rule.tiers) {
    if (is_min ? tier.bound <= value : value <= tier.bound) {
      return finish(
          whole(tier.points), precision,
          "tiers: " + value.to_string() + (is_min ? k_ge : k_le) + tier.bound.to_string());
    }
  }
  return finish(
      whole(Decimal()), precision,
      "tiers: " + value.to_string() + (is_min ? " below every tier" : " above every tier"));
}

RuleOutcome linear(const rubric::Clause& clause, const assessment::Response& response,
                   Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  const std::string prefix = fmt::format("linear: {} of {}..{}", response.value.to_string(),
                                         rule.from.to_string(), rule.to.to_string());
  util::Int128 num = checked_add(response.value.units(), -static_cast<util::Int128>(rule.from.units()));
  util::Int128 den = checked_add(rule.to.units(), -static_cast<util::Int128>(rule.from.units()));
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (num <= 0 || den == 0) {
    return finish(whole(Decimal()), precision, prefix);
  }
  if (num >= den) {
    return finish(whole(clause.points), precision, prefix);
  }
  return finish(Fraction{checked_mul(clause.points.units(), num), den}, precision, prefix);
}

RuleOutcome shortfall(const rubric::Clause& clause, const assessment::Response& response,
                      Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  const Decimal value = response.value;
  if (value >= rule.target) {
    return finish(whole(clause.points), precision,
                  "shortfall: " + value.to_string() + k_ge + rule.target.to_string());
  }
  const util::Int128 short_units =
      checked_add(rule.target.units(), -static_cast<util::Int128>(value.units()));
  const util::Int128 step = rule.step.units() > 0 ? rule.step.units() : Decimal::k_scale;
  const std::string tail = fmt::format(", {} per {}", rule.per.to_string(), rule.step.to_string());
  const std::string head =
      "shortfall: " + value.to_string() + " < " + rule.target.to_string() + ", ";
  Fraction score;
  std::string prefix;
  if (rule.whole_steps) {
    const util::Int128 steps = short_units / step;  // both positive: floor
    const util::Int128 num = checked_add(clause.points.units(), -checked_mul(rule.per.units(), steps));
    score = Fraction{num < 0 ? 0 : num, 1};
    const std::string count = integer_text(steps);
    prefix = head + count + (steps == 1 ? " whole step" : " whole steps") + tail;
  } else {
    const util::Int128 num = checked_add(checked_mul(clause.points.units(), step),
                                     -checked_mul(rule.per.units(), short_units));
    score = Fraction{num < 0 ? 0 : num, step};
    prefix =
        head + Decimal::from_units(static_cast<int64_t>(short_units)).to_string() + " short" + tail;
  }
  return finish(score, precision, prefix);
}

RuleOutcome deduct(const rubric::Clause& clause, const assessment::Response& response,
                   Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  const util::Int128 deducted = checked_mul(rule.per.units(), response.count);
  util::Int128 num = checked_add(clause.points.units(), -deducted);
  std::string prefix =
      fmt::format("deduct: {}{}{} deducted", response.count, k_times, rule.per.to_string());
  if (num < rule.floor.units()) {
    num = rule.floor.units();
    prefix += ", floored";
  }
  return finish(Fraction{num, 1}, precision, prefix);
}

RuleOutcome count(const rubric::Clause& clause, const assessment::Response& response,
                  Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  if (rule.min_count && response.count < *rule.min_count) {
    return finish(Fraction{0, 1}, precision, fmt::format("count: {} < min {}", response.count, *rule.min_count));
  }
  const util::Int128 raw = checked_mul(rule.per.units(), response.count);
  std::string prefix =
      fmt::format("count: {}{}{} = ", response.count, k_times, rule.per.to_string());
  if (raw > clause.points.units()) {
    prefix +=
        Decimal::from_units(static_cast<int64_t>(raw > INT64_MAX ? INT64_MAX : raw)).to_string() +
        ", capped";
    return finish(whole(clause.points), precision, prefix);
  }
  prefix += Decimal::from_units(static_cast<int64_t>(raw)).to_string();
  return finish(Fraction{raw, 1}, precision, prefix);
}

RuleOutcome checklist(const rubric::Clause& clause, const assessment::Response& response,
                      Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  const int64_t met = static_cast<int64_t>(response.labels.size());
  const int64_t n = static_cast<int64_t>(rule.elements.size());
  const std::string prefix = fmt::format("checklist: {} of {}", met, n);
  if (!rule.tiers.empty()) {
    for (const rubric::Tier& tier : rule.tiers) {
      if (tier.bound <= Decimal::from_int(met)) {
        return finish(whole(tier.points), precision, prefix);
      }
    }
    return finish(whole(Decimal()), precision, prefix);
  }
  if (rule.weighted) {
    util::Int128 sum = 0;
    for (const std::string& label : response.labels) {
      for (const rubric::Element& element : rule.elements) {
        if (element.label == label) {
          sum = checked_add(sum, element.points ? element.points->units() : 0);
          break;
        }
      }
    }
    if (sum > clause.points.units()) {
      sum = clause.points.units();
    }
    return finish(Fraction{sum, 1}, precision, prefix);
  }
  if (n == 0) {
    return finish(whole(Decimal()), precision, prefix);
  }
  return finish(Fraction{checked_mul(clause.points.units(), met), n}, precision, prefix);
}

RuleOutcome manual(const assessment::Response& response, Decimal precision) {
  Decimal score = util::round_to_step(response.value, precision);
  return RuleOutcome{score, "manual: " + score.to_string()};
}

}  // namespace

RuleOutcome evaluate_rule(const rubric::Clause& clause, const assessment::Response& response,
                          Decimal precision) {
  switch (clause.rule.type) {
    case RuleType::check:
      return check(clause, response, precision);
    case RuleType::levels:
      return levels(clause, response, precision);
    case RuleType::tiers:
      return tiers(clause, response, precision);
    case RuleType::linear:
      return linear(clause, response, precision);
    case RuleType::shortfall:
      return shortfall(clause, response, precision);
    case RuleType::deduct:
      return deduct(clause, response, precision);
    case RuleType::count:
      return count(clause, response, precision);
    case RuleType::checklist:
      return checklist(clause, response, precision);
    case RuleType::manual:
      return manual(response, precision);
  }
  return manual(response, precision);
}

}  // namespace cepin::scoring
