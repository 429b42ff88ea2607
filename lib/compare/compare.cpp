#include "compare/compare.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

namespace cepin::compare {

namespace {

// One side indexed by key, in first-seen order; results without a unit stand alone.
struct Indexed {
  struct Slot {
    std::string key;                           // "" for a standalone error
    std::vector<const ResultSummary*> results;  // more than one: a duplicate
  };
  std::vector<Slot> slots;
  std::unordered_map<std::string, std::size_t> by_key;
  std::unordered_map<std::string, std::vector<std::string>> keys_by_unit;  // unit id → keys
};

std::string key_of(const ResultSummary& result, Match match) {
  if (match == Match::unit) {
    return result.unit_id();
  }
  return result.rubric.id + '\n' + result.unit_id();
}

Indexed index(const std::vector<ResultSummary>& side, Match match) {
  Indexed out;
  for (const ResultSummary& result : side) {
    if (!result.unit) {
      out.slots.push_back({"", {&result}});
      continue;
    }
    std::string key = key_of(result, match);
    auto [it, fresh] = out.by_key.emplace(key, out.slots.size());
    if (fresh) {
      out.keys_by_unit[result.unit_id()].push_back(key);
      out.slots.push_back({key, {}});
    }
    out.slots[it->second].results.push_back(&result);
  }
  return out;
}

// An error result whose rubric is unknown (not found, say) matches the other
// side's only entry for its unit, so the unit shows once, as an error.
void rekey_unknown_rubrics(Indexed& side, const Indexed& other) {
  for (std::size_t i = 0; i < side.slots.size(); ++i) {
    Indexed::Slot& slot = side.slots[i];
    const ResultSummary& first = *slot.results.front();
    if (slot.key.empty() || !first.error || !first.rubric.id.empty() || other.by_key.count(slot.key) > 0) {
      continue;
    }
    auto found = other.keys_by_unit.find(first.unit_id());
    if (found == other.keys_by_unit.end() || found->second.size() != 1 || side.by_key.count(found->second[0]) > 0) {
      continue;
    }
    side.by_key.erase(slot.key);
    slot.key = found->second[0];
    side.by_key[slot.key] = i;
  }
}

std::string where(const ResultSummary& r) {
  return r.file_line > 0 ? fmt::format("{}:{}", r.file, r.file_line) : r.file;
}

void add_sources(UnitComparison& unit, const std::vector<const ResultSummary*>& results) {
  for (const ResultSummary* r : results) {
    unit.error_sources.push_back({r->file, r->file_line});
  }
}

// The one error entry for a key found twice on a side.
void duplicate(UnitComparison& unit, const std::vector<const ResultSummary*>& results, const char* side) {
  unit.status = Status::error;
  unit.error_code = "duplicate-match";
  std::vector<std::string> places;
  bool periods_differ = false;
  for (const ResultSummary* r : results) {
    places.push_back(where(*r));
    periods_differ = periods_differ || r->period != results.front()->period;
  }
  unit.error_message = fmt::format("unit {} is on the {} side {} times ({})", unit.unit_id, side, results.size(),
                                   fmt::join(places, ", "));
  if (periods_differ) {
    unit.error_message += "; it holds several periods: compare one period with another, or use `cepin trend`";
  }
  add_sources(unit, results);
}

std::optional<Decimal> delta_of(const std::optional<Decimal>& base, const std::optional<Decimal>& next) {
  if (base && next) {
    return *next - *base;
  }
  return std::nullopt;
}

bool beyond(const std::optional<Decimal>& delta, Decimal tolerance) {
  if (!delta) {
    return true;  // on one side only
  }
  Decimal size = delta->is_negative() ? -*delta : *delta;
  return size > tolerance;
}

void compare_clauses(const ResultSummary& base, const ResultSummary& next, Decimal tolerance, UnitComparison& unit) {
  std::unordered_map<std::string, std::size_t> base_at;
  bool aligned = base.clauses.size() == next.clauses.size();
  for (std::size_t i = 0; aligned && i < base.clauses.size(); ++i) {
    aligned = base.clauses[i].id == next.clauses[i].id;
  }
  if (!aligned) {
    for (std::size_t i = 0; i < base.clauses.size(); ++i) {
      base_at.emplace(base.clauses[i].id, i);
    }
  }
  std::vector<bool> seen(base.clauses.size(), false);
  for (std::size_t i = 0; i < next.clauses.size(); ++i) {
    const results::ClauseScore& clause = next.clauses[i];
    std::optional<Decimal> before;
    if (aligned) {
      before = base.clauses[i].score;
      seen[i] = true;
    } else if (auto it = base_at.find(clause.id); it != base_at.end()) {
      before = base.clauses[it->second].score;
      seen[it->second] = true;
    }
    std::optional<Decimal> delta = delta_of(before, clause.score);
    if (beyond(delta, tolerance)) {
      unit.clauses.push_back({clause.id, std::nullopt, before, clause.score, delta});
    }
  }
  for (std::size_t i = 0; i < base.clauses.size(); ++i) {
    if (!seen[i]) {
      unit.clauses.push_back({base.clauses[i].id, std::nullopt, base.clauses[i].score, std::nullopt, std::nullopt});
    }
  }
}

void compare_adjustments(const ResultSummary& base, const ResultSummary& next, Decimal tolerance,
                         UnitComparison& unit) {
  auto find = [](const ResultSummary& side, const std::string& id) -> const results::AdjustmentScore* {
    for (const results::AdjustmentScore& a : side.adjustments) {
      if (a.id == id) {
        return &a;
      }
    }
    return nullptr;
  };
  auto visit = [&](const results::AdjustmentScore& a, const results::AdjustmentScore* before,
                   const results::AdjustmentScore* after) {
    if (a.kind == rubric::AdjustmentKind::veto) {
      std::optional<bool> b = before ? before->occurred : std::nullopt;
      std::optional<bool> n = after ? after->occurred : std::nullopt;
      if (b != n || !before || !after) {
        unit.vetoes.push_back({a.id, b, n});
      }
      return;
    }
    std::optional<Decimal> b = before ? std::optional<Decimal>(before->points) : std::nullopt;
    std::optional<Decimal> n = after ? std::optional<Decimal>(after->points) : std::nullopt;
    std::optional<Decimal> delta = delta_of(b, n);
    if (beyond(delta, tolerance)) {
      unit.adjustments.push_back({a.id, a.kind, b, n, delta});
    }
  };
  for (const results::AdjustmentScore& a : next.adjustments) {
    visit(a, find(base, a.id), &a);
  }
  for (const results::AdjustmentScore& a : base.adjustments) {
    if (find(next, a.id) == nullptr) {
      visit(a, &a, nullptr);
    }
  }
  for (const results::PrerequisiteState& p : next.prerequisites) {
    auto it = std::find_if(base.prerequisites.begin(), base.prerequisites.end(),
                           [&](const results::PrerequisiteState& q) { return q.id == p.id; });
    std::optional<bool> before = it == base.prerequisites.end() ? std::nullopt : it->met;
    if (it == base.prerequisites.end() || before != p.met) {
      unit.prerequisites.push_back({p.id, before, p.met});
    }
  }
  for (const results::PrerequisiteState& p : base.prerequisites) {
    if (std::none_of(next.prerequisites.begin(), next.prerequisites.end(),
                     [&](const results::PrerequisiteState& q) { return q.id == p.id; })) {
      unit.prerequisites.push_back({p.id, p.met, std::nullopt});
    }
  }
}

std::string version_text(const std::optional<std::string>& version) { return version ? *version : "none"; }

void compare_scored(const ResultSummary& base, const ResultSummary& next, Decimal tolerance,
                    UnitComparison& unit) {
  unit.delta = next.score - base.score;
  if (base.verdict != next.verdict) {
    unit.flip = next.verdict == scoring::Verdict::eligible ? Flip::gained : Flip::lost;
  }
  for (const std::string& code : next.reasons) {
    if (std::find(base.reasons.begin(), base.reasons.end(), code) == base.reasons.end()) {
      unit.reasons_added.push_back(code);
    }
  }
  for (const std::string& code : base.reasons) {
    if (std::find(next.reasons.begin(), next.reasons.end(), code) == next.reasons.end()) {
      unit.reasons_removed.push_back(code);
    }
  }
  compare_clauses(base, next, tolerance, unit);
  compare_adjustments(base, next, tolerance, unit);
  if (base.rubric.id != next.rubric.id) {
    unit.warnings.push_back({"rubric-changed",
                             fmt::format("the rubric changed from {} to {}", base.rubric.id, next.rubric.id),
                             base.rubric.id, next.rubric.id});
  } else if (base.rubric.version != next.rubric.version) {
    std::string from = version_text(base.rubric.version);
    std::string to = version_text(next.rubric.version);
    unit.warnings.push_back({"rubric-version-changed",
                             fmt::format("the rubric's version changed from {} to {}", from, to), from, to});
  }
  if (unit.flip == Flip::gained) {
    unit.status = Status::improved;
  } else if (unit.flip == Flip::lost) {
    unit.status = Status::regressed;
  } else if (*unit.delta > tolerance) {
    unit.status = Status::improved;
  } else if (*unit.delta < -tolerance) {
    unit.status = Status::regressed;
  } else {
    unit.status = Status::unchanged;
  }
}

const ResultSummary* only(const Indexed::Slot* slot) { return slot ? slot->results.front() : nullptr; }

UnitComparison entry(const Indexed::Slot* base, const Indexed::Slot* next, Decimal tolerance) {
  UnitComparison unit;
  const ResultSummary* named = next ? only(next) : only(base);
  unit.rubric_id = named->rubric.id;
  unit.unit_id = named->unit_id();
  unit.precision_digits = named->rubric.precision_digits;
  unit.unit_name = next && !only(next)->unit_name().empty() ? only(next)->unit_name()
                   : base                                  ? only(base)->unit_name()
                                                           : std::string();
  if (base && base->results.size() > 1) {
    duplicate(unit, base->results, "BASE");
    return unit;
  }
  if (next && next->results.size() > 1) {
    duplicate(unit, next->results, "NEW");
    return unit;
  }
  unit.base = only(base);
  unit.next = only(next);
  for (const ResultSummary* side : {unit.base, unit.next}) {
    if (side != nullptr && side->error) {
      unit.status = Status::error;
      if (unit.error_code.empty()) {
        unit.error_code = side->error_code;
        unit.error_message = side->error_message;
      }
      unit.error_sources.push_back({side->file, side->file_line});
    }
  }
  if (unit.status == Status::error) {
    return unit;
  }
  if (!unit.base || !unit.next) {
    unit.status = unit.base ? Status::removed : Status::added;
    return unit;
  }
  compare_scored(*unit.base, *unit.next, tolerance, unit);
  return unit;
}

SideLabel label_of(const std::vector<ResultSummary>& side, const std::optional<std::string>& flag,
                   const char* fallback) {
  SideLabel label;
  std::optional<std::string> assessor;
  bool common_assessor = true;
  bool common_period = true;
  bool any = false;
  for (const ResultSummary& r : side) {
    if (r.error) {
      continue;
    }
    if (!any) {
      assessor = r.assessor;
      label.period = r.period;
      any = true;
      continue;
    }
    common_assessor = common_assessor && r.assessor == *assessor;
    common_period = common_period && r.period == label.period;
  }
  if (!common_period) {
    label.period.reset();
  }
  if (flag) {
    label.label = *flag;
    label.origin = LabelOrigin::flag;
  } else if (any && common_assessor && !assessor->empty()) {
    label.label = *assessor;
    label.origin = LabelOrigin::assessor;
  } else {
    label.label = fallback;
  }
  return label;
}

void count(CompareCounts& counts, const UnitComparison& unit) {
  switch (unit.status) {
    case Status::improved:
      ++counts.improved;
      break;
    case Status::regressed:
      ++counts.regressed;
      break;
    case Status::unchanged:
      ++counts.unchanged;
      break;
    case Status::added:
      ++counts.added;
      break;
    case Status::removed:
      ++counts.removed;
      break;
    case Status::error:
      ++counts.errors;
      return;
  }
  if (unit.delta) {
    ++counts.matched;
  }
  counts.gained += unit.flip == Flip::gained ? 1 : 0;
  counts.lost += unit.flip == Flip::lost ? 1 : 0;
}

}  // namespace

const char* status_name(Status status) {
  switch (status) {
    case Status::improved:
      return "improved";
    case Status::regressed:
      return "regressed";
    case Status::unchanged:
      return "unchanged";
    case Status::added:
      return "added";
    case Status::removed:
      return "removed";
    case Status::error:
      return "error";
  }
  return "error";
}

const char* flip_name(Flip flip) {
  switch (flip) {
    case Flip::none:
      return "none";
    case Flip::gained:
      return "gained";
    case Flip::lost:
      return "lost";
  }
  return "none";
}

std::vector<std::size_t> CompareReport::by_delta() const {
  std::vector<std::size_t> order(units.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  auto size = [](const UnitComparison& u) { return u.delta->is_negative() ? -*u.delta : *u.delta; };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const UnitComparison& x = units[a];
    const UnitComparison& y = units[b];
    if (!x.delta || !y.delta) {
      return x.delta.has_value() && !y.delta.has_value();
    }
    return size(x) > size(y);
  });
  return order;
}

