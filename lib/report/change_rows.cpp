#include "report/change_rows.hpp"

#include <fmt/format.h>

#include "report/html_page.hpp"
#include "report/markdown_escape.hpp"
#include "report/trend_report.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using compare::UnitComparison;

std::string flag_text(Lang lang, const std::optional<bool>& value, bool veto) {
  const ChangeLabels& l = change_labels(lang);
  if (!value) {
    return l.unanswered;
  }
  return veto ? (*value ? l.occurred : l.not_occurred) : (*value ? l.met : l.not_met);
}

bool has_detail(const UnitComparison& u) {
  return !u.clauses.empty() || !u.adjustments.empty() || !u.vetoes.empty() || !u.prerequisites.empty() ||
         !u.reasons_added.empty() || !u.reasons_removed.empty() || !u.warnings.empty() ||
         u.status == compare::Status::error;
}

std::string signed_text(util::Decimal value, int digits) {
  std::string text = value.to_fixed(digits);
  return value.units() > 0 ? "+" + text : text;
}

std::string rank_change_text(const std::optional<long long>& change) {
  if (!change) {
    return "—";
  }
  return *change > 0 ? fmt::format("+{}", *change) : std::to_string(*change);
}

}  // namespace

std::string inert(Medium medium, const std::string& text) {
  switch (medium) {
    case Medium::text:
      return util::escape_for_terminal(text);
    case Medium::markdown:
      return escape_markdown(text);
    case Medium::html:
      return html_escape(text);
  }
  return text;
}

std::string fixed(const std::optional<util::Decimal>& value, int digits) {
  return value ? value->to_fixed(digits) : "—";
}

std::string signed_fixed(const std::optional<util::Decimal>& value, int digits) {
  if (!value) {
    return "—";
  }
  std::string text = value->to_fixed(digits);
  return value->units() > 0 ? "+" + text : text;
}

std::optional<util::Decimal> score_of(const results::ResultSummary* side) {
  return side == nullptr || side->error ? std::nullopt : std::optional<util::Decimal>(side->score);
}

bool several_rubrics(const compare::CompareReport& report) {
  for (const UnitComparison& u : report.units) {
    if (!u.rubric_id.empty() && u.rubric_id != report.units.front().rubric_id) {
      return true;
    }
  }
  return false;
}

// "鄂尔多斯市 (150600)", with the rubric when the report has several; an
// error without a unit is named by its first source.
std::string unit_title(Medium medium, const UnitComparison& u, bool with_rubric) {
  if (u.unit_id.empty()) {
    std::string source = u.error_sources.empty() ? "?" : u.error_sources.front().source;
    if (!u.error_sources.empty() && u.error_sources.front().line > 0) {
      source += fmt::format(":{}", u.error_sources.front().line);
    }
    return "(" + inert(medium, source) + ")";
  }
  std::string id = inert(medium, u.unit_id);
  if (with_rubric && !u.rubric_id.empty()) {
    id += ", " + inert(medium, u.rubric_id);
  }
  return u.unit_name.empty() ? "(" + id + ")" : fmt::format("{} ({})", inert(medium, u.unit_name), id);
}

