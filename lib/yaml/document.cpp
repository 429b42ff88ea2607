#include "yaml/document.hpp"

#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace cepin::yaml {

const MapEntry* Node::find(std::string_view key) const {
  for (const MapEntry& entry : entries) {
    if ((entry.key->kind == NodeKind::scalar || entry.key->kind == NodeKind::null) && entry.key->value == key) {
      return &entry;
    }
  }
  return nullptr;
}

const char* describe(const Node& node) {
  switch (node.kind) {
    case NodeKind::null:
      return "nothing";
    case NodeKind::scalar:
      return "a text";
    case NodeKind::sequence:
      return "a list";
    case NodeKind::map:
      return "a map";
  }
  return "nothing";
}

namespace {

// Raised from the event handler to stop the parse at a position.
struct StopParse {
  diag::Position position;
  std::string code;
  std::string message;
  std::string hint;
};

bool is_plain_null(const std::string& value) {
  return value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL";
}

class Builder : public YAML::EventHandler {
 public:
  Builder(const diag::SourceText& source, const ParseLimits& limits, Document& document,
          diag::DiagnosticList& diagnostics)
      : m_source(source), m_limits(limits), m_document(document), m_diagnostics(diagnostics) {}

  int documents_started() const { return m_documents; }
  diag::Position last_document_start() const { return m_document_start; }
  // The innermost open flow collection, for "not closed" messages.
  const Node* open_flow() const {
    for (auto it = m_stack.rbegin(); it != m_stack.rend(); ++it) {
      if (it->flow) {
        return it->node;
      }
    }
    return nullptr;
  }

  diag::Position position(const YAML::Mark& mark) const {
    if (mark.pos < 0) {
      return {1, 1};
    }
    return m_source.position_of(static_cast<std::size_t>(mark.pos));
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++m_documents;
    m_document_start = position(mark);
    if (m_documents > 1) {
      throw StopParse{m_document_start, "multiple-documents", "a file must hold exactly one YAML document",
                      "remove the second `---` or split the file in two"};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node& node = make(mark, NodeKind::null);
    // yaml-cpp reports a plain `~` or `null` as a null event; keep its text,
    // which matters when it is a key.
    if (mark.pos >= 0) {
      std::string_view rest = std::string_view(m_source.text()).substr(static_cast<std::size_t>(mark.pos));
      for (const char* word : {"null", "Null", "NULL", "~"}) {
        std::string_view w(word);
        if (rest.substr(0, w.size()) == w &&
            (rest.size() == w.size() || std::string_view(" \t\r\n:,]}#").find(rest[w.size()]) != std::string_view::npos)) {
          node.value = std::string(w);
          break;
        }
      }
    }
    add(&node, anchor, 1);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) {
      throw StopParse{position(mark), "yaml-syntax", "this alias refers to no anchor", ""};
    }
    const Node* target = it->second;
    for (const Open& open : m_stack) {
      if (open.node == target) {
        throw StopParse{position(mark), "yaml-recursive-alias", "this alias refers to a node that contains it",
                        "an anchor can only be used after its node is complete"};
      }
    }
    diag::Position at = position(mark);
    count(target->expanded, at);
    m_copied_bytes += target->value.size();
    if (m_copied_bytes > m_limits.max_alias_text_bytes) {
      throw StopParse{at, "yaml-alias-expansion",
                      fmt::format("aliases repeat more than {} bytes of text", m_limits.max_alias_text_bytes),
                      "repeat the values instead of using aliases"};
    }
    // A shallow copy positioned at the alias, so a problem with the value
    // points where `*name` is written. It copies one level of child pointers
    // (at most `expanded`, already counted against the limit), so expanding
    // stays as cheap as the limit allows; deeper nodes stay shared.
    Node& node = m_document.nodes.emplace_back(*target);
    node.position = at;
    attach(&node);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    bool plain = tag == "?";
    Node& node = make(mark, plain && is_plain_null(value) ? NodeKind::null : NodeKind::scalar);
    node.value = value;
    node.plain = plain;
    add(&node, anchor, 1);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, NodeKind::sequence, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, NodeKind::map, anchor, style == YAML::EmitterStyle::Flow);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Open {
    Node* node = nullptr;
    bool flow = false;
    std::size_t counter_at_start = 0;
    YAML::anchor_t anchor = 0;
    const Node* pending_key = nullptr;  // maps: a key waiting for its value
    bool skip_value = false;            // the pending key was a duplicate or `<<`
    std::unordered_set<std::string> keys;
  };