CompareReport compare(const std::vector<ResultSummary>& base, const std::vector<ResultSummary>& next,
                      const CompareOptions& options) {
  CompareReport report;
  report.tolerance = options.tolerance;
  report.base = label_of(base, options.base_label, "base");
  report.next = label_of(next, options.new_label, "new");
  for (const auto* side : {&next, &base}) {
    auto it = std::find_if(side->begin(), side->end(), [](const ResultSummary& r) { return !r.rubric.id.empty(); });
    if (it != side->end()) {
      report.lang = it->rubric.lang;
      break;
    }
  }
  Indexed b = index(base, options.match);
  Indexed n = index(next, options.match);
  rekey_unknown_rubrics(b, n);
  rekey_unknown_rubrics(n, b);
  std::vector<bool> matched(n.slots.size(), false);
  for (const Indexed::Slot& slot : b.slots) {
    const Indexed::Slot* other = nullptr;
    if (!slot.key.empty()) {
      if (auto it = n.by_key.find(slot.key); it != n.by_key.end()) {
        other = &n.slots[it->second];
        matched[it->second] = true;
      }
    }
    report.units.push_back(entry(&slot, other, options.tolerance));
  }
  for (std::size_t i = 0; i < n.slots.size(); ++i) {
    if (!matched[i]) {
      report.units.push_back(entry(nullptr, &n.slots[i], options.tolerance));
    }
  }
  for (const UnitComparison& unit : report.units) {
    count(report.counts, unit);
  }
  return report;
}

}  // namespace cepin::compare
