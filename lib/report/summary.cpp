#include "report/summary.hpp"

#include <algorithm>

namespace cepin::report {

namespace {

using util::Decimal;

bool same_rubric(const scoring::Result& result, const rubric::Rubric* rubric) {
  if (rubric == nullptr) {
    return !result.rubric;
  }
  return result.rubric && result.rubric->id == rubric->id;
}

std::vector<RankedResult> rank(const std::vector<const scoring::Result*>& results, const rubric::Rubric* rubric) {
  std::vector<RankedResult> ranked;
  for (const scoring::Result* result : results) {
    if (same_rubric(*result, rubric)) {
      ranked.push_back({result, 0, is_duplicate(*result)});
    }
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const RankedResult& a, const RankedResult& b) { return a.result->score > b.result->score; });
  std::size_t place = 0;
  const RankedResult* previous = nullptr;
  for (RankedResult& entry : ranked) {
    if (entry.duplicate) {
      continue;
    }
    ++place;
    bool tie = previous != nullptr && previous->result->score == entry.result->score;
    entry.rank = tie ? previous->rank : place;
    previous = &entry;
  }
  return ranked;
}

std::vector<CategoryAverage> averages(const rubric::Rubric& rubric, const std::vector<RankedResult>& units) {
  std::vector<CategoryAverage> out;
  for (const rubric::Node& category : rubric.categories) {
    util::Int128 sum = 0;
    std::size_t n = 0;
    for (const RankedResult& unit : units) {
      if (unit.duplicate) {
        continue;
      }
      for (const scoring::NodeResult& node : unit.result->categories) {
        if (node.node && node.node->id == category.id) {
          sum += node.score.units();
          ++n;
        }
      }
    }
    CategoryAverage average{&category, std::nullopt, n};
    if (n > 0) {
      average.average = util::round_to_step(util::Fraction{sum, static_cast<util::Int128>(n)}, rubric.precision());
    }
    out.push_back(average);
  }
  return out;
}

// Counts each ranked unit into its bin, by verdict (duplicates left out).
void count_bins(RubricSummary& group) {
  for (const RankedResult& ranked : group.ranking) {
    if (ranked.duplicate) {
      continue;
    }
    bool eligible = ranked.result->verdict == scoring::Verdict::eligible;
    (eligible ? group.eligible : group.ineligible) += 1;
    for (ScoreBin& bin : group.distribution) {
      if (in_bin(bin, ranked.result->score)) {
        (eligible ? bin.eligible : bin.ineligible) += 1;
        break;
      }
    }
  }
}

void add_date(ReferenceDates& dates, const scoring::Result& result) {
  if (!result.assessed_on) {
    ++dates.undated;
    return;
  }
  const util::Date& date = *result.assessed_on;
  if (!dates.earliest || date < *dates.earliest) {
    dates.earliest = date;
  }
  if (!dates.latest || *dates.latest < date) {
    dates.latest = date;
  }
}

}  // namespace

std::vector<ScoreBin> score_bins(Decimal total, Decimal threshold, Decimal precision, bool above_total) {
  std::vector<ScoreBin> bins;
  if (total <= Decimal()) {
    bins.push_back({Decimal(), std::nullopt, false, false});
    return bins;
  }
  Decimal width = util::round_to_step(util::Fraction{total.units(), 10}, precision);
  if (width <= Decimal()) {
    width = precision;
  }
  Decimal line = util::max(Decimal(), util::min(threshold, total));
  std::vector<Decimal> edges;
  for (Decimal edge = line; edge > Decimal(); edge -= width) {
    edges.push_back(edge);
  }
  edges.push_back(Decimal());
  std::reverse(edges.begin(), edges.end());
  for (Decimal edge = line + width; edge < total; edge += width) {
    edges.push_back(edge);
  }
  if (edges.back() != total) {
    edges.push_back(total);
  }
  for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
    bool last = i + 2 == edges.size();
    bins.push_back({edges[i], edges[i + 1], last && line < total, false});
  }
  if (line == total) {
    bins.push_back({total, std::nullopt, false, false});  // full marks reach the threshold
  } else if (above_total) {
    bins.push_back({total, std::nullopt, false, true});
  }
  return bins;
}

bool in_bin(const ScoreBin& bin, Decimal score) {
  bool from_ok = bin.above ? score > bin.from : score >= bin.from;
  bool to_ok = !bin.to || score < *bin.to || (bin.closed && score == *bin.to);
  return from_ok && to_ok;
}

