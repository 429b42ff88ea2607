// The terminal report (`score --format text`): header, category table,
// warnings, gap plan, and with --explain every clause with its `why`.
#pragma once

#include <string>
#include <vector>

#include "report/labels.hpp"
#include "scoring/result.hpp"

namespace cepin::report {

// Whether to emit ANSI colours (the CLI decides from isatty and NO_COLOR).
enum class Color { off, on };

// Whether to list every clause with its score, status and `why`.
enum class Explain { no, yes };

// How a text report looks.
struct TextOptions {
  Lang lang = Lang::zh;
  Color color = Color::off;
  Explain explain = Explain::no;
};

// One scored unit as text, ending with "\n". Every text taken from input files
// goes through util::escape_for_terminal, so no control character reaches the
// terminal raw.
std::string text_result(const scoring::Result& result, const TextOptions& options);

// An unscored input in its place: the unit (if known), the source and the
// first error with its line:column and code.
std::string text_error(const scoring::ErrorResult& error, const TextOptions& options);

// Either of the above.
std::string text_outcome(const scoring::Outcome& outcome, const TextOptions& options);


}  // namespace cepin::report
