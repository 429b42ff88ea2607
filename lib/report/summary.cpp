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
      bool duplicate = std::any_of(result->warnings.begin(), result->warnings.end(), [](const scoring::Warning& w) {
        return w.kind == assessment::WarningKind::duplicate_result;
      });
      ranked.push_back({result, 0, duplicate});
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

}  // namespace

BatchSummary summarize(const std::vector<const scoring::Outcome*>& outcomes) {
  BatchSummary summary;
  std::vector<const rubric::Rubric*> rubrics;
  bool without_rubric = false;
  for (const scoring::Outcome* outcome : outcomes) {
    const auto* result = std::get_if<scoring::Result>(outcome);
    if (result == nullptr) {
      ++summary.errors;
      continue;
    }
    summary.results.push_back(result);
    (result->verdict == scoring::Verdict::eligible ? summary.eligible : summary.ineligible) += 1;
    for (const scoring::Reason& reason : result->reasons) {
      std::string code = reason.code();
      auto it = std::find_if(summary.reasons.begin(), summary.reasons.end(),
                             [&](const auto& counted) { return counted.first == code; });
      if (it == summary.reasons.end()) {
        summary.reasons.emplace_back(std::move(code), 1);
      } else {
        ++it->second;
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
    }
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
