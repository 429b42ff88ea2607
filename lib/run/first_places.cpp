#include "run/first_places.hpp"

#include <functional>

namespace cepin::run {

namespace {

// A record: source NUL line NUL key (a path holds no NUL; the key is the rest).
std::string record_of(std::string_view key, std::string_view source, int line) {
  std::string record(source);
  record += '\0';
  record += std::to_string(line);
  record += '\0';
  record.append(key.data(), key.size());
  return record;
}

}  // namespace

void FirstPlaces::grow() {
  std::vector<Slot> old;
  old.swap(m_slots);
  m_slots.resize(old.empty() ? 1024 : old.size() * 2);
  const std::size_t mask = m_slots.size() - 1;
  for (const Slot& slot : old) {
    if (slot.record == 0) {
      continue;
    }
    // The low bits of the hash are not kept: a record's key is hashed again.
    const std::string record = m_records.at(slot.record - 1);
    const std::string_view key = std::string_view(record).substr(record.find('\0', record.find('\0') + 1) + 1);
    std::size_t at = std::hash<std::string_view>{}(key) & mask;
    while (m_slots[at].record != 0) {
      at = (at + 1) & mask;
    }
    m_slots[at] = slot;
  }
}

std::optional<FirstPlaces::Place> FirstPlaces::find_or_add(std::string_view key, std::string_view source, int line) {
  if ((m_records.size() + 1) * 8 > m_slots.size() * 7) {
    grow();
  }
  const std::uint64_t hash = std::hash<std::string_view>{}(key);
  const auto fragment = static_cast<std::uint32_t>(hash >> 32);
  const std::size_t mask = m_slots.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    Slot& slot = m_slots[at];
    if (slot.record == 0) {
      slot.fragment = fragment;
      slot.record = m_records.push_back(record_of(key, source, line)) + 1;
      return std::nullopt;
    }
    if (slot.fragment != fragment) {
      continue;
    }
    const std::string record = m_records.at(slot.record - 1);
    const std::size_t first_nul = record.find('\0');
    const std::size_t second_nul = record.find('\0', first_nul + 1);
    if (std::string_view(record).substr(second_nul + 1) == key) {
      return Place{record.substr(0, first_nul), std::stoi(record.substr(first_nul + 1, second_nul - first_nul - 1))};
    }
  }
}

}  // namespace cepin::run
