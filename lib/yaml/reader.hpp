// Typed, diagnosed access to the YAML tree for the rubric and assessment
// loaders: every wrong type, bad decimal, missing or unknown key becomes a
// located diagnostic, and reading goes on so all problems are found at once.
#pragma once

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/source.hpp"
#include "util/decimal.hpp"
#include "yaml/document.hpp"

namespace cepin::yaml {

// Whether a key must be present.
enum class Presence { optional, required };

// Reads one map's entries. Codes: missing-key, unknown-key (with "did you
// mean"), wrong-type, bad-decimal.
class MapReader {
 public:
  // `map` must be a map node. `missing_at` is where a missing key is reported:
  // the key holding this map, the first key of a list entry, or 1:1 at the root.
  // `what` names the map in messages ("clause 1.1.1", "the rubric").
  MapReader(const Node& map, diag::DiagnosticList& diagnostics, diag::Position missing_at, std::string what);
  // The same, with `what` the two parts joined ("the response to clause " and
  // the clause's id), joined only when a message needs it: both must outlive
  // the reader.
  MapReader(const Node& map, diag::DiagnosticList& diagnostics, diag::Position missing_at,
            std::string_view what_head, std::string_view what_tail);

  // The entry for `key`, marking it known; reports missing-key if required.
  // Keys are held as views until finish(): pass literals or text that
  // outlives the reader.
  const MapEntry* entry(std::string_view key, Presence presence = Presence::optional);
  // The value for `key` (null when absent), marking it known.
  const Node* value(std::string_view key, Presence presence = Presence::optional);
  // A scalar's text; reports wrong-type for a list or map, and for null when
  // required ("empty" values count as missing).
  std::optional<std::string> text(std::string_view key, Presence presence = Presence::optional);
  // A decimal (SPEC §1); reports bad-decimal with the parser's hint.
  std::optional<util::Decimal> decimal(std::string_view key, Presence presence = Presence::optional,
                                       util::AllowPercent percent = util::AllowPercent::no);
  // A YAML boolean: true/false only.
  std::optional<bool> boolean(std::string_view key, Presence presence = Presence::optional);
  // A non-negative whole number (≤ 10^9).
  std::optional<int64_t> count(std::string_view key, Presence presence = Presence::optional);

  // Reports every key that was never asked for as unknown-key, with "did you
  // mean" among `known` (or among the keys asked for when `known` is empty).
  void finish(std::initializer_list<std::string_view> known = {});

  const Node& map() const { return *m_map; }
  diag::DiagnosticList& diagnostics() { return *m_diagnostics; }
  const std::string& what() const;

 private:
  void withdraw_missing(const std::string& key);

  const Node* m_map;
  diag::DiagnosticList* m_diagnostics;
  diag::Position m_missing_at;
  std::string_view m_what_head;  // `what` in two parts, until what() joins them
  std::string_view m_what_tail;
  mutable std::string m_what;
  mutable bool m_what_joined = true;
  // The keys asked for (views of literals): the first few in place, as a
  // map read here has a handful, the rest after them.
  static constexpr std::size_t k_keys_in_place = 8;
  std::array<std::string_view, k_keys_in_place> m_asked_first;
  std::size_t m_asked_count = 0;
  std::vector<std::string_view> m_asked_more;
  void mark_asked(std::string_view key);
  bool was_asked(std::string_view key) const;
  // The end of the keys held in place (the first min(count, 8)).
  const std::string_view* asked_in_place_end() const {
    return m_asked_first.data() + std::min(m_asked_count, k_keys_in_place);
  }
  std::vector<std::string> m_missing;  // required keys reported missing, for finish()
};

// Where a value's problem is reported: the value, or its key when empty.
diag::Position value_position(const MapEntry& entry);

// Reports a wrong-type error: "`key` must be EXPECTED, not DESCRIBE(node)".
void report_wrong_type(diag::DiagnosticList& diagnostics, const MapEntry& entry, std::string_view expected);

// Parses a scalar node as a decimal, reporting bad-decimal at `at`.
std::optional<util::Decimal> read_decimal(const Node& node, diag::Position at, diag::DiagnosticList& diagnostics,
                                          util::AllowPercent percent = util::AllowPercent::no);

}  // namespace cepin::yaml
