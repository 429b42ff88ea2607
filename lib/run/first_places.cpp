#include "run/first_places.hpp"

#include <functional>

namespace cepin::run {

std::uint64_t FirstPlaces::slot(std::size_t at) const {
  std::uint64_t value = 0;
  const std::uint8_t* bytes = &m_slots[at * m_width];
  for (unsigned i = 0; i < m_width; ++i) {
    value |= static_cast<std::uint64_t>(bytes[i]) << (8 * i);
  }
  return value;
}

void FirstPlaces::set_slot(std::size_t at, std::uint64_t value) {
  std::uint8_t* bytes = &m_slots[at * m_width];
  for (unsigned i = 0; i < m_width; ++i) {
    bytes[i] = static_cast<std::uint8_t>(value >> (8 * i));
  }
}

std::uint64_t FirstPlaces::packed(std::uint32_t number, std::size_t hash) const {
  const unsigned hash_bits = 8 * m_width - m_bits;
  const std::uint64_t top = static_cast<std::uint64_t>(hash) >> (64 - hash_bits);
  return (top << m_bits) | (static_cast<std::uint64_t>(number) + 1);
}

void FirstPlaces::grow() {
  m_bits = m_bits == 0 ? 10 : m_bits + 1;
  m_width = (m_bits + 6 + 7) / 8;
  // The slots are rebuilt from the keys: the old ones go first, so that the
  // two tables never take room at once.
  std::vector<std::uint8_t>().swap(m_slots);
  m_slots.assign(std::size_t{m_width} << m_bits, 0);
  const std::size_t mask = (std::size_t{1} << m_bits) - 1;
  m_keys.each([&](std::uint32_t number, std::string_view key) {
    const std::size_t hash = std::hash<std::string_view>{}(key);
    std::size_t at = hash & mask;
    while (slot(at) != 0) {
      at = (at + 1) & mask;
    }
    set_slot(at, packed(number, hash));
  });
}

std::optional<FirstPlaces::Place> FirstPlaces::find_or_add(std::string_view key, std::string_view source, int line) {
  if ((std::uint64_t{m_keys.size()} + 1) * 8 > (std::uint64_t{7} << m_bits)) {
    grow();
  }
  const std::size_t mask = (std::size_t{1} << m_bits) - 1;
  const std::uint64_t numbers = (std::uint64_t{1} << m_bits) - 1;
  const std::size_t hash = std::hash<std::string_view>{}(key);
  const std::uint64_t wanted_top = packed(0, hash) >> m_bits;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const std::uint64_t value = slot(at);
    if (value == 0) {
      set_slot(at, packed(m_keys.push_back(key), hash));
      std::string place(source);
      place += '\0';
      place += std::to_string(line);
      m_places.push_back(place);
      return std::nullopt;
    }
    const auto number = static_cast<std::uint32_t>((value & numbers) - 1);
    if ((value >> m_bits) == wanted_top && m_keys.at(number) == key) {
      const std::string place = m_places.at(number);
      const std::size_t nul = place.rfind('\0');
      return Place{place.substr(0, nul), std::stoi(place.substr(nul + 1))};
    }
  }
}

}  // namespace cepin::run