Detail detail_of(Medium medium, Lang lang, const UnitComparison& u) {
  const ChangeLabels& l = change_labels(lang);
  const char* sep = colon(lang);
  Detail d;
  for (const compare::ScoreChange& c : u.clauses) {
    d.rows.push_back({inert(medium, c.id), fixed(c.base, u.precision_digits), fixed(c.next, u.precision_digits),
                      signed_fixed(c.delta, u.precision_digits)});
  }
  for (const compare::ScoreChange& c : u.adjustments) {
    d.rows.push_back({fmt::format("{} {}", l.adjustment, inert(medium, c.id)), fixed(c.base, u.precision_digits),
                      fixed(c.next, u.precision_digits), signed_fixed(c.delta, u.precision_digits)});
  }
  for (const compare::FlagChange& v : u.vetoes) {
    d.notes.push_back(fmt::format("{} {}{}{} → {}", l.veto, inert(medium, v.id), sep, flag_text(lang, v.base, true),
                                  flag_text(lang, v.next, true)));
  }
  for (const compare::FlagChange& p : u.prerequisites) {
    d.notes.push_back(fmt::format("{} {}{}{} → {}", l.prerequisite, inert(medium, p.id), sep,
                                  flag_text(lang, p.base, false), flag_text(lang, p.next, false)));
  }
  auto join = [&](const std::vector<std::string>& codes) {
    std::vector<std::string> shown;
    for (const std::string& code : codes) {
      shown.push_back(inert(medium, code));
    }
    return fmt::format("{}", fmt::join(shown, lang == Lang::zh ? "、" : ", "));
  };
  if (!u.reasons_added.empty()) {
    d.notes.push_back(fmt::format("{}{}{}", l.reasons_added, sep, join(u.reasons_added)));
  }
  if (!u.reasons_removed.empty()) {
    d.notes.push_back(fmt::format("{}{}{}", l.reasons_removed, sep, join(u.reasons_removed)));
  }
  for (const compare::CompareWarning& w : u.warnings) {
    const char* what = w.code == "rubric-changed" ? l.rubric_changed : l.version_changed;
    d.notes.push_back(fmt::format("{}{}{}（{} → {}）", l.warnings, sep, what, inert(medium, w.base_value),
                                  inert(medium, w.new_value)));
  }
  if (u.status == compare::Status::error) {
    d.notes.push_back(fmt::format("{}{}{} [{}]", l.errors, sep, inert(medium, u.error_message),
                                  inert(medium, u.error_code)));
  }
  return d;
}

// The units with something to show beyond the table, largest |delta| first.
std::vector<const compare::UnitComparison*> changed_units(const compare::CompareReport& report) {
  std::vector<const UnitComparison*> out;
  for (std::size_t i : report.by_delta()) {
    if (has_detail(report.units[i])) {
      out.push_back(&report.units[i]);
    }
  }
  return out;
}

// The table of every unit, largest |delta| first.
std::vector<std::vector<std::string>> unit_rows(Medium medium, Lang lang, const compare::CompareReport& report) {
  bool with_rubric = several_rubrics(report);
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i : report.by_delta()) {
    const UnitComparison& u = report.units[i];
    rows.push_back({unit_title(medium, u, with_rubric), fixed(score_of(u.base), u.precision_digits),
                    fixed(score_of(u.next), u.precision_digits), signed_fixed(u.delta, u.precision_digits),
                    flip_label(lang, u.flip), status_label(lang, u.status)});
  }
  return rows;
}

std::vector<std::pair<const char*, std::size_t>> count_list(Lang lang, const compare::CompareCounts& c) {
  const ChangeLabels& l = change_labels(lang);
  return {{l.matched, c.matched}, {l.improved, c.improved}, {l.regressed, c.regressed},
          {l.unchanged, c.unchanged}, {l.added, c.added},   {l.removed, c.removed},
          {l.gained, c.gained},       {l.lost, c.lost},     {l.errors, c.errors}};
}

// "保山市……评估组, examples/…" : the side's detail, then its sources.
std::string side_line(Medium medium, Lang lang, const SideName& name, const compare::SideLabel& side) {
  std::vector<std::string> shown;
  if (!name.detail.empty()) {
    shown.push_back(inert(medium, name.detail));
  }
  for (const std::string& source : side.sources) {
    shown.push_back(inert(medium, source));
  }
  return fmt::format("{}{}{}", inert(medium, name.name), colon(lang), fmt::join(shown, lang == Lang::zh ? "；" : "; "));
}

std::vector<std::string> trend_header(Lang lang, const trend::TrendReport& report, const trend::RubricPeriods& rubric) {
  const ChangeLabels& l = change_labels(lang);
  std::vector<std::string> out = {lang == Lang::zh ? "单位" : "Unit"};
  for (const util::Period& p : rubric.periods) {
    out.push_back(p.canonical());
  }
  out.push_back(fmt::format("{}（{}）", l.rollup, rollup_label(lang, report.rollup)));
  if (lang == Lang::en) {
    out.back() = fmt::format("{} ({})", l.rollup, rollup_label(lang, report.rollup));
  }
  for (const char* label : {l.change, l.declines, l.ineligible_periods, l.rank, l.rank_change, l.trend_line}) {
    out.emplace_back(label);
  }
  return out;
}

