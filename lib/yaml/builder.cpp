#include "yaml/builder.hpp"

#include <algorithm>
#include <functional>
#include <string_view>

#include <fmt/format.h>

namespace cepin::yaml {

namespace {

bool is_plain_null(std::string_view value) {
  switch (value.size()) {
    case 0:
      return true;
    case 1:
      return value[0] == '~';
    case 4:
      return value == "null" || value == "Null" || value == "NULL";
    default:
      return false;
  }
}

std::size_t offset_of(const YAML::Mark& mark) {
  return mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos);
}

// Whether the document starting at `offset` was started by a marker: a `---`
// there, or a `...` ending the one before (the last line that is not blank or
// a comment). Otherwise yaml-cpp took text that does not fit the document
// above (a key after a top-level list) for the start of another.
bool marked_document_start(std::string_view text, std::size_t offset) {
  if (text.compare(offset, 3, "---") == 0) {
    return true;
  }
  std::size_t end = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  while (end != std::string_view::npos && end > 0) {
    std::size_t start = text.rfind('\n', end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    std::string_view line = text.substr(start, end - start);
    std::size_t first = line.find_first_not_of(" \t\r");
    if (first != std::string_view::npos && line[first] != '#') {
      return line.compare(0, 3, "...") == 0;
    }
    end = start == 0 ? std::string_view::npos : start - 1;
  }
  return false;
}

}  // namespace

const Node* Builder::open_flow() const {
  for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
    if (it->flow) {
      return it->node;
    }
  }
  return nullptr;
}

diag::Position Builder::position(const YAML::Mark& mark) const {
  if (mark.pos < 0) {
    return {1, 1};
  }
  return m_cursor.position_of(static_cast<std::size_t>(mark.pos));
}

void Builder::OnDocumentStart(const YAML::Mark& mark) {
  ++m_documents;
  m_document_start = position(mark);
  if (m_documents > 1 && !marked_document_start(m_source.text(), offset_of(mark))) {
    throw StopParse{m_document_start, "yaml-syntax", "the indentation here does not continue the block above",
                    "a file holds one top-level map or list: make this line an entry like the ones above it"};
  }
  if (m_documents > 1) {
    throw StopParse{m_document_start, "multiple-documents",
                    "a file must hold exactly one YAML document",
                    "remove the second `---` or split the file in two"};
  }
}

void Builder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
  std::size_t offset = offset_of(mark);
  if (!m_stack.empty() && mark.pos >= 0) {
    const Open& parent = m_stack.back();
    if (parent.flow && parent.node->kind == NodeKind::sequence) {
      if (auto problem = strict::check_flow_null(m_source.text(), offset)) {
        report(*problem);
      }
    }
    // yaml-cpp gives a key without `:` an empty value at the key itself.
    const Node* key = parent.pending_key;
    if (!parent.flow && !parent.inside.in_flow && key != nullptr && key->is_scalar() &&
        offset == parent.pending_key_offset) {
      if (auto problem = strict::check_key_colon(m_source.text(), offset, key->plain, key->value)) {
        report(*problem);
      }
    }
  }
  Node& node = make(mark, NodeKind::null);
  // yaml-cpp reports a plain `~` or `null` as a null event; keep its text,
  // which matters when it is a key.
  if (mark.pos >= 0) {
    std::string_view rest = std::string_view(m_source.text()).substr(offset);
    for (const char* word : {"null", "Null", "NULL", "~"}) {
      std::string_view w(word);
      if (rest.substr(0, w.size()) == w &&
          (rest.size() == w.size() ||
           std::string_view(" \t\r\n:,]}#").find(rest[w.size()]) != std::string_view::npos)) {
        node.value = std::string(w);
        break;
      }
    }
  }
  add(&node, anchor, offset);
}

