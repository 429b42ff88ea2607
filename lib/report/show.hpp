// The rubric as a readable document (`cepin show`): text or Markdown.
#pragma once

#include <string>

#include "report/labels.hpp"
#include "rubric/model.hpp"

namespace cepin::report {

// An aligned tree (indented ids, points, titles and criteria) under a
// title/total/threshold header, then adjustments, prerequisites and grades,
// aligned by display width (CJK two columns). Input text is terminal-escaped.
std::string show_text(const rubric::Rubric& rubric, Lang lang);

// A Markdown document: a heading per category (and item), a table per
// clause list (ID, criterion, points, methods, evidence, rule in words), then
// adjustments, prerequisites and grades. Input text is escaped; passes
// markdownlint like the score report.
std::string show_markdown(const rubric::Rubric& rubric, Lang lang);

// A clause's rule in words: "达标得满分" / "met: full marks", tiers listed.
// Not escaped: labels inside come from the rubric.
std::string rule_in_words(const rubric::Clause& clause, Lang lang);

}  // namespace cepin::report