std::vector<Align> trend_aligns(std::size_t periods) {
  std::vector<Align> out(periods + 8, Align::right);
  out.front() = Align::left;
  out.back() = Align::left;
  return out;
}

std::vector<std::string> trend_row(Medium medium, const trend::UnitTrend& u, const trend::RubricPeriods& rubric) {
  std::vector<std::string> out = {trend_unit_name(medium, u)};
  std::size_t next = 0;
  for (const util::Period& p : rubric.periods) {
    if (next < u.series.size() && u.series[next].period == p) {
      const results::ResultSummary& r = *u.series[next].result;
      std::string score = r.score.to_fixed(u.precision_digits);
      if (r.verdict == scoring::Verdict::ineligible) {
        score += medium == Medium::markdown ? "\\*" : "*";
      }
      out.push_back(std::move(score));
      ++next;
    } else {
      out.emplace_back("—");
    }
  }
  const trend::Point& last = u.series.back();
  out.push_back(u.rollup.to_fixed(u.precision_digits));
  out.push_back(signed_text(u.change, u.precision_digits));
  out.push_back(std::to_string(u.declines));
  out.push_back(std::to_string(u.ineligible_periods));
  out.push_back(std::to_string(last.rank));
  out.push_back(rank_change_text(last.rank_change));
  std::string line = sparkline(u, rubric.periods);
  if (medium != Medium::text) {
    // A figure space (U+2007) for a missing period: Markdown and HTML keep it
    // where they would trim or collapse a plain one.
    std::string kept;
    for (char c : line) {
      kept += c == ' ' ? std::string("\xE2\x80\x87") : std::string(1, c);
    }
    line = kept;
  }
  out.push_back(std::move(line));
  return out;
}

std::string trend_unit_name(Medium medium, const trend::UnitTrend& u) {
  std::string id = inert(medium, u.unit_id);
  return u.unit_name.empty() ? "(" + id + ")" : fmt::format("{} ({})", inert(medium, u.unit_name), id);
}

std::string trend_rubric_title(Medium medium, const trend::RubricPeriods& rubric) {
  std::string id = inert(medium, rubric.rubric_id);
  return rubric.title.empty() ? "(" + id + ")" : fmt::format("{} ({})", inert(medium, rubric.title), id);
}

std::vector<std::string> trend_error_lines(Medium medium, const trend::TrendReport& report) {
  std::vector<std::string> out;
  for (const trend::TrendError& e : report.errors) {
    out.push_back(fmt::format("{} [{}]", inert(medium, e.message.empty() ? e.code : e.message), inert(medium, e.code)));
  }
  return out;
}

std::vector<std::string> trend_notes(Medium medium, Lang lang, const trend::TrendReport& report) {
  const ChangeLabels& l = change_labels(lang);
  std::vector<std::string> out;
  out.push_back(inert(medium, l.ineligible_mark));
  if (report.periods_from_dates > 0) {
    out.push_back(fmt::format("{} {}", report.periods_from_dates, inert(medium, l.from_dates)));
  }
  for (const trend::UnitTrend& u : report.units) {
    for (const trend::TrendWarning& w : u.warnings) {
      out.push_back(fmt::format("{}{}{} {} ({})", l.warnings, colon(lang), inert(medium, u.unit_id),
                                l.version_changed, w.period.canonical()));
    }
  }
  return out;
}

std::string trend_intro(Lang lang, const trend::TrendReport& report) {
  const ChangeLabels& l = change_labels(lang);
  std::size_t units = report.units.size();
  if (lang == Lang::zh) {
    return fmt::format("{} 个单位，{} 个考评周期，{}：{}", units, report.periods.size(), l.rollup,
                       rollup_label(lang, report.rollup));
  }
  return fmt::format("{} unit(s), {} period(s), rollup: {}", units, report.periods.size(),
                     rollup_label(lang, report.rollup));
}

}  // namespace cepin::report