  // Whether `key` is already a key of the open map; small maps are scanned,
  // large ones use a set.
  static bool is_duplicate(Open& map, const std::string& key) {
    constexpr std::size_t k_scan_limit = 16;
    if (map.node->entries.size() < k_scan_limit) {
      for (const MapEntry& entry : map.node->entries) {
        if (entry.key->value == key && (entry.key->is_scalar() || entry.key->is_null())) {
          return true;
        }
      }
      return false;
    }
    if (map.keys.empty()) {
      for (const MapEntry& entry : map.node->entries) {
        map.keys.insert(entry.key->value);
      }
    }
    return !map.keys.insert(key).second;
  }

  Node& make(const YAML::Mark& mark, NodeKind kind) {
    Node& node = m_document.nodes.emplace_back();
    node.kind = kind;
    node.position = position(mark);
    return node;
  }

  void open(const YAML::Mark& mark, NodeKind kind, YAML::anchor_t anchor, bool flow) {
    if (static_cast<int>(m_stack.size()) >= m_limits.max_depth) {
      throw StopParse{position(mark), "yaml-too-deep",
                      fmt::format("the document nests deeper than {} levels", m_limits.max_depth),
                      "a rubric or assessment never needs that much nesting"};
    }
    Node& node = make(mark, kind);
    node.flow = flow;
    count(1, node.position);
    Open entry;
    entry.node = &node;
    entry.flow = flow;
    entry.counter_at_start = m_counter;
    entry.anchor = anchor;
    m_stack.push_back(std::move(entry));
  }

  void close() {
    Open open = std::move(m_stack.back());
    m_stack.pop_back();
    open.node->expanded = m_counter - open.counter_at_start + 1;
    if (open.anchor != 0) {
      m_anchors[open.anchor] = open.node;
    }
    attach(open.node);
  }

  void count(std::size_t size, diag::Position at) {
    m_counter += size;
    if (m_counter > m_limits.max_expanded_nodes) {
      throw StopParse{at, "yaml-alias-expansion",
                      fmt::format("aliases expand this document past {} nodes", m_limits.max_expanded_nodes),
                      "repeat the values instead of nesting aliases"};
    }
  }

  void add(const Node* node, YAML::anchor_t anchor, std::size_t size) {
    count(size, node->position);
    if (anchor != 0) {
      m_anchors[anchor] = node;
    }
    attach(node);
  }

  void attach(const Node* node) {
    if (m_stack.empty()) {
      m_document.root = node;
      return;
    }
    Open& parent = m_stack.back();
    if (parent.node->kind == NodeKind::sequence) {
      parent.node->items.push_back(node);
      return;
    }
    if (parent.pending_key == nullptr) {
      parent.pending_key = node;
      parent.skip_value = false;
      if (node->kind == NodeKind::scalar || node->kind == NodeKind::null) {
        const std::string& key = node->value;
        if (node->plain && key == "<<") {
          parent.node->had_merge_key = true;
          m_diagnostics.error(node->position, "merge-key", "merge keys (`<<`) are not supported",
                              "repeat the values, or give the whole map an anchor and use its alias");
          parent.skip_value = true;
        } else if (is_duplicate(parent, key)) {
          m_diagnostics.error(node->position, "duplicate-key", fmt::format("duplicate key `{}`", key),
                              "each key may appear once in a map; remove or merge the repeated one");
          parent.skip_value = true;
        }
      }
      return;
    }
    if (!parent.skip_value) {
      parent.node->entries.push_back(MapEntry{parent.pending_key, node});
    }
    parent.pending_key = nullptr;
  }

