// Reasons and warnings in words. Results hold them as data (a kind, an id and
// the numbers); these functions make the sentence in one language: English
// for JSON, JSONL, CSV and stderr, Chinese for Chinese text, Markdown and HTML.
#pragma once

#include <string>
#include <string_view>

#include "diag/source.hpp"
#include "report/labels.hpp"
#include "scoring/result.hpp"

namespace cepin::report {

// Why the unit is ineligible, as one sentence. `rubric` (may be null) gives
// the precision and the texts Chinese sentences quote.
std::string reason_text(const scoring::Reason& reason, const rubric::Rubric* rubric, Lang lang);

// A warning as one sentence. `rubric` (may be null) names the rubric in
// rubric-version and unit-kind warnings.
std::string warning_text(const scoring::Warning& warning, const rubric::Rubric* rubric, Lang lang);

// A reason code's short name ("一票否决：5.3.1", "低于申报线" / the code itself
// in English), for lists of codes (the gap plan's blocking, counts by reason).
std::string reason_name(const std::string& code, Lang lang);

// A reason in a few words, for a ranking's cell and counts by reason: the
// Chinese name with the rubric's text of a veto event or prerequisite
// ("前置条件：已获省级命名", "一票否决：5.3.1", "低于申报线"); the code in English.
std::string reason_label(const scoring::Reason& reason, const rubric::Rubric* rubric, Lang lang);

// A warning code's short name ("佐证材料不足" / "missing evidence"), for
// warnings known only by their code; the code itself when cepin does not know it.
std::string warning_name(std::string_view code, Lang lang);

// How to act on a warning, in English (stderr diagnostics); may be empty.
std::string warning_hint(const scoring::Warning& warning);

// A loader's warning as a stderr diagnostic: located at the warning's
// position in `source` (its line quoted for the caret), in English.
diag::Diagnostic warning_diagnostic(const scoring::Warning& warning, const rubric::Rubric* rubric,
                                    const diag::SourceText& source);

// How a reason or warning is listed in text and Markdown reports: the sentence
// alone in Chinese, "code: sentence" in English.
std::string note_line(const std::string& code, const std::string& text, Lang lang);

}  // namespace cepin::report
