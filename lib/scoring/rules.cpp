#include "scoring/rules.hpp"

namespace cepin::scoring {

namespace {

using rubric::RuleType;
using rubric::TierKind;
using util::checked_add;
using util::checked_mul;
using util::Decimal;
using util::Fraction;

// Rounds `value` into the outcome's score and its why.
RuleOutcome finish(Fraction value, Decimal precision, Why why) {
  why.score = util::round_to_step(value, precision);
  return RuleOutcome{why.score, std::move(why)};
}

// A why of `kind`.
Why why_of(WhyKind kind) {
  Why why;
  why.kind = kind;
  return why;
}

// The fraction holding a decimal as is.
Fraction whole(Decimal value) {
  return Fraction{value.units(), 1};
}

RuleOutcome check(const rubric::Clause& clause, const assessment::Response& response,
                  Decimal precision) {
  return finish(whole(response.met ? clause.points : Decimal()), precision,
                why_of(response.met ? WhyKind::met : WhyKind::not_met));
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
  Why why = why_of(WhyKind::level);
  why.label = response.level;
  return finish(whole(points), precision, std::move(why));
}

RuleOutcome tiers(const rubric::Clause& clause, const assessment::Response& response,
                  Decimal precision) {
  const Decimal value = response.value;
  const bool is_min = clause.rule.tier_kind == TierKind::min;
  Why why = why_of(WhyKind::no_tier);
  why.value = value;
  why.lower_is_better = !is_min;
  for (const rubric::Tier& tier : clause.rule.tiers) {
    if (is_min ? tier.bound <= value : value <= tier.bound) {
      why.kind = WhyKind::tier;
      why.bound = tier.bound;
      return finish(whole(tier.points), precision, std::move(why));
    }
  }
  return finish(whole(Decimal()), precision, std::move(why));
}

RuleOutcome linear(const rubric::Clause& clause, const assessment::Response& response,
                   Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  Why why = why_of(WhyKind::linear);
  why.value = response.value;
  why.from = rule.from;
  why.to = rule.to;
  util::Int128 num = checked_add(response.value.units(), -static_cast<util::Int128>(rule.from.units()));
  util::Int128 den = checked_add(rule.to.units(), -static_cast<util::Int128>(rule.from.units()));
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (num <= 0 || den == 0) {
    return finish(whole(Decimal()), precision, std::move(why));
  }
  if (num >= den) {
    return finish(whole(clause.points), precision, std::move(why));
  }
  return finish(Fraction{checked_mul(clause.points.units(), num), den}, precision, std::move(why));
}

RuleOutcome shortfall(const rubric::Clause& clause, const assessment::Response& response,
                      Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  const Decimal value = response.value;
  Why why = why_of(WhyKind::target_met);
  why.value = value;
  why.bound = rule.target;
  if (value >= rule.target) {
    return finish(whole(clause.points), precision, std::move(why));
  }
  const util::Int128 short_units =
      checked_add(rule.target.units(), -static_cast<util::Int128>(value.units()));
  const util::Int128 step = rule.step.units() > 0 ? rule.step.units() : Decimal::k_scale;
  why.per = rule.per;
  why.step = rule.step;
  Fraction score;
  if (rule.whole_steps) {
    const util::Int128 steps = short_units / step;  // both positive: floor
    const util::Int128 num = checked_add(clause.points.units(), -checked_mul(rule.per.units(), steps));
    score = Fraction{num < 0 ? 0 : num, 1};
    why.kind = WhyKind::short_steps;
    why.count = static_cast<int64_t>(steps);
  } else {
    const util::Int128 num = checked_add(checked_mul(clause.points.units(), step),
                                     -checked_mul(rule.per.units(), short_units));
    score = Fraction{num < 0 ? 0 : num, step};
    why.kind = WhyKind::short_by;
    why.amount = Decimal::from_units(static_cast<int64_t>(short_units));
  }
  return finish(score, precision, std::move(why));
}

RuleOutcome deduct(const rubric::Clause& clause, const assessment::Response& response,
                   Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  const util::Int128 deducted = checked_mul(rule.per.units(), response.count);
  util::Int128 num = checked_add(clause.points.units(), -deducted);
  Why why = why_of(WhyKind::deduct);
  why.count = response.count;
  why.per = rule.per;
  if (num < rule.floor.units()) {
    num = rule.floor.units();
    why.limited = true;
  }
  return finish(Fraction{num, 1}, precision, std::move(why));
}

RuleOutcome count(const rubric::Clause& clause, const assessment::Response& response,
                  Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  if (rule.min_count && response.count < *rule.min_count) {
    Why why = why_of(WhyKind::below_minimum);
    why.count = response.count;
    why.of = *rule.min_count;
    return finish(Fraction{0, 1}, precision, std::move(why));
  }
  const util::Int128 raw = checked_mul(rule.per.units(), response.count);
  Why why = why_of(WhyKind::count);
  why.count = response.count;
  why.per = rule.per;
  why.amount = Decimal::from_units(static_cast<int64_t>(raw > INT64_MAX ? INT64_MAX : raw));
  if (raw > clause.points.units()) {
    why.limited = true;
    return finish(whole(clause.points), precision, std::move(why));
  }
  return finish(Fraction{raw, 1}, precision, std::move(why));
}

RuleOutcome checklist(const rubric::Clause& clause, const assessment::Response& response,
                      Decimal precision) {
  const rubric::Rule& rule = clause.rule;
  const int64_t met = static_cast<int64_t>(response.labels.size());
  const int64_t n = static_cast<int64_t>(rule.elements.size());
  Why why = why_of(WhyKind::checklist);
  why.count = met;
  why.of = n;
  if (!rule.tiers.empty()) {
    for (const rubric::Tier& tier : rule.tiers) {
      if (tier.bound <= Decimal::from_int(met)) {
        return finish(whole(tier.points), precision, std::move(why));
      }
    }
    return finish(whole(Decimal()), precision, std::move(why));
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
    return finish(Fraction{sum, 1}, precision, std::move(why));
  }
  if (n == 0) {
    return finish(whole(Decimal()), precision, std::move(why));
  }
  return finish(Fraction{checked_mul(clause.points.units(), met), n}, precision, std::move(why));
}

RuleOutcome manual(const assessment::Response& response, Decimal precision) {
  return finish(whole(response.value), precision, why_of(WhyKind::manual));
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
