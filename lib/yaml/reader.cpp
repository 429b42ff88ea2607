#include "yaml/reader.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/suggest.hpp"

namespace cepin::yaml {

diag::Position value_position(const MapEntry& entry) {
  return entry.value->is_null() ? entry.key->position : entry.value->position;
}

void report_wrong_type(diag::DiagnosticList& diagnostics, const MapEntry& entry, std::string_view expected) {
  diagnostics.error(value_position(entry), "wrong-type",
                    fmt::format("`{}` must be {}, not {}", entry.key->value, expected, describe(*entry.value)));
}

std::optional<util::Decimal> read_decimal(const Node& node, diag::Position at, diag::DiagnosticList& diagnostics,
                                          util::AllowPercent percent) {
  util::DecimalParse parsed = util::parse_decimal(node.value, percent);
  if (!parsed.value) {
    diagnostics.error(at, "bad-decimal", parsed.message, parsed.hint);
  }
  return parsed.value;
}

MapReader::MapReader(const Node& map, diag::DiagnosticList& diagnostics, diag::Position missing_at, std::string what)
    : m_map(&map), m_diagnostics(&diagnostics), m_missing_at(missing_at), m_what(std::move(what)) {}

MapReader::MapReader(const Node& map, diag::DiagnosticList& diagnostics, diag::Position missing_at,
                     std::string_view what_head, std::string_view what_tail)
    : MapReader(map, diagnostics, missing_at, std::string()) {
  m_what_head = what_head;
  m_what_tail = what_tail;
  m_what_joined = false;
}

const std::string& MapReader::what() const {
  if (!m_what_joined) {
    m_what.assign(m_what_head).append(m_what_tail);
    m_what_joined = true;
  }
  return m_what;
}

void MapReader::mark_asked(std::string_view key) {
  if (m_asked_count < k_keys_in_place) {
    m_asked_first[m_asked_count] = key;
  } else {
    m_asked_more.push_back(key);
  }
  ++m_asked_count;
}

bool MapReader::was_asked(std::string_view key) const {
  const std::string_view* end = asked_in_place_end();
  return std::find(m_asked_first.data(), end, key) != end ||
         std::find(m_asked_more.begin(), m_asked_more.end(), key) != m_asked_more.end();
}

const MapEntry* MapReader::entry(std::string_view key, Presence presence) {
  mark_asked(key);
  const MapEntry* found = m_map->find(key);
  if (presence == Presence::required && (found == nullptr || found->value->is_null())) {
    if (found == nullptr && m_map->had_merge_key) {
      return nullptr;  // the `<<` error already explains it; no cascade
    }
    if (found == nullptr) {
      m_missing.emplace_back(key);
      m_diagnostics->error(m_missing_at, "missing-key", fmt::format("{} has no `{}`", what(), key),
                           fmt::format("add `{}:`", key));
    } else {
      m_diagnostics->error(found->key->position, "missing-key", fmt::format("`{}` of {} is empty", key, what()),
                           fmt::format("give `{}` a value", key));
    }
    return nullptr;
  }
  return found;
}

const Node* MapReader::value(std::string_view key, Presence presence) {
  const MapEntry* found = entry(key, presence);
  return found == nullptr ? nullptr : found->value;
}

std::optional<std::string> MapReader::text(std::string_view key, Presence presence) {
  const MapEntry* found = entry(key, presence);
  if (found == nullptr || found->value->is_null()) {
    return std::nullopt;
  }
  if (!found->value->is_scalar()) {
    report_wrong_type(*m_diagnostics, *found, "a text");
    return std::nullopt;
  }
  return found->value->value;
}

std::optional<util::Decimal> MapReader::decimal(std::string_view key, Presence presence, util::AllowPercent percent) {
  const MapEntry* found = entry(key, presence);
  if (found == nullptr || found->value->is_null()) {
    return std::nullopt;
  }
  if (!found->value->is_scalar()) {
    report_wrong_type(*m_diagnostics, *found, "a number");
    return std::nullopt;
  }
  return read_decimal(*found->value, found->value->position, *m_diagnostics, percent);
}

std::optional<bool> MapReader::boolean(std::string_view key, Presence presence) {
  const MapEntry* found = entry(key, presence);
  if (found == nullptr || found->value->is_null()) {
    return std::nullopt;
  }
  const Node& node = *found->value;
  if (node.is_scalar() && node.plain && (node.value == "true" || node.value == "false")) {
    return node.value == "true";
  }
  report_wrong_type(*m_diagnostics, *found, "`true` or `false`");
  return std::nullopt;
}

std::optional<int64_t> MapReader::count(std::string_view key, Presence presence) {
  const MapEntry* found = entry(key, presence);
  if (found == nullptr || found->value->is_null()) {
    return std::nullopt;
  }
  if (!found->value->is_scalar()) {
    report_wrong_type(*m_diagnostics, *found, "a whole number");
    return std::nullopt;
  }
  const std::string& text = found->value->value;
  bool digits = !text.empty() && text.size() <= 10 &&
                std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  int64_t value = digits ? std::stoll(text) : -1;
  if (!digits || value > 1'000'000'000) {
    m_diagnostics->error(found->value->position, "wrong-type",
                         fmt::format("`{}` must be a whole number from 0 to 1000000000, not `{}`", key, text));
    return std::nullopt;
  }
  return value;
}

void MapReader::withdraw_missing(const std::string& key) {
  // A misspelt key explains the missing one: keep only the "did you mean".
  std::string message = fmt::format("{} has no `{}`", what(), key);
  auto& items = m_diagnostics->items();
  items.erase(std::remove_if(items.begin(), items.end(),
                             [&](const diag::Diagnostic& d) { return d.code == "missing-key" && d.message == message; }),
              items.end());
  m_missing.erase(std::remove(m_missing.begin(), m_missing.end(), key), m_missing.end());
}

void MapReader::finish(std::initializer_list<std::string_view> known) {
  std::vector<std::string> candidates;  // made at the first unknown key
  for (const MapEntry& e : m_map->entries) {
    if (!e.key->is_scalar() && !e.key->is_null()) {
      m_diagnostics->error(e.key->position, "wrong-type", "a key must be a text, not " + std::string(describe(*e.key)));
      continue;
    }
    if (was_asked(e.key->value)) {
      continue;
    }
    if (candidates.empty()) {
      candidates.assign(known.begin(), known.end());
      if (candidates.empty()) {
        const std::string_view* first = m_asked_first.data();
        candidates.assign(first, asked_in_place_end());
        candidates.insert(candidates.end(), m_asked_more.begin(), m_asked_more.end());
      }
    }
    auto match = util::closest_match(e.key->value, candidates);
    std::string hint = match ? "did you mean `" + *match + "`?" : "";
    if (match && std::find(m_missing.begin(), m_missing.end(), *match) != m_missing.end()) {
      withdraw_missing(*match);
    }
    if (hint.empty() && m_map->flow && e.value->is_null()) {
      hint = "inside `{…}` a comma ends the entry: quote a text that contains `,` (or write `，`)";
    }
    m_diagnostics->error(e.key->position, "unknown-key", fmt::format("unknown key `{}` in {}", e.key->value, what()),
                         hint);
  }
}

}  // namespace cepin::yaml
