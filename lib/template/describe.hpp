// One-line descriptions of what a clause, adjustment or prerequisite expects,
// for the comments of a blank assessment.
#pragma once

#include <string>

#include "rubric/model.hpp"

namespace cepin::tmpl {

// "1 point", "2.5 points".
std::string points_phrase(const util::Decimal& points);

// The rule with its parameters: "levels: 优秀 3, 良好 2", "linear: 0..100".
std::string describe_rule(const rubric::Rule& rule);

// The response a clause takes: "true or false (met)", "one of 优秀, 良好", ….
std::string describe_response(const rubric::Clause& clause);

// A node's floor and best-k rule: "must reach 20; only the best 2 of its 4
// items count", or "" for a plain node.
std::string describe_node_rules(const rubric::Node& node);

// What an adjustment takes: "a count, 2 points each, at most 4", "true or false (occurred)".
std::string describe_adjustment(const rubric::Adjustment& adjustment);

// "evidence: at least 2 items (pdf, docx)", or "" when none is required.
std::string describe_evidence(const rubric::EvidenceRequirement& evidence);

// `text` on one line: line breaks and tabs become spaces (safe in a comment).
std::string one_line(const std::string& text);

}  // namespace cepin::tmpl
