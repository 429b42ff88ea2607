// The summary that opens a batch HTML report (report/html.hpp): what the
// Markdown summary says, from the same BatchSummary, plus its charts.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

#include "report/labels.hpp"
#include "report/summary.hpp"

namespace cepin::report {

// The number of each outcome's section (`#u<n>`), for those that have one;
// keyed by the Result or ErrorResult.
using SectionNumbers = std::unordered_map<const void*, std::size_t>;

// The summary's <section>: counts by verdict, counts by reason, then per
// rubric its facts, a score distribution, the category averages against full
// marks, the ranking (with a score bar, the reasons, and a link to the
// unit's section) and the averages' table; then the inputs that could not be
// scored.
std::string html_summary(const BatchSummary& summary, const SectionNumbers& sections, Lang lang);

}  // namespace cepin::report
