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

std::uint32_t FrontCodedList::push_back(std::string_view text) {
  std::size_t prefix = 0;
  std::size_t suffix = 0;
  if (m_size % k_group == 0) {
    m_groups.push_back(m_bytes.size());
  } else {
    const std::size_t most = std::min(text.size(), m_last.size());
    while (prefix < most && text[prefix] == m_last[prefix]) {
      ++prefix;
    }
    while (suffix < most - prefix && text[text.size() - 1 - suffix] == m_last[m_last.size() - 1 - suffix]) {
      ++suffix;
    }
  }
  put_varint(m_bytes, prefix);
  put_varint(m_bytes, suffix);
  const std::string_view middle = text.substr(prefix, text.size() - prefix - suffix);
  put_varint(m_bytes, middle.size());
  m_bytes.insert(m_bytes.end(), middle.begin(), middle.end());
  m_last.assign(text.data(), text.size());
  return m_size++;
}

void FrontCodedList::decode(std::deque<char>::const_iterator& at, std::string& text) {
  const std::size_t prefix = get_varint(at);
  const std::size_t suffix = get_varint(at);
  const std::size_t middle = get_varint(at);
  const std::string end = text.substr(text.size() - suffix);  // short: no allocation
  text.resize(prefix);
  text.append(at, at + static_cast<std::ptrdiff_t>(middle));
  text += end;
  at += static_cast<std::ptrdiff_t>(middle);
}

std::string FrontCodedList::at(std::uint32_t index) const {
  auto at = m_bytes.cbegin() + static_cast<std::ptrdiff_t>(m_groups[index / k_group]);
  std::string text;
  for (std::uint32_t i = index - index % k_group; i <= index; ++i) {
    decode(at, text);
  }
  return text;
}

void FrontCodedList::each(const std::function<void(std::uint32_t, std::string_view)>& visit) const {
  auto at = m_bytes.cbegin();
  std::string text;
  for (std::uint32_t i = 0; i < m_size; ++i) {
    decode(at, text);
    visit(i, text);
  }
}

}  // namespace cepin::util
