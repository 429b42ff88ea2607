// The Markdown report (`score --format md`). Passes markdownlint's default
// rules with MD013 (line length) off; every heading is unique.
#pragma once

#include <string>
#include <vector>

#include "report/labels.hpp"
#include "scoring/result.hpp"
#include "util/date.hpp"

namespace cepin::report {

// The whole report for the outcomes of a run, ending with one "\n". One
// outcome: a document about that unit. Several: a title naming the rubrics
// and the dates (`as_of`, the run's --as-of, else the units' assessed_on), a
// summary (a ranking by score with reasons, within each rubric when there
// are several; counts by verdict and by reason; per-category averages per
// rubric; a bar chart of scores per rubric in ranking order with the
// threshold), then one section per outcome in input order, error results in
// their place. Input text is escaped (escape_markdown).
std::string markdown_report(const std::vector<const scoring::Outcome*>& outcomes, Lang lang,
                            std::optional<util::Date> as_of = std::nullopt);

// The same, for outcomes held by value (tests, small runs).
std::string markdown_report(const std::vector<scoring::Outcome>& outcomes, Lang lang,
                            std::optional<util::Date> as_of = std::nullopt);

}  // namespace cepin::report
