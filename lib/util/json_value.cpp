// JSON values read back from a parsed tree: kinds, members, items and
// scalars (the parser is in json_reader.cpp).
#include "util/json_reader.hpp"

namespace cepin::util {

const char* json_kind_name(JsonKind kind) {
  switch (kind) {
    case JsonKind::null:
      return "null";
    case JsonKind::boolean:
      return "a boolean";
    case JsonKind::number:
      return "a number";
    case JsonKind::string:
      return "a string";
    case JsonKind::array:
      return "an array";
    case JsonKind::object:
      return "an object";
  }
  return "a value";
}

std::size_t JsonValue::offset() const { return m_tree->m_nodes[m_index].offset; }

bool JsonValue::boolean() const { return m_tree->m_nodes[m_index].flag; }

std::string_view JsonValue::number_text() const {
  const auto& node = m_tree->m_nodes[m_index];
  return m_tree->m_text.substr(node.offset, node.length);
}

std::string JsonValue::string() const {
  const auto& node = m_tree->m_nodes[m_index];
  std::string_view raw = m_tree->m_text.substr(node.offset + 1, node.length);
  return node.flag ? json_unescape(raw) : std::string(raw);
}

bool JsonValue::string_is(std::string_view text) const {
  if (!is(JsonKind::string)) {
    return false;
  }
  const auto& node = m_tree->m_nodes[m_index];
  std::string_view raw = m_tree->m_text.substr(node.offset + 1, node.length);
  return node.flag ? json_unescape(raw) == text : raw == text;
}

std::size_t JsonValue::size() const {
  if (m_tree == nullptr) {
    return 0;
  }
  const auto& node = m_tree->m_nodes[m_index];
  return node.kind == JsonKind::array || node.kind == JsonKind::object ? node.count : 0;
}

JsonValue JsonValue::find(std::string_view key) const {
  if (!is(JsonKind::object)) {
    return {};
  }
  const auto& nodes = m_tree->m_nodes;
  std::uint32_t i = m_index + 1;
  for (std::uint32_t n = 0; n < nodes[m_index].count; ++n) {
    const auto& k = nodes[i];
    std::uint32_t value = k.end;
    std::string_view raw = m_tree->m_text.substr(k.offset + 1, k.length);
    if (k.flag ? json_unescape(raw) == key : raw == key) {
      return JsonValue(m_tree, value);
    }
    i = nodes[value].end;
  }
  return {};
}

JsonItems JsonValue::items() const {
  if (m_tree == nullptr) {
    return {};
  }
  const auto& node = m_tree->m_nodes[m_index];
  if (node.kind != JsonKind::array && node.kind != JsonKind::object) {
    return {};
  }
  return JsonItems(m_tree, m_index + 1, node.count, node.kind == JsonKind::object);
}

JsonValue JsonItems::Iterator::operator*() const {
  return JsonValue(m_tree, m_object ? m_tree->m_nodes[m_index].end : m_index);
}

JsonItems::Iterator& JsonItems::Iterator::operator++() {
  std::uint32_t value = m_object ? m_tree->m_nodes[m_index].end : m_index;
  m_index = m_tree->m_nodes[value].end;
  --m_left;
  return *this;
}

JsonValue JsonItems::operator[](std::size_t index) const {
  Iterator it = begin();
  for (std::size_t i = 0; i < index; ++i) {
    ++it;
  }
  return *it;
}

}  // namespace cepin::util
