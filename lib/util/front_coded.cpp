#include "util/front_coded.hpp"

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
  std::size_t shared = 0;
  if (m_size % k_group == 0) {
    m_groups.push_back(m_bytes.size());
  } else {
    while (shared < text.size() && shared < m_last.size() && text[shared] == m_last[shared]) {
      ++shared;
    }
  }
  put_varint(m_bytes, shared);
  put_varint(m_bytes, text.size() - shared);
  m_bytes.insert(m_bytes.end(), text.begin() + static_cast<std::ptrdiff_t>(shared), text.end());
  m_last.assign(text.data(), text.size());
  return m_size++;
}

std::string FrontCodedList::at(std::uint32_t index) const {
  auto at = m_bytes.cbegin() + static_cast<std::ptrdiff_t>(m_groups[index / k_group]);
  std::string text;
  for (std::uint32_t i = index - index % k_group; i <= index; ++i) {
    const std::size_t shared = get_varint(at);
    const std::size_t rest = get_varint(at);
    text.resize(shared);
    text.append(at, at + static_cast<std::ptrdiff_t>(rest));
    at += static_cast<std::ptrdiff_t>(rest);
  }
  return text;
}

}  // namespace cepin::util