void Builder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
  auto it = m_anchors.find(anchor);
  if (it == m_anchors.end()) {
    throw StopParse{position(mark), "yaml-syntax", "this alias refers to no anchor", ""};
  }
  const Node* target = it->second;
  for (const Open& open : m_stack) {
    if (open.node == target) {
      throw StopParse{position(mark), "yaml-recursive-alias",
                      "this alias refers to a node that contains it",
                      "an anchor can only be used after its node is complete"};
    }
  }
  check_node(offset_of(mark), context());
  diag::Position at = position(mark);
  count_node(at);
  m_counter += target->expanded;
  m_alias_nodes += target->expanded;
  if (m_alias_nodes > m_limits.max_expanded_nodes) {
    throw StopParse{at, "yaml-alias-expansion",
                    fmt::format("aliases repeat more than {} nodes", m_limits.max_expanded_nodes),
                    "repeat the values instead of nesting aliases"};
  }
  m_copied_bytes += target->value.size();
  if (m_copied_bytes > m_limits.max_alias_text_bytes) {
    throw StopParse{
        at, "yaml-alias-expansion",
        fmt::format("aliases repeat more than {} bytes of text", m_limits.max_alias_text_bytes),
        "repeat the values instead of using aliases"};
  }
  // A shallow copy positioned at the alias, so a problem with the value
  // points where `*name` is written. It copies one level of child pointers
  // (at most `expanded`, already counted against the limit), so expanding
  // stays as cheap as the limit allows; deeper nodes stay shared.
  Node& node = m_document.nodes.emplace_back(*target);
  node.position = at;
  attach(&node, offset_of(mark));
}

void Builder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       const std::string& value) {
  bool plain = tag.size() == 1 && tag[0] == '?';
  if (mark.pos >= 0) {
    std::size_t offset = offset_of(mark);
    strict::Context here = context();
    check_node(offset, here);
    if (plain) {
      if (auto problem = strict::check_plain(m_source.text(), offset, value, here)) {
        report(*problem);
      }
    } else {
      for (const strict::Problem& problem :
           strict::check_non_plain(m_source.text(), offset, here)) {
        report(problem);
      }
    }
  }
  Node& node = make(mark, plain && is_plain_null(value) ? NodeKind::null : NodeKind::scalar);
  node.value = value;
  node.plain = plain;
  add(&node, anchor, offset_of(mark));
}

void Builder::OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                              YAML::EmitterStyle::value style) {
  open(mark, NodeKind::sequence, anchor, style == YAML::EmitterStyle::Flow);
}

void Builder::OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) {
  open(mark, NodeKind::map, anchor, style == YAML::EmitterStyle::Flow);
}

namespace {

// The slot of the key table that holds a key of this text, or else the free
// slot where it would go (the table is never full).
std::size_t probe(const std::vector<const Node*>& table, std::string_view text) {
  const std::size_t mask = table.size() - 1;
  std::size_t i = std::hash<std::string_view>{}(text) & mask;
  while (table[i] != nullptr && table[i]->value != text) {
    i = (i + 1) & mask;
  }
  return i;
}

// Adds `key` to the table unless a key of the same text is there; false then.
bool insert_key(std::vector<const Node*>& table, std::size_t& count, const Node* key) {
  if (2 * (count + 1) > table.size()) {
    constexpr std::size_t k_first_size = 64;
    std::vector<const Node*> larger(std::max(k_first_size, 2 * table.size()), nullptr);
    for (const Node* old : table) {
      if (old != nullptr) {
        larger[probe(larger, old->value)] = old;
      }
    }
    table.swap(larger);
  }
  const std::size_t slot = probe(table, key->value);
  if (table[slot] != nullptr) {
    return false;
  }
  table[slot] = key;
  ++count;
  return true;
}

}  // namespace

// Whether a key of `key`'s text is already a scalar or null key of the open
// map; small maps are scanned, large ones keep a table of their keys.
bool Builder::is_duplicate(Open& map, const Node& key) {
  constexpr std::size_t k_scan_limit = 16;
  if (map.node->entries.size() < k_scan_limit) {
    for (const MapEntry& entry : map.node->entries) {
      if (entry.key->value == key.value && (entry.key->is_scalar() || entry.key->is_null())) {
        return true;
      }
    }
    return false;
  }
  if (map.key_table.empty()) {
    for (const MapEntry& entry : map.node->entries) {
      if (entry.key->is_scalar() || entry.key->is_null()) {
        insert_key(map.key_table, map.key_count, entry.key);
      }
    }
  }
  return !insert_key(map.key_table, map.key_count, &key);
}

Node& Builder::make(const YAML::Mark& mark, NodeKind kind) {
  Node& node = m_document.nodes.emplace_back();
  node.kind = kind;
  node.position = position(mark);
  return node;
}

