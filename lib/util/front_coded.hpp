// A growing list of strings kept small: each string as the lengths of the
// prefix and of the suffix it shares with the one before it, and the middle
// that differs; every 64th whole, so that any one is decoded from at most 63
// before it. Paths, ids and keys of a batch ("in/a000123.yaml", then
// "in/a000124.yaml") differ in a few bytes, and mostly in the same place as
// the two before them: such a string takes one byte for its lengths (the
// middle's; prefix and suffix as before), so the list takes 2-3 bytes a string.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
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
  // Calls `visit(index, text)` for every string, in order.
  void each(const std::function<void(std::uint32_t, std::string_view)>& visit) const;
  // How many strings the list holds.
  std::uint32_t size() const { return m_size; }

 private:
  static constexpr std::uint32_t k_group = 64;
  // The prefix and suffix lengths a string shares with the one before it.
  struct Shape {
    std::size_t prefix = 0;
    std::size_t suffix = 0;
  };
  // Decodes the string at `at` over `text` (the one before it, of `shape`),
  // moving `at` past it and `shape` to its own.
  static void decode(std::deque<char>::const_iterator& at, std::string& text, Shape& shape);

  std::deque<char> m_bytes;            // chunked: growing never copies what is there
  std::vector<std::uint64_t> m_groups;  // where each group of k_group starts in m_bytes
  std::string m_last;
  Shape m_last_shape;
  std::uint32_t m_size = 0;
};

}  // namespace cepin::util
