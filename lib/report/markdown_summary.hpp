// The summary that opens a batch Markdown report: ranking, counts by verdict
// and reason, category averages, a chart of scores.
#pragma once

#include "report/labels.hpp"
#include "report/markdown_blocks.hpp"
#include "report/summary.hpp"

namespace cepin::report {

// Appends the summary's headings and blocks to `doc`.
void markdown_summary(MarkdownBlocks& doc, const BatchSummary& summary, Lang lang);

}  // namespace cepin::report
