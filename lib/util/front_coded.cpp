#include "util/front_coded.hpp"

#include <algorithm>

namespace cepin::util {

namespace {

void put_varint(std::deque<char>& out, std::size_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

std::size_t get_varint(std::deque<char>::const_iterator& at) {
  std::size_t value = 0;
  for (int shift = 0;; shift += 7) {
    const auto byte = static_cast<unsigned char>(*at++);
    value |= static_cast<std::size_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      return value;
    }
  }
}

}  // namespace

// An entry is one byte 1 + n when it shares as much prefix and suffix as the
// entry before it did and its middle is n < 255 bytes, else a 0 byte and the
// varint lengths of prefix, suffix and middle; then the middle's bytes. A
// group's first entry is always the long form (prefix and suffix 0).
std::uint32_t FrontCodedList::push_back(std::string_view text) {
  Shape shape;
  if (m_size % k_group == 0) {
    m_groups.push_back(m_bytes.size());
  } else {
    const std::size_t most = std::min(text.size(), m_last.size());
    while (shape.prefix < most && text[shape.prefix] == m_last[shape.prefix]) {
      ++shape.prefix;
    }
    while (shape.suffix < most - shape.prefix &&
           text[text.size() - 1 - shape.suffix] == m_last[m_last.size() - 1 - shape.suffix]) {
      ++shape.suffix;
    }
  }
  const std::string_view middle = text.substr(shape.prefix, text.size() - shape.prefix - shape.suffix);
  const bool same_shape = m_size % k_group != 0 && shape.prefix == m_last_shape.prefix &&
                          shape.suffix == m_last_shape.suffix && middle.size() < 255;
  if (same_shape) {
    m_bytes.push_back(static_cast<char>(middle.size() + 1));
  } else {
    m_bytes.push_back(0);
    put_varint(m_bytes, shape.prefix);
    put_varint(m_bytes, shape.suffix);
    put_varint(m_bytes, middle.size());
  }
  m_bytes.insert(m_bytes.end(), middle.begin(), middle.end());
  m_last.assign(text.data(), text.size());
  m_last_shape = shape;
  return m_size++;
}

void FrontCodedList::decode(std::deque<char>::const_iterator& at, std::string& text, Shape& shape) {
  const auto lead = static_cast<unsigned char>(*at++);
  std::size_t middle = 0;
  if (lead != 0) {
    middle = lead - 1u;
  } else {
    shape.prefix = get_varint(at);
    shape.suffix = get_varint(at);
    middle = get_varint(at);
  }
  const std::string end = text.substr(text.size() - shape.suffix);  // short: no allocation
  text.resize(shape.prefix);
  text.append(at, at + static_cast<std::ptrdiff_t>(middle));
  text += end;
  at += static_cast<std::ptrdiff_t>(middle);
}

std::string FrontCodedList::at(std::uint32_t index) const {
  auto at = m_bytes.cbegin() + static_cast<std::ptrdiff_t>(m_groups[index / k_group]);
  std::string text;
  Shape shape;
  for (std::uint32_t i = index - index % k_group; i <= index; ++i) {
    decode(at, text, shape);
  }
  return text;
}

void FrontCodedList::each(const std::function<void(std::uint32_t, std::string_view)>& visit) const {
  auto at = m_bytes.cbegin();
  std::string text;
  Shape shape;
  for (std::uint32_t i = 0; i < m_size; ++i) {
    decode(at, text, shape);
    visit(i, text);
  }
}

}  // namespace cepin::util
