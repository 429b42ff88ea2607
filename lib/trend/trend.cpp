#include "trend/trend.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

namespace cepin::trend {

namespace {

// One rubric's results, before they become series.
struct Group {
  std::string rubric_id;
  std::vector<const ResultSummary*> results;
};

std::string where(const ResultSummary& r) {
  return r.file_line > 0 ? fmt::format("{}:{}", r.file, r.file_line) : r.file;
}

std::string version_text(const std::optional<std::string>& version) { return version ? *version : "none"; }

Decimal roll(Rollup rollup, const std::vector<Point>& series, Decimal precision) {
  Decimal out = series.front().result->score;
  util::Int128 sum = 0;
  for (const Point& p : series) {
    Decimal score = p.result->score;
    sum += score.units();
    switch (rollup) {
      case Rollup::min:
        out = util::min(out, score);
        break;
      case Rollup::max:
        out = util::max(out, score);
        break;
      case Rollup::last:
        out = score;
        break;
      case Rollup::mean:
      case Rollup::sum:
        break;
    }
  }
  if (rollup == Rollup::sum) {
    return util::round_to_step(util::Fraction{sum, 1}, Decimal::from_units(1));
  }
  if (rollup == Rollup::mean) {
    return util::round_to_step(util::Fraction{sum, static_cast<util::Int128>(series.size())}, precision);
  }
  return out;
}

void finish_unit(UnitTrend& unit, Rollup rollup) {
  const std::vector<Point>& s = unit.series;
  unit.first = s.front().result->score;
  unit.last = s.back().result->score;
  unit.change = unit.last - unit.first;
  unit.unit_name = s.back().result->unit_name();
  unit.rollup = roll(rollup, s, util::precision_step(unit.precision_digits));
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i].result->verdict == scoring::Verdict::ineligible) {
      ++unit.ineligible_periods;
    }
    if (i == 0) {
      continue;
    }
    const ResultSummary& before = *s[i - 1].result;
    const ResultSummary& now = *s[i].result;
    run = now.score < before.score ? run + 1 : 0;
    unit.declines = std::max(unit.declines, run);
    if (before.rubric.version != now.rubric.version) {
      unit.warnings.push_back({"rubric-version-changed",
                               fmt::format("the rubric's version changed from {} to {} in {}",
                                           version_text(before.rubric.version), version_text(now.rubric.version),
                                           s[i].period.canonical()),
                               s[i].period});
    }
  }
  unit.last_declined = s.size() >= 2 && s.back().result->score < s[s.size() - 2].result->score;
}

// Ranks every unit of one rubric in each of its periods (ties share a rank:
// 1-2-2-4), then each point's change from the rubric's previous period.
void rank(std::vector<UnitTrend>& units, std::size_t from, const std::vector<util::Period>& periods) {
  std::map<util::Period, std::vector<Point*>> by_period;
  for (std::size_t u = from; u < units.size(); ++u) {
    for (Point& p : units[u].series) {
      by_period[p.period].push_back(&p);
    }
  }
  for (auto& [period, points] : by_period) {
    std::stable_sort(points.begin(), points.end(),
                     [](const Point* a, const Point* b) { return a->result->score > b->result->score; });
    for (std::size_t i = 0; i < points.size(); ++i) {
      bool tie = i > 0 && points[i - 1]->result->score == points[i]->result->score;
      points[i]->rank = tie ? points[i - 1]->rank : i + 1;
    }
  }
  for (std::size_t u = from; u < units.size(); ++u) {
    std::vector<Point>& series = units[u].series;
    for (std::size_t i = 0; i < series.size(); ++i) {
      auto at = std::lower_bound(periods.begin(), periods.end(), series[i].period);
      if (i == 0 || at == periods.begin() || series[i - 1].period != *(at - 1)) {
        continue;  // no result in the rubric's previous period
      }
      series[i].rank_change =
          static_cast<long long>(series[i - 1].rank) - static_cast<long long>(series[i].rank);
    }
  }
}

class TrendBuilder {
 public:
  TrendBuilder(TrendReport& report) : m_report(report) {}

