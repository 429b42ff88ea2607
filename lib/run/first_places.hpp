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

// The first source and line of each key seen, in about 20 bytes a key: an
// open-addressing table of 32-bit hash fragments and record numbers, the
// records (source, line, key) front-coded. Keys are compared whole, so two
// different keys never pass for one.
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
  std::size_t size() const { return m_records.size(); }

 private:
  struct Slot {
    std::uint32_t fragment = 0;  // the hash's high 32 bits
    std::uint32_t record = 0;    // 1 + the record's index; 0: empty
  };
  void grow();

  std::vector<Slot> m_slots;  // a power of two, at most 7/8 full
  util::FrontCodedList m_records;
};

}  // namespace cepin::run
