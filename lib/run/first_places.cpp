#include "run/first_places.hpp"

#include <functional>

namespace cepin::run {

void FirstPlaces::grow() {
  m_slots.assign(m_slots.empty() ? 1024 : m_slots.size() * 2, 0);
  m_fragments.assign(m_slots.size(), 0);
  const std::size_t mask = m_slots.size() - 1;
  m_keys.each([&](std::uint32_t number, std::string_view key) {
    const std::size_t hash = std::hash<std::string_view>{}(key);
    std::size_t at = hash & mask;
    while (m_slots[at] != 0) {
      at = (at + 1) & mask;
    }
    m_slots[at] = number + 1;
    m_fragments[at] = static_cast<std::uint8_t>(hash >> 56);
  });
}

std::optional<FirstPlaces::Place> FirstPlaces::find_or_add(std::string_view key, std::string_view source, int line) {
  if ((m_keys.size() + 1) * 8 > m_slots.size() * 7) {
    grow();
  }
  const std::size_t mask = m_slots.size() - 1;
  const std::size_t hash = std::hash<std::string_view>{}(key);
  const auto fragment = static_cast<std::uint8_t>(hash >> 56);
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const std::uint32_t slot = m_slots[at];
    if (slot == 0) {
      m_slots[at] = m_keys.push_back(key) + 1;
      m_fragments[at] = fragment;
      std::string place(source);
      place += '\0';
      place += std::to_string(line);
      m_places.push_back(place);
      return std::nullopt;
    }
    if (m_fragments[at] == fragment && m_keys.at(slot - 1) == key) {
      const std::string place = m_places.at(slot - 1);
      const std::size_t nul = place.rfind('\0');
      return Place{place.substr(0, nul), std::stoi(place.substr(nul + 1))};
    }
  }
}

}  // namespace cepin::run
