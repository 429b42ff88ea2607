// Unit kinds (单位类型) by code or Chinese name (SPEC §14): `prefecture` or
// 州(地、市、盟), `county` or 县(市、区、旗), …, in `unit.kind` and in a
// rubric's `applies_to` alike. Other strings are kinds of their own,
// compared exactly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cepin::rubric {

// A kind as written, understood: its code (the text itself, trimmed, when it
// names no known kind) and whether the name is ambiguous enough for a note
// (`市` is taken as a prefecture-level city).
struct UnitKindName {
  std::string code;
  bool ambiguous = false;
};

// The code of a kind written by code or Chinese name, parentheses of either
// width (`州（地、市、盟）`); any other text is its own code.
UnitKindName read_unit_kind(std::string_view text);

// The Chinese name of a known code (`prefecture` → 州(地、市、盟)); any other
// text as it is.
std::string unit_kind_zh(std::string_view code);

// The note's sentence for an ambiguous name, in English.
std::string ambiguous_kind_message(std::string_view written, std::string_view code);

}  // namespace cepin::rubric
