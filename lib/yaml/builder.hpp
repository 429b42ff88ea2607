// The yaml-cpp event handler that builds a Document (an internal part of
// yaml::parse): positions, anchors and aliases, the limits, duplicate and
// merge keys, and cepin's own syntax checks (yaml/strict.hpp) on each node.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include "diag/source.hpp"
#include "yaml/document.hpp"
#include "yaml/strict.hpp"

namespace cepin::yaml {

// Thrown from the event handler to stop the parse at a position.
struct StopParse {
  diag::Position position;
  std::string code;
  std::string message;
  std::string hint;
};

// Builds the tree from yaml-cpp's events. Throws StopParse for a second
// document and when a limit is passed; other problems go to `diagnostics`.
class Builder : public YAML::EventHandler {
 public:
  Builder(const diag::SourceText& source, const ParseLimits& limits, Document& document,
          diag::DiagnosticList& diagnostics)
      : m_source(source), m_cursor(source), m_limits(limits), m_document(document), m_diagnostics(diagnostics) {}

  int documents_started() const { return m_documents; }
  diag::Position last_document_start() const { return m_document_start; }
  // The innermost open flow collection, for "not closed" messages.
  const Node* open_flow() const;
  // How many problems cepin's own syntax checks reported (each an error).
  int syntax_errors() const { return m_syntax_errors; }
  // A yaml-cpp mark as a position (1:1 when it has none).
  diag::Position position(const YAML::Mark& mark) const;

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override;
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override;
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    Node* node = nullptr;
    bool flow = false;
    std::size_t offset = 0;  // the byte offset of its mark
    std::size_t counter_at_start = 0;
    YAML::anchor_t anchor = 0;
    const Node* pending_key = nullptr;   // maps: a key waiting for its value
    std::size_t pending_key_offset = 0;  // the byte offset of its mark
    bool skip_value = false;             // the pending key was a duplicate or `<<`
    bool flow_line_reported = false;  // a badly indented line of this flow collection was reported
    strict::Context inside;           // the context of the collection's children (not is_key)
    // A large map's keys (scalar and null ones), by text: an open-addressing
    // table whose size is a power of two, at most half full.
    std::vector<const Node*> key_table;
    std::size_t key_count = 0;
  };

  static bool is_duplicate(Open& map, const Node& key);
  Node& make(const YAML::Mark& mark, NodeKind kind);
  void open(const YAML::Mark& mark, NodeKind kind, YAML::anchor_t anchor, bool flow);
  void close();
  // Counts one node written in the file against the node limit (the
  // top-level node aside).
  void count_node(diag::Position at) {
    if (!m_stack.empty() && ++m_nodes > m_limits.max_nodes) {
      too_many_nodes(at);
    }
  }
  [[noreturn]] void too_many_nodes(diag::Position at) const;
  // Adds a scalar, null or alias node whose mark is at `offset`.
  void add(const Node* node, YAML::anchor_t anchor, std::size_t offset);
  void attach(const Node* node, std::size_t offset);
  // The context of the next node (its parent's, and whether it is a key).
  strict::Context context() const;
  // Runs the checks every node gets, for a node whose mark is at `offset`.
  void check_node(std::size_t offset, const strict::Context& context);
  void report(const strict::Problem& problem);

  const diag::SourceText& m_source;
  mutable diag::PositionCursor m_cursor;  // marks come in file order: positions counted on
  const ParseLimits& m_limits;
  Document& m_document;
  diag::DiagnosticList& m_diagnostics;
  std::vector<Open> m_stack;
  std::unordered_map<YAML::anchor_t, const Node*> m_anchors;
  std::size_t m_counter = 0;       // nodes so far, aliases counted as their expansion
  std::size_t m_nodes = 0;         // nodes written in the file, the top-level one aside
  std::size_t m_alias_nodes = 0;   // nodes repeated by aliases
  std::size_t m_copied_bytes = 0;  // scalar text copied by aliases
  int m_documents = 0;
  int m_syntax_errors = 0;
  diag::Position m_document_start;
};

}  // namespace cepin::yaml
