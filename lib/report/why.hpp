// A clause's `why` in words: SPEC §6's language-neutral grammar for JSON,
// JSONL and CSV ("check: met → 3", "checklist: 7 of 8 → 8.75"), or Chinese
// for Chinese text, Markdown and HTML ("达标 → 3", "8项中符合7项 → 8.75").
// Numbers are canonical decimals in both.
#pragma once

#include <string>

#include "report/labels.hpp"
#include "scoring/why.hpp"

namespace cepin::report {

// The neutral `why` (Lang::en) or its Chinese wording (Lang::zh).
std::string why_text(const scoring::Why& why, Lang lang);

// Appends why_text(why, lang) to `out` (a buffer reused across clauses).
void append_why(std::string& out, const scoring::Why& why, Lang lang);

}  // namespace cepin::report
