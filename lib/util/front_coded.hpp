// A growing list of strings kept front-coded: each string as the length of
// the prefix it shares with the one before it and the rest, every 16th whole
// so that any one is decoded from at most 15 before it. Paths and keys of a
// batch share long prefixes, so the list takes a few bytes per string.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace cepin::util {

class FrontCodedList {
 public:
  // Appends `text`; returns its index.
  std::uint32_t push_back(std::string_view text);
  // The string at `index` (< size()).
  std::string at(std::uint32_t index) const;
  // How many strings the list holds.
  std::uint32_t size() const { return m_size; }

 private:
  static constexpr std::uint32_t k_group = 16;
  std::deque<char> m_bytes;            // chunked: growing never copies what is there
  std::vector<std::uint64_t> m_groups;  // where each group of 16 starts in m_bytes
  std::string m_last;
  std::uint32_t m_size = 0;
};

}  // namespace cepin::util