scoring::Outcome summary_copy(const scoring::Outcome& outcome) {
  const auto* full = std::get_if<scoring::Result>(&outcome);
  if (full == nullptr) {
    return outcome;
  }
  scoring::Result copy;
  copy.source = full->source;
  copy.line = full->line;
  copy.rubric = full->rubric;
  copy.unit = full->unit;
  copy.assessed_on = full->assessed_on;
  copy.period = full->period;
  copy.score = full->score;
  copy.base = full->base;
  copy.base_raw = full->base_raw;
  copy.bonus = full->bonus;
  copy.penalty = full->penalty;
  copy.max = full->max;
  copy.verdict = full->verdict;
  copy.reasons = full->reasons;
  copy.grade = full->grade;
  for (const scoring::NodeResult& category : full->categories) {
    scoring::NodeResult kept;
    kept.node = category.node;
    kept.score = category.score;
    kept.max = category.max;
    kept.counted = category.counted;
    kept.floor = category.floor;
    copy.categories.push_back(std::move(kept));
  }
  for (const scoring::Warning& warning : full->warnings) {
    if (warning.kind == assessment::WarningKind::duplicate_result) {
      copy.warnings.push_back(warning);
    }
  }
  return copy;
}

bool is_duplicate(const scoring::Result& result) {
  return std::any_of(result.warnings.begin(), result.warnings.end(), [](const scoring::Warning& w) {
    return w.kind == assessment::WarningKind::duplicate_result;
  });
}

std::vector<const rubric::Rubric*> BatchSummary::known_rubrics() const {
  std::vector<const rubric::Rubric*> out;
  for (const RubricSummary& group : rubrics) {
    if (group.rubric != nullptr) {
      out.push_back(group.rubric);
    }
  }
  return out;
}

BatchSummary summarize(const std::vector<const scoring::Outcome*>& outcomes, std::optional<util::Date> as_of) {
  BatchSummary summary;
  summary.dates.as_of = as_of;
  std::vector<const rubric::Rubric*> rubrics;
  bool without_rubric = false;
  for (const scoring::Outcome* outcome : outcomes) {
    const auto* result = std::get_if<scoring::Result>(outcome);
    if (result == nullptr) {
      ++summary.errors;
      summary.failed.push_back(&std::get<scoring::ErrorResult>(*outcome));
      continue;
    }
    summary.results.push_back(result);
    if (is_duplicate(*result)) {
      ++summary.duplicates;
      if (result->assessed_on) {
        add_date(summary.dates, *result);  // its date still belongs to the batch's span
      }
      continue;  // listed and marked in the ranking, counted nowhere else
    }
    add_date(summary.dates, *result);
    (result->verdict == scoring::Verdict::eligible ? summary.eligible : summary.ineligible) += 1;
    for (const scoring::Reason& reason : result->reasons) {
      std::string code = reason.code();
      auto it = std::find_if(summary.reasons.begin(), summary.reasons.end(),
                             [&](const ReasonCount& counted) { return counted.code == code; });
      if (it == summary.reasons.end()) {
        summary.reasons.push_back({std::move(code), 1, &reason, result->rubric.get()});
      } else {
        ++it->units;
      }
    }
    if (!result->rubric) {
      without_rubric = true;
    } else if (std::none_of(rubrics.begin(), rubrics.end(),
                            [&](const rubric::Rubric* seen) { return seen->id == result->rubric->id; })) {
      rubrics.push_back(result->rubric.get());
    }
  }
  if (without_rubric) {
    rubrics.push_back(nullptr);
  }
  for (const rubric::Rubric* rubric : rubrics) {
    RubricSummary group;
    group.rubric = rubric;
    group.ranking = rank(summary.results, rubric);
    if (rubric != nullptr) {
      group.averages = averages(*rubric, group.ranking);
      bool above = std::any_of(group.ranking.begin(), group.ranking.end(),
                               [&](const RankedResult& r) { return !r.duplicate && r.result->score > rubric->total; });
      group.distribution = score_bins(rubric->total, rubric->threshold, rubric->precision(), above);
    }
    count_bins(group);
    summary.rubrics.push_back(std::move(group));
  }
  return summary;
}

std::optional<Decimal> share_percent(Decimal score, Decimal max) {
  if (max <= Decimal()) {
    return std::nullopt;
  }
  util::Fraction f{static_cast<util::Int128>(score.units()) * 100 * Decimal::k_scale, max.units()};
  return util::round_to_step(f, util::precision_step(1));
}

}  // namespace cepin::report
