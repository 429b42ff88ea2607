#include "rubric/ids.hpp"

#include <fmt/format.h>

namespace cepin::rubric::detail {

namespace {

bool is_id(std::string_view id, bool upper_allowed) {
  auto alnum = [upper_allowed](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (upper_allowed && c >= 'A' && c <= 'Z');
  };
  if (id.empty() || !alnum(id.front())) {
    return false;
  }
  for (char c : id) {
    if (!alnum(c) && c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

}  // namespace

bool is_entry_id(std::string_view id) { return is_id(id, true); }

bool is_rubric_id(std::string_view id) { return is_id(id, false); }

std::optional<std::string> read_entry_id(yaml::MapReader& reader, Context& context) {
  const yaml::MapEntry* entry = reader.entry("id", yaml::Presence::required);
  if (entry == nullptr) {
    return std::nullopt;
  }
  if (!entry->value->is_scalar()) {
    yaml::report_wrong_type(context.diagnostics, *entry, "a text");
    return std::nullopt;
  }
  const std::string& id = entry->value->value;
  if (!is_entry_id(id)) {
    context.diagnostics.error(entry->value->position, "bad-id", fmt::format("`{}` is not a valid id", id),
                              "ids use letters, digits, `.`, `_` and `-`, starting with a letter or digit");
    return std::nullopt;
  }
  auto [it, inserted] = context.ids.emplace(id, entry->key->position);
  if (!inserted) {
    // In a merged rubric the first use may be in another file: name it then.
    const diag::Position& first = it->second;
    std::string where = fmt::format("{}:{}", first.line, first.column);
    if (first.source != entry->key->position.source) {
      where = (first.source != nullptr ? *first.source : context.diagnostics.source()).path() + ":" + where;
    }
    context.diagnostics.error(entry->key->position, "duplicate-id",
                              fmt::format("the id `{}` is already used at {}", id, where),
                              "ids are unique across categories, items, clauses, adjustments and prerequisites");
  }
  return id;
}

}  // namespace cepin::rubric::detail
