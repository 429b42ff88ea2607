// The HTML report of `score` (`--format html`, SPEC §11): one self-contained
// page a bureau can open offline, circulate and print on A4 — what the
// Markdown report says, plus charts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "report/labels.hpp"
#include "scoring/result.hpp"
#include "util/date.hpp"

namespace cepin::report {

// Which units get a section of their own (--html-units): every one up to
// k_html_units_limit units, then none (`automatic`); every one; those not
// eligible and the inputs that could not be scored; none.
enum class HtmlUnits { automatic, all, ineligible, none };

// How many units get a section by default.
inline constexpr std::size_t k_html_units_limit = 500;

// How an HTML report is written.
struct HtmlOptions {
  Lang lang = Lang::zh;
  std::optional<util::Date> as_of;  // the run's --as-of (the title's date)
  HtmlUnits units = HtmlUnits::automatic;
};

// Whether `outcome` gets a section under `units`, the default limit aside.
bool html_section_wanted(const scoring::Outcome& outcome, HtmlUnits units);

// Everything of one unit's section below its heading: verdict, score and
// reasons, the facts, a chart of the categories against full marks, the
// category and clause tables, warnings and the gap plan (an error result:
// its errors). Sub-headings at `level`. Depends on nothing else of the run,
// so it may be written on any thread.
std::string html_unit_body(const scoring::Outcome& outcome, Lang lang, int level);

// The whole page. One outcome: a page about that unit. Several: a title with
// the rubrics and dates, the summary (counts, reasons, per rubric a score
// distribution, category averages against full marks and a ranking with a
// score bar per unit, the inputs that could not be scored), then a section
// per unit that has a body in `bodies` ("" for none; one per outcome, made
// by html_unit_body at level 3) — unless `automatic` finds more outcomes than
// the limit, when the summary stands alone with a note. Each body is moved
// into the page and released as it goes, so that a page of 10,000 sections
// is held about twice, not three times.
std::string html_report(const std::vector<const scoring::Outcome*>& outcomes, std::vector<std::string> bodies,
                        const HtmlOptions& options);

// The same, writing the bodies itself (tests, small runs).
std::string html_report(const std::vector<scoring::Outcome>& outcomes, const HtmlOptions& options);

}  // namespace cepin::report
