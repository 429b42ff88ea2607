// The duplicate check's memory (SPEC §14 "Duplicates in a batch"): the
// first place of every result key a run has seen, kept small enough that a
// run of a million results holds it easily.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/front_coded.hpp"

namespace cepin::run {

// The first source and line of each key seen, in about 10 bytes a key: an
// open-addressing table of key numbers, each packed with a few bits of its
// key's hash into as few bytes as the table's size allows (3 up to 2^18
// slots), and the keys and their places in front-coded lists. Keys are
// compared whole, so two different keys never pass for one.
class FirstPlaces {
 public:
  // Where a key was first seen.
  struct Place {
    std::string source;
    int line = 0;
  };
  // The first place of `key` when it was seen before; else records
  // (`source`, `line`) as its first place and returns nullopt.
  std::optional<Place> find_or_add(std::string_view key, std::string_view source, int line);
  // How many keys it holds.
  std::size_t size() const { return m_keys.size(); }

 private:
  void grow();
  // The slot at `at`: 0 when empty, else (hash bits << m_bits) | (1 + key number).
  std::uint64_t slot(std::size_t at) const;
  void set_slot(std::size_t at, std::uint64_t value);
  // What a slot holds for key `number` of hash `hash`: its top bits tell
  // most keys apart without decoding them.
  std::uint64_t packed(std::uint32_t number, std::size_t hash) const;

  // The slots, m_width bytes each, 2^m_bits of them, at most 7/8 full.
  // Key numbers stay below 2^m_bits; the hash bits fill the rest (at least 6).
  std::vector<std::uint8_t> m_slots;
  unsigned m_bits = 0;
  unsigned m_width = 0;
  util::FrontCodedList m_keys;
  util::FrontCodedList m_places;  // source NUL line, by key number
};

}  // namespace cepin::run