  const diag::SourceText& m_source;
  const ParseLimits& m_limits;
  Document& m_document;
  diag::DiagnosticList& m_diagnostics;
  std::vector<Open> m_stack;
  std::unordered_map<YAML::anchor_t, const Node*> m_anchors;
  std::size_t m_counter = 0;
  std::size_t m_copied_bytes = 0;  // scalar text copied by aliases
  int m_documents = 0;
  diag::Position m_document_start;
};

// Our wording and position for one of yaml-cpp's parse errors.
void report_parser_error(const YAML::ParserException& error, const Builder& builder,
                         const diag::SourceText& source, diag::DiagnosticList& diagnostics) {
  std::string what = error.msg;
  diag::Position at = builder.position(error.mark);
  if (error.mark.pos < 0 || error.mark.line < 0) {
    at = {1, 1};
  }
  auto starts_with = [&](const char* prefix) { return what.rfind(prefix, 0) == 0; };
  if (what == YAML::ErrorMsg::END_OF_SEQ_FLOW || what == YAML::ErrorMsg::END_OF_MAP_FLOW) {
    const Node* open = builder.open_flow();
    bool seq = what == YAML::ErrorMsg::END_OF_SEQ_FLOW;
    diagnostics.error(open != nullptr ? open->position : at, "yaml-syntax",
                      seq ? "this `[` is never closed" : "this `{` is never closed",
                      seq ? "add the missing `]`" : "add the missing `}`");
    return;
  }
  if (starts_with("tabs") || what.find("tab") != std::string::npos) {
    diagnostics.error(at, "yaml-tab", "a tab is used for indentation", "YAML indents with spaces only");
    return;
  }
  // A tab before the offending spot is the commonest cause of a block error.
  std::string_view line = source.line_text(at.line);
  std::size_t indent_end = line.find_first_not_of(" \t");
  std::string_view indent = line.substr(0, indent_end == std::string_view::npos ? line.size() : indent_end);
  if (indent.find('\t') != std::string_view::npos) {
    diagnostics.error({at.line, static_cast<int>(indent.find('\t')) + 1}, "yaml-tab",
                      "a tab is used for indentation", "YAML indents with spaces only");
    return;
  }
  std::string message;
  std::string hint;
  if (what == YAML::ErrorMsg::END_OF_MAP || what == YAML::ErrorMsg::END_OF_SEQ) {
    message = "the indentation here does not continue the block above";
    hint = "line up the entry with its siblings";
  } else if (what == YAML::ErrorMsg::EOF_IN_SCALAR) {
    message = "a quoted text is never closed";
    hint = "add the closing quote";
  } else if (what == YAML::ErrorMsg::MAP_VALUE || what == YAML::ErrorMsg::MAP_KEY) {
    message = "a `key: value` pair is not allowed here";
    hint = "check the indentation and quote values that contain `: `";
  } else if (what == YAML::ErrorMsg::BLOCK_ENTRY) {
    message = "a list entry `- ` is not allowed here";
    hint = "check the indentation of this entry";
  } else if (what == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
    message = "this alias refers to no anchor";
  } else if (what == YAML::ErrorMsg::FLOW_END) {
    message = "this closing bracket has no opening one";
  } else if (what == YAML::ErrorMsg::UNKNOWN_TOKEN) {
    message = "this is not valid YAML";
    hint = "quote text that starts with a special character (`@`, `` ` ``, `%`, `!`, `&`, `*`)";
  } else if (starts_with(YAML::ErrorMsg::INVALID_ESCAPE)) {
    message = "unknown escape sequence in a double-quoted text";
    hint = "write `\\\\` for a backslash, or use single quotes";
  } else {
    message = "this is not valid YAML (" + what + ")";
  }
  diagnostics.error(at, "yaml-syntax", message, hint);
}

bool only_comments_and_space(const std::string& text) {
  bool in_comment = false;
  for (char c : text) {
    if (in_comment) {
      in_comment = c != '\n';
    } else if (c == '#') {
      in_comment = true;
    } else if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
      return false;
    }
  }
  return true;
}

}  // namespace

ParseResult parse(const diag::SourceText& source, const ParseLimits& limits) {
  ParseResult result;
  diag::DiagnosticList diagnostics(source);
  if (only_comments_and_space(source.text())) {
    diagnostics.error({1, 1}, "empty-file", "the file is empty", "start with `schema:`");
    result.diagnostics = diagnostics.take();
    return result;
  }
  auto document = std::make_unique<Document>();
  Builder builder(source, limits, *document, diagnostics);
  bool fatal = false;
  try {
    std::istringstream stream(source.text());
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    parser.HandleNextDocument(builder);  // a second document throws StopParse
  } catch (const StopParse& stop) {
    diagnostics.error(stop.position, stop.code, stop.message, stop.hint);
    fatal = true;
  } catch (const YAML::ParserException& error) {
    if (builder.documents_started() > 1) {
      diagnostics.error(builder.last_document_start(), "multiple-documents",
                        "a file must hold exactly one YAML document",
                        "remove the second `---` or split the file in two");
    } else {
      report_parser_error(error, builder, source, diagnostics);
    }
    fatal = true;
  } catch (const YAML::Exception& error) {
    diagnostics.error({1, 1}, "yaml-syntax", "this is not valid YAML (" + error.msg + ")");
    fatal = true;
  }
  if (!fatal && document->root == nullptr) {
    diagnostics.error({1, 1}, "empty-file", "the file is empty", "start with `schema:`");
    fatal = true;
  }
  if (!fatal) {
    result.document = std::move(document);
  }
  result.diagnostics = diagnostics.take();
  return result;
}

}  // namespace cepin::yaml
