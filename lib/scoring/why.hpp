// Why a clause scored what it did, as data: the rule's case, its numbers and
// labels. lib/report/why.hpp words it: SPEC §6's neutral grammar for JSON,
// JSONL and CSV ("check: met → 3"), Chinese for Chinese reports ("达标 → 3").
#pragma once

#include <cstdint>
#include <string>

#include "util/decimal.hpp"

namespace cepin::scoring {

// Which case of which rule decided the score.
enum class WhyKind {
  met,             // check: met
  not_met,         // check: not met
  level,           // levels: `label`
  tier,            // tiers: `value` ≥ `bound` (≤ for lower-is-better tiers)
  no_tier,         // tiers: `value` below (above) every tier
  linear,          // linear: `value` of `from`..`to`
  target_met,      // shortfall: `value` ≥ `bound` (the target)
  short_by,        // shortfall: `amount` short of `bound`, `per` per `step`
  short_steps,     // shortfall with whole_steps: `count` whole steps short
  deduct,          // deduct: `count` × `per` deducted (`limited`: floored)
  count,           // count: `count` × `per` = `amount` (`limited`: capped)
  checklist,       // checklist: `count` of `of` elements met
  manual,          // manual points as given
  unanswered,      // unanswered → 0
  not_applicable,  // n/a
  zeroed,          // zeroed: missing evidence
};

// The details of a clause's `why`. Which fields a kind fills is written
// beside WhyKind; `score` is the clause's rounded score before any zeroing.
struct Why {
  WhyKind kind = WhyKind::unanswered;
  util::Decimal score;
  util::Decimal value;   // the response's number
  util::Decimal bound;   // a tier's bound, the shortfall target
  util::Decimal from, to;
  util::Decimal per, step;
  util::Decimal amount;  // shortfall: how far short; count: per × count before the cap
  int64_t count = 0;     // deduct/count: the count; short_steps: the steps; checklist: met
  int64_t of = 0;        // checklist: the number of elements
  std::string label;     // levels
  bool lower_is_better = false;  // tiers with `max:` bounds
  bool limited = false;          // deduct: floored; count: capped
};

}  // namespace cepin::scoring
