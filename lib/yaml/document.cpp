#include "yaml/document.hpp"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "yaml/builder.hpp"

namespace cepin::yaml {

namespace {

// The chunks arenas of this thread have finished with, for the next to take.
struct SpareChunks {
  std::vector<NodeArena::Chunk> chunks;
  std::size_t nodes = 0;  // their capacity, in nodes
  ~SpareChunks() { gone = true; }
  // After the thread's own end (an arena destroyed later, by a static), chunks are freed instead.
  static thread_local bool gone;
};
thread_local bool SpareChunks::gone = false;
thread_local SpareChunks t_spare;

constexpr std::size_t k_first_chunk = 64;
constexpr std::size_t k_largest_chunk = 4096;
constexpr std::size_t k_most_spare_nodes = 8192;  // about 1 MiB of nodes
constexpr std::size_t k_most_kept_text = 128;     // a reused node's text room kept
constexpr std::size_t k_most_kept_children = 64;  // a reused node's list room kept

}  // namespace

void Node::reset() {
  kind = NodeKind::null;
  position = {};
  plain = true;
  flow = false;
  had_merge_key = false;
  expanded = 1;
  // Room kept from the node's last use, unless it is large (a long text, a long list).
  if (value.capacity() > k_most_kept_text) {
    std::string().swap(value);
  }
  value.clear();
  if (items.capacity() > k_most_kept_children) {
    std::vector<const Node*>().swap(items);
  }
  items.clear();
  if (entries.capacity() > k_most_kept_children) {
    std::vector<MapEntry>().swap(entries);
  }
  entries.clear();
}

NodeArena::Chunk& NodeArena::add_chunk() {
  const std::size_t room =
      m_chunks.empty() ? k_first_chunk : std::min(2 * m_chunks.back().nodes.capacity(), k_largest_chunk);
  if (!SpareChunks::gone) {
    std::vector<Chunk>& spare = t_spare.chunks;
    auto found = std::find_if(spare.begin(), spare.end(),
                              [&](const Chunk& chunk) { return chunk.nodes.capacity() == room; });
    if (found != spare.end()) {
      t_spare.nodes -= room;
      m_chunks.push_back(std::move(*found));
      spare.erase(found);
      return m_chunks.back();
    }
  }
  m_chunks.emplace_back().nodes.reserve(room);
  return m_chunks.back();
}

Node& NodeArena::emplace_back(const Node& node) {
  Node& copy = emplace_back();  // a spare slot gives back large room first
  copy = node;
  return copy;
}

NodeArena::~NodeArena() {
  if (SpareChunks::gone) {
    return;
  }
  for (Chunk& chunk : m_chunks) {
    if (t_spare.nodes + chunk.nodes.capacity() > k_most_spare_nodes) {
      continue;  // freed with the arena
    }
    chunk.used = 0;
    t_spare.nodes += chunk.nodes.capacity();
    t_spare.chunks.push_back(std::move(chunk));
  }
}

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

// Whether the error at code-point `column` of `line` is an alias (`*x`)
// right after an anchor (`&y *x`): YAML lets an alias carry no properties,
// and yaml-cpp reports it as a block that does not continue.
bool anchored_alias(std::string_view line, int column) {
  std::size_t at = 0;  // the byte where code point `column` starts
  for (int c = 1; c < column && at < line.size(); ++c) {
    ++at;
    while (at < line.size() && (static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) {
      ++at;
    }
  }
  if (at >= line.size() || line[at] != '*') {
    return false;
  }
  const std::string_view before = line.substr(0, at);
  const std::size_t end = before.find_last_not_of(' ');
  if (end == std::string_view::npos) {
    return false;
  }
  const std::size_t gap = before.find_last_of(" [{,", end);
  const std::size_t from = gap == std::string_view::npos ? 0 : gap + 1;
  return end + 1 - from > 1 && before[from] == '&';
}

// Our wording and position for one of yaml-cpp's parse errors.
void report_parser_error(const YAML::ParserException& error, const Builder& builder,
                         const diag::SourceText& source, diag::DiagnosticList& diagnostics) {
  std::string what = error.msg;
  diag::Position at = builder.position(error.mark);
  if (error.mark.pos < 0 || error.mark.line < 0) {
    at = {1, 1};
  }
  auto starts_with = [&](const char* prefix) { return what.rfind(prefix, 0) == 0; };
  std::string_view line = source.line_text(at.line);
  // In a flow list yaml-cpp takes `&y *x` for a list that ends too soon.
  if (anchored_alias(line, at.column)) {
    diagnostics.error(at, "yaml-syntax", "an alias cannot carry an anchor of its own",
                      "write the alias alone (`*name`), or write the value itself after the anchor");
    return;
  }
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

// Runs yaml-cpp over `source` into `document` and `diagnostics`; false when
// no usable document came out (a fatal error, or one of cepin's own syntax
// checks failed).
bool run_parser(const diag::SourceText& source, const ParseLimits& limits, Document& document,
                diag::DiagnosticList& diagnostics) {
  Builder builder(source, limits, document, diagnostics);
  try {
    std::istringstream stream(source.text());
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    parser.HandleNextDocument(builder);  // a second document throws StopParse
  } catch (const StopParse& stop) {
    // After one of cepin's own syntax errors, what follows is its consequence.
    if (builder.syntax_errors() == 0) {
      diagnostics.error(stop.position, stop.code, stop.message, stop.hint);
    }
    return false;
  } catch (const YAML::ParserException& error) {
    if (builder.syntax_errors() > 0) {
      return false;
    }
    if (builder.documents_started() > 1) {
      diagnostics.error(builder.last_document_start(), "multiple-documents",
                        "a file must hold exactly one YAML document",
                        "remove the second `---` or split the file in two");
      return false;
    }
    if (error.msg == YAML::ErrorMsg::EOF_IN_SCALAR && !source.text().empty() && source.text().back() != '\n') {
      // yaml-cpp rejects a quote left open only when no line break ends the
      // file; with one, it takes the text as closed and cepin's own check
      // reports it at its opening quote. Parse once more with the line break
      // to report it there too.
      diag::SourceText closed(source.path(), source.text() + "\n");
      Document scratch;
      diag::DiagnosticList again(closed);
      run_parser(closed, limits, scratch, again);
      bool located = std::any_of(again.items().begin(), again.items().end(), [](const diag::Diagnostic& d) {
        return d.code == "yaml-syntax" && d.message == "this quoted text is never closed";
      });
      if (located) {
        diagnostics.items() = std::move(again.items());
        return false;
      }
    }
    report_parser_error(error, builder, source, diagnostics);
    return false;
  } catch (const YAML::Exception& error) {
    diagnostics.error({1, 1}, "yaml-syntax", "this is not valid YAML (" + error.msg + ")");
    return false;
  }
  return builder.syntax_errors() == 0;
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
  bool usable = run_parser(source, limits, *document, diagnostics);
  if (usable && document->root == nullptr) {
    diagnostics.error({1, 1}, "empty-file", "the file is empty", "start with `schema:`");
    usable = false;
  }
  if (usable) {
    result.document = std::move(document);
  }
  result.diagnostics = diagnostics.take();
  return result;
}

}  // namespace cepin::yaml