void Builder::open(const YAML::Mark& mark, NodeKind kind, YAML::anchor_t anchor, bool flow) {
  if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
    throw StopParse{position(mark), "yaml-too-deep",
                    fmt::format("the document nests deeper than {} levels", m_limits.max_depth),
                    "a rubric or assessment never needs that much nesting"};
  }
  std::size_t offset = offset_of(mark);
  strict::Context here = context();
  if (mark.pos >= 0) {
    check_node(offset, here);
  }
  Node& node = make(mark, kind);
  node.flow = flow;
  count_node(node.position);
  ++m_counter;
  Open entry;
  entry.node = &node;
  entry.flow = flow;
  entry.counter_at_start = m_counter;
  entry.anchor = anchor;
  entry.offset = offset;
  entry.inside = here;
  entry.inside.is_key = false;
  if (flow) {
    entry.inside.in_flow = true;
    entry.inside.flow_is_map = kind == NodeKind::map;
  } else if (!here.in_flow) {
    // A block collection sets the indentation its children's lines must pass.
    entry.inside.indent =
        mark.pos >= 0 ? strict::block_indent(m_source.text(), offset) : strict::k_unknown_indent;
    entry.inside.block_is_sequence = kind == NodeKind::sequence;
  }
  m_stack.push_back(std::move(entry));
}

void Builder::close() {
  Open open = std::move(m_stack.back());
  m_stack.pop_back();
  open.node->expanded = m_counter - open.counter_at_start + 1;
  if (open.anchor != 0) {
    m_anchors[open.anchor] = open.node;
  }
  attach(open.node, open.offset);
}

void Builder::too_many_nodes(diag::Position at) const {
  throw StopParse{at, "yaml-too-many-nodes", fmt::format("the file has more than {} nodes", m_limits.max_nodes),
                  "split the file: no rubric or assessment needs that many values"};
}

void Builder::add(const Node* node, YAML::anchor_t anchor, std::size_t offset) {
  count_node(node->position);
  ++m_counter;
  if (anchor != 0) {
    m_anchors[anchor] = node;
  }
  attach(node, offset);
}

void Builder::attach(const Node* node, std::size_t offset) {
  if (m_stack.empty()) {
    m_document.root = node;
    return;
  }
  // Most maps and lists in cepin's files are short: room for a few entries
  // in one allocation, not one for each of the first three.
  constexpr std::size_t k_first_room = 4;
  Open& parent = m_stack.back();
  if (parent.node->kind == NodeKind::sequence) {
    if (parent.node->items.empty()) {
      parent.node->items.reserve(k_first_room);
    }
    parent.node->items.push_back(node);
    return;
  }
  if (parent.pending_key == nullptr) {
    parent.pending_key = node;
    parent.pending_key_offset = offset;
    parent.skip_value = false;
    if (node->kind == NodeKind::scalar || node->kind == NodeKind::null) {
      const std::string& key = node->value;
      if (node->plain && std::string_view(key) == "<<") {
        parent.node->had_merge_key = true;
        m_diagnostics.error(node->position, "merge-key", "merge keys (`<<`) are not supported",
                            "repeat the values, or give the whole map an anchor and use its alias");
        parent.skip_value = true;
      } else if (is_duplicate(parent, *node)) {
        m_diagnostics.error(node->position, "duplicate-key", fmt::format("duplicate key `{}`", key),
                            "each key may appear once in a map; remove or merge the repeated one");
        parent.skip_value = true;
      }
    }
    return;
  }
  if (!parent.skip_value) {
    if (parent.node->entries.empty()) {
      parent.node->entries.reserve(k_first_room);
    }
    parent.node->entries.push_back(MapEntry{parent.pending_key, node});
  }
  parent.pending_key = nullptr;
}

strict::Context Builder::context() const {
  if (m_stack.empty()) {
    return {};
  }
  const Open& parent = m_stack.back();
  strict::Context here = parent.inside;
  here.is_key = parent.node->kind == NodeKind::map && parent.pending_key == nullptr;
  return here;
}

void Builder::check_node(std::size_t offset, const strict::Context& context) {
  if (!context.in_flow) {
    return;
  }
  for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
    if (it->flow) {
      if (it->flow_line_reported) {
        return;
      }
      if (auto problem = strict::check_flow_line(m_source.text(), offset, context)) {
        it->flow_line_reported = true;
        report(*problem);
      }
      return;
    }
  }
}

void Builder::report(const strict::Problem& problem) {
  m_diagnostics.error(m_source.position_of(problem.offset), "yaml-syntax", problem.message,
                      problem.hint);
  ++m_syntax_errors;
}

}  // namespace cepin::yaml
