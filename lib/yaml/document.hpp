// A YAML document as a tree of positioned nodes, built from yaml-cpp's events.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/source.hpp"

namespace cepin::yaml {

// What a node is. A plain `~`, `null` or empty scalar is `null`.
enum class NodeKind { null, scalar, sequence, map };

struct Node;

// One key/value pair of a map, in file order.
struct MapEntry {
  const Node* key;
  const Node* value;
};

// A node of the tree. An alias is a shallow copy of the anchored node placed
// where the alias is written (its own `position`), whose items and entries
// are shared with the anchored node's: the tree is a DAG, deeper nodes are
// never copied, and the parser bounds how far aliases expand. So a problem
// with an aliased value points at the alias; one inside it, at the anchor's text.
struct Node {
  NodeKind kind = NodeKind::null;
  diag::Position position;  // where the node starts (1-based, code points)
  std::string value;        // a scalar's text
  bool plain = true;        // an unquoted scalar (so `yes`, `1.10` are still text)
  bool flow = false;        // a `[…]` or `{…}` collection
  bool had_merge_key = false;  // a map that held a `<<` key (reported; its keys are incomplete)
  std::size_t expanded = 1;    // nodes counted through aliases (for the expansion limit)
  std::vector<const Node*> items;  // a sequence's items
  std::vector<MapEntry> entries;   // a map's entries; duplicates removed (reported)

  bool is_null() const { return kind == NodeKind::null; }
  bool is_scalar() const { return kind == NodeKind::scalar; }
  bool is_sequence() const { return kind == NodeKind::sequence; }
  bool is_map() const { return kind == NodeKind::map; }
  // The entry whose key is the scalar `key`, or null.
  const MapEntry* find(std::string_view key) const;
};

// "a map", "a list", "a text", or "nothing", for messages.
const char* describe(const Node& node);

// The nodes of a document, in chunks that never move: the tree points into
// it, so a node stays where it is as more are added, and a file of a few
// hundred nodes takes a few allocations (chunks of 64, 128, … up to 4,096).
class NodeArena {
 public:
  // A new node, made from `args` (nothing, or a node to copy).
  template <typename... Args>
  Node& emplace_back(Args&&... args) {
    if (m_chunks.empty() || m_chunks.back().size() == m_chunks.back().capacity()) {
      add_chunk();
    }
    return m_chunks.back().emplace_back(std::forward<Args>(args)...);
  }
  // Calls `visit(node)` for every node, in the order they were made.
  template <typename Visit>
  void for_each(Visit visit) {
    for (std::vector<Node>& chunk : m_chunks) {
      for (Node& node : chunk) {
        visit(node);
      }
    }
  }

 private:
  void add_chunk();
  std::vector<std::vector<Node>> m_chunks;  // each filled to its capacity, never beyond
};

// A parsed document: the arena that owns every node, and the root.
struct Document {
  NodeArena nodes;
  const Node* root = nullptr;
};

// Limits that keep hostile files cheap: time and memory stay proportional
// to the file's size, and a 16 MiB file needs at most a few hundred MiB.
struct ParseLimits {
  int max_depth = 256;                           // nesting of collections (yaml-too-deep)
  std::size_t max_nodes = 1'000'000;             // nodes written in the file, the top-level
                                                 // one aside (yaml-too-many-nodes)
  std::size_t max_expanded_nodes = 1'000'000;    // nodes repeated by aliases (yaml-alias-expansion)
  std::size_t max_alias_text_bytes = 16u << 20;  // scalar text copied by aliases (yaml-alias-expansion)
};

// The outcome of parsing: the document (null when it could not be built) and
// every problem found. Duplicate keys and merge keys are errors but leave a
// usable document (the first key wins).
struct ParseResult {
  std::unique_ptr<Document> document;
  std::vector<diag::Diagnostic> diagnostics;
};

// Parses exactly one YAML document from already-validated UTF-8 text (no BOM).
// Never throws: yaml-cpp's errors become diagnostics with a real position,
// and cepin's own checks (yaml/strict.hpp) report the invalid YAML yaml-cpp
// 0.7 accepts as yaml-syntax; after one of those no document is returned.
// Codes: yaml-syntax, yaml-tab, yaml-too-deep, yaml-too-many-nodes,
// yaml-alias-expansion, yaml-recursive-alias, multiple-documents, empty-file,
// duplicate-key, merge-key.
ParseResult parse(const diag::SourceText& source, const ParseLimits& limits = {});

}  // namespace cepin::yaml
