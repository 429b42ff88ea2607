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

// The first source and line of each key seen, in about 15 bytes a key: an
// open-addressing table of key numbers (and 8 bits of each hash), the keys and their places in
// front-coded lists. Keys are compared whole, so two different keys never
// pass for one.
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

  std::vector<std::uint32_t> m_slots;  // 1 + a key's number, 0: empty; a power of two, at most 7/8 full
  std::vector<std::uint8_t> m_fragments;  // each slot's top 8 bits of its key's hash: most probes decode nothing
  util::FrontCodedList m_keys;
  util::FrontCodedList m_places;  // source NUL line, by key number
};

}  // namespace cepin::run
