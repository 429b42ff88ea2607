// What the extending file changed in a merged tree, and the note naming the
// change that caused an error found in a base.
#include "rubric/merge.hpp"

#include <tuple>

namespace cepin::rubric {

namespace {

using yaml::MapEntry;
using yaml::Node;

bool before(diag::Position a, diag::Position b) { return std::tie(a.line, a.column) < std::tie(b.line, b.column); }

}  // namespace

void MergedTree::index(const Node* node, const Node* parent_map) {
  if (m_parent.count(node) != 0 || node == parent_map) {
    return;  // shared through an alias: indexed once
  }
  m_parent[node] = parent_map;
  auto key_of = [](diag::Position at) { return Key{at.source, at.line, at.column}; };
  if (node->is_map()) {
    m_owner[key_of(node->position)] = node;
    for (const MapEntry& entry : node->entries) {
      m_owner[key_of(entry.key->position)] = node;
      if (!entry.value->is_map()) {
        m_owner[key_of(entry.value->position)] = node;
      }
      index(entry.value, node);
    }
  } else if (node->is_sequence()) {
    for (const Node* item : node->items) {
      if (!item->is_map()) {
        m_owner[key_of(item->position)] = parent_map;
      }
      index(item, parent_map);
    }
  }
}

std::optional<diag::Position> MergedTree::first_change(const Node* node) const {
  auto memo = m_first.find(node);
  if (memo != m_first.end()) {
    return memo->second;
  }
  m_first[node] = std::nullopt;  // guards against a cycle through aliases
  std::optional<diag::Position> first;
  auto consider = [&first](std::optional<diag::Position> at) {
    if (at && (!first || before(*at, *first))) {
      first = at;
    }
  };
  auto own = m_changes.find(node);
  if (own != m_changes.end()) {
    for (const Change& c : own->second) {
      consider(c.at);
    }
  }
  if (node->is_map()) {
    for (const MapEntry& entry : node->entries) {
      consider(first_change(entry.value));
    }
  } else if (node->is_sequence()) {
    for (const Node* item : node->items) {
      consider(first_change(item));
    }
  }
  m_first[node] = first;
  return first;
}

std::optional<diag::Position> MergedTree::root_change(const std::vector<std::string>& sections) const {
  if (sections.empty()) {
    return first_change(m_root);
  }
  std::optional<diag::Position> first;
  auto consider = [&first](std::optional<diag::Position> at) {
    if (at && (!first || before(*at, *first))) {
      first = at;
    }
  };
  auto own = m_changes.find(m_root);
  for (const std::string& section : sections) {
    if (own != m_changes.end()) {
      for (const Change& c : own->second) {
        if (c.section == section) {
          consider(c.at);
        }
      }
    }
    if (const MapEntry* entry = m_root->find(section); entry != nullptr && entry->value->is_sequence()) {
      for (const Node* item : entry->value->items) {
        consider(first_change(item));
      }
    }
  }
  return first ? first : first_change(m_root);
}

std::optional<diag::Diagnostic> MergedTree::cause_of(diag::Position at, const diag::Diagnostic& error) const {
  std::optional<diag::Position> cause;
  if (error.code == "off-grid" && m_precision) {
    cause = m_precision;
  }
  auto owner = m_owner.find(Key{at.source, at.line, at.column});
  const Node* node = owner != m_owner.end() ? owner->second : m_root;
  for (; !cause && node != nullptr && node != m_root; node = m_parent.at(node)) {
    cause = first_change(node);
  }
  if (!cause) {
    std::vector<std::string> sections;
    if (error.code == "total-mismatch") {
      sections = {"categories"};
    } else if (error.code == "threshold-too-high") {
      sections = {"total", "bonus_cap", "adjustments"};
    }
    cause = root_change(sections);
  }
  if (!cause || m_input == nullptr) {
    return std::nullopt;
  }
  std::string hint = "change it in the extending file, or restate the base's value there";
  if (error.code == "total-mismatch") {
    hint = "restate `total` in the extending file";
  } else if (error.code == "threshold-too-high") {
    hint = "restate `threshold` in the extending file";
  } else if (error.code == "off-grid") {
    hint = "restate the value on the new grid in the extending file";
  }
  return m_input->make(*cause, diag::Severity::note, error.code, "caused by this change of the extending rubric",
                       hint);
}

}  // namespace cepin::rubric