  void add_group(const Group& group) {
    std::set<util::Granularity> kinds;
    for (const ResultSummary* r : group.results) {
      if (r->period) {
        kinds.insert(r->period->granularity);
      }
    }
    if (kinds.size() > 1) {
      std::vector<std::string> names;
      for (util::Granularity g : kinds) {
        names.emplace_back(util::granularity_name(g));
      }
      m_report.errors.push_back({"period-mixed",
                                 fmt::format("the results of rubric {} mix periods of different lengths ({}); trend one "
                                             "length at a time",
                                             group.rubric_id, fmt::join(names, ", ")),
                                 group.rubric_id, "", group.results});
      return;
    }
    util::Granularity granularity = kinds.empty() ? util::Granularity::month : *kinds.begin();
    std::vector<std::string> unit_order;
    std::unordered_map<std::string, std::vector<Point>> by_unit;
    for (const ResultSummary* r : group.results) {
      Point point;
      point.result = r;
      if (r->period) {
        point.period = *r->period;
      } else if (r->assessed_on) {
        point.period = util::period_of(*r->assessed_on, granularity);
        point.period_from_date = true;
        ++m_report.periods_from_dates;
      } else {
        m_report.errors.push_back({"no-period",
                                   fmt::format("the result of unit {} ({}) has neither a period nor an assessed_on "
                                               "date",
                                               r->unit_id(), where(*r)),
                                   group.rubric_id, r->unit_id(), {r}});
        continue;
      }
      auto [it, fresh] = by_unit.emplace(r->unit_id(), std::vector<Point>());
      if (fresh) {
        unit_order.push_back(r->unit_id());
      }
      it->second.push_back(point);
    }
    std::size_t first_unit = m_report.units.size();
    std::set<util::Period> periods;
    for (const std::string& id : unit_order) {
      std::vector<Point> series = drop_duplicates(group.rubric_id, id, std::move(by_unit[id]));
      if (series.empty()) {
        continue;
      }
      UnitTrend unit;
      unit.rubric_id = group.rubric_id;
      unit.unit_id = id;
      unit.precision_digits = series.front().result->rubric.precision_digits;
      unit.total = series.back().result->max;
      for (const Point& p : series) {
        periods.insert(p.period);
      }
      unit.series = std::move(series);
      m_report.units.push_back(std::move(unit));
    }
    RubricPeriods sequence;
    sequence.rubric_id = group.rubric_id;
    sequence.title = group.results.front()->rubric.title;
    sequence.periods.assign(periods.begin(), periods.end());
    rank(m_report.units, first_unit, sequence.periods);
    for (std::size_t u = first_unit; u < m_report.units.size(); ++u) {
      finish_unit(m_report.units[u], m_report.rollup);
    }
    m_report.rubrics.push_back(std::move(sequence));
  }

 private:
  // Sorts a unit's points by period; two results for one period are an error entry.
  std::vector<Point> drop_duplicates(const std::string& rubric_id, const std::string& unit_id,
                                     std::vector<Point> points) {
    std::stable_sort(points.begin(), points.end(), [](const Point& a, const Point& b) { return a.period < b.period; });
    std::vector<Point> out;
    for (std::size_t i = 0; i < points.size();) {
      std::size_t j = i + 1;
      while (j < points.size() && points[j].period == points[i].period) {
        ++j;
      }
      if (j - i == 1) {
        out.push_back(points[i]);
      } else {
        TrendError error{"duplicate-period", "", rubric_id, unit_id, {}};
        std::vector<std::string> places;
        for (std::size_t k = i; k < j; ++k) {
          error.results.push_back(points[k].result);
          places.push_back(where(*points[k].result));
        }
        error.message = fmt::format("unit {} has {} results for {} ({})", unit_id, j - i,
                                    points[i].period.canonical(), fmt::join(places, ", "));
        m_report.errors.push_back(std::move(error));
      }
      i = j;
    }
    return out;
  }

  TrendReport& m_report;
};

}  // namespace

const char* rollup_name(Rollup rollup) {
  switch (rollup) {
    case Rollup::mean:
      return "mean";
    case Rollup::sum:
      return "sum";
    case Rollup::last:
      return "last";
    case Rollup::min:
      return "min";
    case Rollup::max:
      return "max";
  }
  return "mean";
}

std::optional<Rollup> parse_rollup(const std::string& name) {
  for (Rollup r : {Rollup::mean, Rollup::sum, Rollup::last, Rollup::min, Rollup::max}) {
    if (name == rollup_name(r)) {
      return r;
    }
  }
  return std::nullopt;
}

TrendReport trend(const std::vector<ResultSummary>& results, Rollup rollup) {
  TrendReport report;
  report.rollup = rollup;
  std::vector<Group> groups;
  std::unordered_map<std::string, std::size_t> group_of;
  bool lang_set = false;
  for (const ResultSummary& r : results) {
    if (r.error || !r.unit) {
      report.errors.push_back({r.error_code.empty() ? "bad-result" : r.error_code, r.error_message, r.rubric.id,
                               r.unit_id(), {&r}});
      continue;
    }
    if (!lang_set) {
      report.lang = r.rubric.lang;
      lang_set = true;
    }
    auto [it, fresh] = group_of.emplace(r.rubric.id, groups.size());
    if (fresh) {
      groups.push_back({r.rubric.id, {}});
    }
    groups[it->second].results.push_back(&r);
  }
  TrendBuilder builder(report);
  for (const Group& group : groups) {
    builder.add_group(group);
  }
  std::set<util::Period> all;
  for (const RubricPeriods& rubric : report.rubrics) {
    all.insert(rubric.periods.begin(), rubric.periods.end());
  }
  report.periods.assign(all.begin(), all.end());
  return report;
}

const char* spark_glyph(Decimal score, Decimal total) {
  static const char* const k_glyphs[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  if (score.units() <= 0 || total.units() <= 0) {
    return k_glyphs[0];
  }
  util::Int128 level = static_cast<util::Int128>(score.units()) * 8 / total.units();
  return k_glyphs[level > 7 ? 7 : static_cast<int>(level)];
}

}  // namespace cepin::trend
