// One-line descriptions of what a clause, adjustment or prerequisite expects,
// in English or Chinese, for the comments of a blank assessment and the
// guidance a CSV template gives the unit filling it in.
#pragma once

#include <string>

#include "rubric/model.hpp"

namespace cepin::tmpl {

// The language of a template's comments and guidance.
enum class Words { en, zh };

// Chinese for "zh", else English.
Words words_for(const std::string& lang);

// "1 point", "2.5 points" / "1 分".
std::string points_phrase(const util::Decimal& points, Words words);

// The rule with its parameters: "levels: 优秀 3, 良好 2", "linear: 0..100" /
// "分等级（levels）：优秀 3 分、良好 2 分".
std::string describe_rule(const rubric::Rule& rule, Words words);

// The response a clause takes: "true or false (met)", "one of 优秀, 良好" /
// "是 或 否", "优秀、良好 之一", ….
std::string describe_response(const rubric::Clause& clause, Words words);

// What an adjustment takes: "a whole number (count), 2 points per occurrence,
// at most 4", "true or false (occurred)" / "次数（整数），每次 2 分，最多 4 分".
std::string describe_adjustment(const rubric::Adjustment& adjustment, Words words);

// What a prerequisite takes: "true or false (met)" / "是 或 否".
std::string describe_prerequisite(Words words);

// "evidence: at least 2 items (pdf, docx)" / "佐证材料：至少 2 项（pdf、docx）",
// or "" when none is required.
std::string describe_evidence(const rubric::EvidenceRequirement& evidence, Words words);

// The kind of an adjustment: "bonus", "penalty", "veto" / "加分", "减分", "一票否决".
std::string adjustment_kind_words(rubric::AdjustmentKind kind, Words words);

// `text` on one line: line breaks and tabs become spaces (safe in a comment).
std::string one_line(const std::string& text);

}  // namespace cepin::tmpl
