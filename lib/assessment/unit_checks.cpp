#include "assessment/unit_checks.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace cepin::assessment {

namespace {

// Whether `text` is all of `[0-9](\.[0-9]+)?[Ee]\+?[0-9]+`: an id a spreadsheet
// turned into scientific notation (1.2E+11).
bool looks_scientific(std::string_view text) {
  std::size_t at = 0;
  auto digit = [&] { return at < text.size() && text[at] >= '0' && text[at] <= '9'; };
  auto digits = [&] {
    const std::size_t from = at;
    while (digit()) {
      ++at;
    }
    return at > from;
  };
  if (!digit()) {
    return false;
  }
  ++at;
  if (at < text.size() && text[at] == '.') {
    ++at;
    if (!digits()) {
      return false;
    }
  }
  if (at == text.size() || (text[at] != 'E' && text[at] != 'e')) {
    return false;
  }
  ++at;
  if (at < text.size() && text[at] == '+') {
    ++at;
  }
  return digits() && at == text.size();
}

}  // namespace

RubricRef split_rubric_ref(std::string_view text, diag::Position at) {
  RubricRef ref;
  ref.position = at;
  std::size_t at_sign = text.find('@');
  ref.id = std::string(util::trim_spaces(text.substr(0, at_sign)));
  if (at_sign != std::string_view::npos) {
    ref.version = std::string(util::trim_spaces(text.substr(at_sign + 1)));
  }
  return ref;
}

bool names_rubric(const RubricRef& ref) { return !ref.id.empty() && !(ref.version && ref.version->empty()); }

std::optional<Warning> check_version(const RubricRef& ref, const rubric::Rubric& rubric) {
  if (!ref.version || ref.version == rubric.version) {
    return std::nullopt;
  }
  Warning warning;
  warning.kind = WarningKind::rubric_version;
  warning.text = *ref.version;
  warning.version = rubric.version;
  warning.position = ref.position;
  return warning;
}

std::optional<Warning> check_unit_kind(const std::string& kind, diag::Position at, const rubric::Rubric& rubric) {
  const auto& kinds = rubric.applies_to;
  if (kind.empty() || kinds.empty() || std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
    return std::nullopt;
  }
  Warning warning;
  warning.kind = WarningKind::unit_kind;
  warning.text = kind;
  warning.kinds = kinds;
  warning.position = at;
  return warning;
}

std::optional<Warning> check_unit_id(const std::string& id, diag::Position at) {
  if (!looks_scientific(id)) {
    return std::nullopt;
  }
  Warning warning;
  warning.kind = WarningKind::unit_id_scientific;
  warning.text = id;
  warning.position = at;
  return warning;
}

}  // namespace cepin::assessment
