#include "assessment/id_hint.hpp"

#include <fmt/format.h>

#include "util/suggest.hpp"

namespace cepin::assessment {

std::optional<std::string> trailing_zero_match(std::string_view id,
                                               const std::vector<std::string>& known) {
  if (id.find('.') == std::string_view::npos) {
    return std::nullopt;
  }
  for (const std::string& candidate : known) {
    if (candidate.size() > id.size() && candidate.compare(0, id.size(), id) == 0 &&
        candidate.find_first_not_of('0', id.size()) == std::string::npos) {
      return candidate;
    }
  }
  return std::nullopt;
}

namespace {

std::string hint_among(std::string_view id, const std::vector<std::string>& known) {
  if (auto match = trailing_zero_match(id, known)) {
    return fmt::format(
        "did you mean `{}`? a trailing zero looks dropped (a spreadsheet or an unquoted number "
        "does that); write the id as text: \"{}\"",
        *match, *match);
  }
  std::string hint = util::did_you_mean(id, known);
  if (!hint.empty()) {
    return hint;
  }
  // A category or item id where one of its clauses was meant: `1.1` → `1.1.1`.
  for (const std::string& candidate : known) {
    if (candidate.size() > id.size() + 1 && candidate.compare(0, id.size(), id) == 0 &&
        candidate[id.size()] == '.') {
      return fmt::format("did you mean `{}`?", candidate);
    }
  }
  return "";
}

}  // namespace

std::string unknown_id_hint(std::string_view id, const std::vector<std::string>& known,
                            const std::set<std::string>& answered) {
  if (!answered.empty()) {
    std::vector<std::string> open;
    for (const std::string& candidate : known) {
      if (answered.count(candidate) == 0) {
        open.push_back(candidate);
      }
    }
    std::string hint = hint_among(id, open);
    if (!hint.empty()) {
      return hint;
    }
  }
  return hint_among(id, known);
}

}  // namespace cepin::assessment
