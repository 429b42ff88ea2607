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
  // Makes this node what Node{} is, keeping the room its text and lists
  // have unless it is large.
  void reset();
};

// "a map", "a list", "a text", or "nothing", for messages.
const char* describe(const Node& node);

// The nodes of a document, in chunks that never move: the tree points into
// it, so a node stays where it is as more are added, and a file of a few
// hundred nodes takes a few chunks (of 64, 128, … up to 4,096 nodes).
// A batch parses thousands of files one after another, so a finished arena
// hands its chunks to a small per-thread spare list and the next arena of
// the thread takes them back: the nodes' strings and child lists keep their
// room, and parsing a file allocates next to nothing. The list keeps at most
// 8,192 nodes; a node taken from it gives back room beyond 128 bytes of text
// or 64 children (so what stays spare is at most what one file's nodes held).
class NodeArena {
 public:
  NodeArena() = default;
  NodeArena(const NodeArena&) = delete;
  NodeArena& operator=(const NodeArena&) = delete;
  ~NodeArena();

  // A new node: nothing in it (a null node at 0:0), as Node{} is.
  Node& emplace_back() {
    Chunk& chunk = last_has_room() ? m_chunks.back() : add_chunk();
    if (chunk.used < chunk.nodes.size()) {
      Node& node = chunk.nodes[chunk.used++];  // a spare one
      node.reset();
      return node;
    }
    ++chunk.used;
    return chunk.nodes.emplace_back();
  }
  // A new node, a copy of `node`.
  Node& emplace_back(const Node& node);
  // Calls `visit(node)` for every node, in the order they were made.
  template <typename Visit>
  void for_each(Visit visit) {
    for (Chunk& chunk : m_chunks) {
      for (std::size_t i = 0; i < chunk.used; ++i) {
        visit(chunk.nodes[i]);
      }
    }
  }

  // A run of nodes: `nodes` never grows past its capacity (so nothing in it
  // moves); the first `used` are this arena's, the rest spare ones kept
  // from an earlier arena.
  struct Chunk {
    std::vector<Node> nodes;
    std::size_t used = 0;
  };

 private:
  bool last_has_room() const { return !m_chunks.empty() && m_chunks.back().used < m_chunks.back().nodes.capacity(); }
  // A further chunk, spare or new, now the last.
  Chunk& add_chunk();
  std::vector<Chunk> m_chunks;
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
