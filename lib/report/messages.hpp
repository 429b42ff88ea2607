// Reasons and warnings in the report's language. The engine's messages are
// English and stay so in JSON, JSONL and CSV; text and Markdown reports in
// Chinese say the same in Chinese, built from the result's own data.
#pragma once

#include <string>

#include "report/labels.hpp"
#include "scoring/result.hpp"

namespace cepin::report {

// Why the unit is ineligible, in `lang` (English: the engine's message).
std::string reason_text(const scoring::Result& result, const scoring::Reason& reason, Lang lang);

// A warning in `lang` (English: the engine's message). Chinese keeps the
// English details (file names, dates) after a Chinese summary.
std::string warning_text(const scoring::Warning& warning, Lang lang);

}  // namespace cepin::report
