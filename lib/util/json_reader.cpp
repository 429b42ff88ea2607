#include "util/json_reader.hpp"

#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "util/json_hex.hpp"
#include "util/utf8.hpp"

namespace cepin::util {

namespace {

using json_hex::hex4;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The bytes a string's plain run may hold: printable ASCII but `"` and `\`.
struct PlainBytes {
  bool plain[256] = {};
  PlainBytes() {
    for (int c = 0x20; c < 0x80; ++c) {
      plain[c] = c != '"' && c != '\\';
    }
  }
};
const PlainBytes k_plain;
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// What a character outside a string says about the error.
std::string describe(std::string_view text, std::size_t at) {
  if (at >= text.size()) {
    return "the end of the text";
  }
  unsigned char c = static_cast<unsigned char>(text[at]);
  if (c >= 0x21 && c < 0x7F) {
    return fmt::format("`{}`", static_cast<char>(c));
  }
  return fmt::format("the byte 0x{:02X}", c);
}

}  // namespace

// The recursive-descent parser behind JsonTree::parse.
class JsonParser {
 public:
  // Takes the tree's node storage (to reuse it) until give_back().
  JsonParser(JsonTree& tree, std::string_view text, JsonLimits limits)
      : m_nodes(std::move(tree.m_nodes)), m_text(text), m_limits(limits) {
    if (m_limits.skip_keys != nullptr) {
      for (std::string_view skip : *m_limits.skip_keys) {
        if (!skip.empty() && skip.size() < k_filter_lengths) {
          m_skip_filter[skip.size()] |= std::uint64_t{1} << (static_cast<unsigned char>(skip[0]) & 63);
        }
      }
    }
  }

  std::optional<JsonError> run() {
    skip_space();
    if (!value(0)) {
      return m_error;
    }
    skip_space();
    if (m_pos != m_text.size()) {
      fail(m_pos, fmt::format("{} after the value", describe(m_text, m_pos)),
           "keep one JSON value per line (JSON Lines) or one array");
      return m_error;
    }
    return std::nullopt;
  }

  // Hands the nodes back to the tree.
  void give_back(JsonTree& tree) { tree.m_nodes = std::move(m_nodes); }

 private:
  bool fail(std::size_t at, std::string message, std::string hint = {}) {
    m_error = JsonError{at, std::move(message), std::move(hint)};
    return false;
  }

  void skip_space() {
    while (m_pos < m_text.size() && is_space(m_text[m_pos])) {
      ++m_pos;
    }
  }

  std::uint32_t add(JsonKind kind, std::size_t offset) {
    JsonTree::Node node;
    node.kind = kind;
    node.offset = static_cast<std::uint32_t>(offset);
    m_nodes.push_back(node);
    return static_cast<std::uint32_t>(m_nodes.size() - 1);
  }

  void close(std::uint32_t index) { m_nodes[index].end = static_cast<std::uint32_t>(m_nodes.size()); }

  bool literal(std::string_view word, JsonKind kind, bool flag) {
    if (m_text.compare(m_pos, word.size(), word) != 0) {
      return fail(m_pos, fmt::format("{} is not a JSON value", describe(m_text, m_pos)),
                  "write a string in double quotes, a number, true, false or null");
    }
    std::uint32_t index = add(kind, m_pos);
    m_nodes[index].flag = flag;
    m_pos += word.size();
    close(index);
    return true;
  }

  bool number() {
    std::size_t start = m_pos;
    if (m_text[m_pos] == '-') {
      ++m_pos;
    }
    if (m_pos >= m_text.size() || !is_digit(m_text[m_pos])) {
      return fail(start, "a `-` not followed by digits is not a number", "write a number such as -0.5");
    }
    if (m_text[m_pos] == '0' && m_pos + 1 < m_text.size() && is_digit(m_text[m_pos + 1])) {
      return fail(start, "a number has a leading zero", "drop the leading zeros");
    }
    while (m_pos < m_text.size() && is_digit(m_text[m_pos])) {
      ++m_pos;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
      ++m_pos;
      if (m_pos >= m_text.size() || !is_digit(m_text[m_pos])) {
        return fail(start, "a number's `.` is not followed by digits", "write digits after the point");
      }
      while (m_pos < m_text.size() && is_digit(m_text[m_pos])) {
        ++m_pos;
      }
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
      ++m_pos;
      if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
        ++m_pos;
      }
      if (m_pos >= m_text.size() || !is_digit(m_text[m_pos])) {
        return fail(start, "a number's exponent has no digits", "write digits after the `e`");
      }
      while (m_pos < m_text.size() && is_digit(m_text[m_pos])) {
        ++m_pos;
      }
    }
    std::uint32_t index = add(JsonKind::number, start);
    m_nodes[index].length = static_cast<std::uint32_t>(m_pos - start);
    close(index);
    return true;
  }

  // A string at m_pos: plain ASCII closed by `"` here, anything else in string_rest().
  bool string() {
    const char* data = m_text.data();
    std::size_t size = m_text.size();
    std::size_t pos = m_pos + 1;
    while (pos < size && k_plain.plain[static_cast<unsigned char>(data[pos])]) {
      ++pos;
    }
    if (pos < size && data[pos] == '"') {
      std::uint32_t index = add(JsonKind::string, m_pos);
      m_nodes[index].length = static_cast<std::uint32_t>(pos - m_pos - 1);
      m_nodes[index].end = index + 1;
      m_pos = pos + 1;
      return true;
    }
    return string_rest();
  }

  // A string with escapes or non-ASCII bytes, or never closed.
  bool string_rest() {
    std::size_t quote = m_pos++;
    std::size_t start = m_pos;
    bool escaped = false;
    while (true) {
      // Runs of plain ASCII first: most of a result's text.
      const char* data = m_text.data();
      std::size_t size = m_text.size();
      std::size_t pos = m_pos;
      while (pos < size && k_plain.plain[static_cast<unsigned char>(data[pos])]) {
        ++pos;
      }
      m_pos = pos;
      if (m_pos >= m_text.size()) {
        return fail(quote, "this string is never closed", "add the closing `\"`");
      }
      unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        return fail(m_pos, fmt::format("a control character (U+{:04X}) inside a string", c),
                    "write it as an escape such as \\n or \\u0009");
      }
      if (c >= 0x80) {
        std::size_t at = m_pos;
        char32_t cp = next_code_point(m_text, m_pos);
        if (cp == 0xFFFD && m_text.compare(at, 3, "\xEF\xBF\xBD") != 0) {
          return fail(at, "a string holds bytes that are not UTF-8", "save the file as UTF-8");
        }
        continue;
      }
      escaped = true;  // a backslash
      if (m_pos + 1 >= m_text.size()) {
        return fail(quote, "this string is never closed", "add the closing `\"`");
      }
      char e = m_text[m_pos + 1];
      if (std::strchr("\"\\/bfnrt", e) != nullptr && e != '\0') {
        m_pos += 2;
        continue;
      }
      if (e != 'u') {
        return fail(m_pos, fmt::format("`\\{}` is not a JSON escape", e == '\0' ? '0' : e),
                    "write \\\\ for a backslash");
      }
      int unit = hex4(m_text, m_pos + 2);
      if (unit < 0) {
        return fail(m_pos, "`\\u` is not followed by four hex digits", "write \\u and four hex digits");
      }
      std::size_t at = m_pos;
      m_pos += 6;
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        int low = m_text.compare(m_pos, 2, "\\u") == 0 ? hex4(m_text, m_pos + 2) : -1;
        if (low < 0xDC00 || low > 0xDFFF) {
          return fail(at, "a \\u escape is half of a surrogate pair", "write the whole pair, or the character itself");
        }
        m_pos += 6;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return fail(at, "a \\u escape is half of a surrogate pair", "write the whole pair, or the character itself");
      }
    }
    std::uint32_t index = add(JsonKind::string, quote);
    m_nodes[index].length = static_cast<std::uint32_t>(m_pos - start);
    m_nodes[index].flag = escaped;
    ++m_pos;  // the closing quote
    close(index);
    return true;
  }

  // Whether the key just parsed (the last node) names a member to leave out.
  bool skipped_key(std::size_t depth) const {
    if (m_limits.skip_keys == nullptr || depth < m_limits.skip_depth) {
      return false;
    }
    const JsonTree::Node& key = m_nodes.back();
    std::string_view raw = m_text.substr(key.offset + 1, key.length);
    if (raw.empty() || (raw.size() < k_filter_lengths &&
                        ((m_skip_filter[raw.size()] >> (static_cast<unsigned char>(raw[0]) & 63)) & 1) == 0)) {
      return false;  // no skipped key has this length and first byte: most keys stop here
    }
    for (std::string_view skip : *m_limits.skip_keys) {
      if (raw.size() == skip.size() && raw[0] == skip[0] && raw == skip) {
        return true;
      }
    }
    return false;
  }

  // Past a string whose opening quote is at m_pos, by memchr: escapes are
  // honoured, the content is not checked.
  bool skip_string() {
    std::size_t quote = m_pos;
    std::size_t from = m_pos + 1;
    while (true) {
      const void* found = from < m_text.size() ? std::memchr(m_text.data() + from, '"', m_text.size() - from) : nullptr;
      if (found == nullptr) {
        return fail(quote, "this string is never closed", "add the closing `\"`");
      }
      std::size_t at = static_cast<std::size_t>(static_cast<const char*>(found) - m_text.data());
      std::size_t slashes = 0;
      while (at - slashes > quote + 1 && m_text[at - slashes - 1] == '\\') {
        ++slashes;
      }
      from = at + 1;
      if (slashes % 2 == 0) {
        m_pos = from;
        return true;
      }
    }
  }

  // Past a value the reader does not keep: its brackets must balance and
  // its strings close.
  bool skip_value(std::size_t depth) {
    if (m_pos >= m_text.size()) {
      return value(depth);  // reports the end of the text
    }
    char first = m_text[m_pos];
    if (first == '"') {
      return skip_string();
    }
    if (first != '{' && first != '[') {
      // A number or literal, checked as strictly as a kept one, then dropped.
      for (std::string_view word : {std::string_view("true"), std::string_view("false"), std::string_view("null")}) {
        if (first == word[0] && m_text.compare(m_pos, word.size(), word) == 0) {
          m_pos += word.size();
          return true;
        }
      }
      if (first == '-' || is_digit(first)) {
        bool ok = number();
        if (ok) {
          m_nodes.pop_back();
        }
        return ok;
      }
      std::size_t before = m_nodes.size();
      bool ok = value(depth);
      m_nodes.resize(before);
      return ok;
    }
    std::vector<char>& open = m_open;
    open.clear();
    while (m_pos < m_text.size()) {
      char c = m_text[m_pos];
      if (c == '"') {
        if (!skip_string()) {
          return false;
        }
        continue;
      }
      if (c == '{' || c == '[') {
        if (depth + open.size() >= m_limits.max_depth) {
          return fail(m_pos, fmt::format("the value nests deeper than {} levels", m_limits.max_depth),
                      "cepin's results nest a few levels deep; this is not one of them");
        }
        open.push_back(c == '{' ? '}' : ']');
      } else if (c == '}' || c == ']') {
        if (c != open.back()) {
          return fail(m_pos, fmt::format("expected `{}`, found `{}`", open.back(), c), "close what was opened last first");
        }
        open.pop_back();
        if (open.empty()) {
          ++m_pos;
          return true;
        }
      }
      ++m_pos;
    }
    return fail(m_pos, fmt::format("expected `,` or `{}`, found the end of the text", open.back()),
                fmt::format("the text ends too early: add the missing `{}`", open.back()));
  }

  // After an entry: a `,` (another follows) or `closer` (`done`); else an error.
  bool next_entry(char closer, bool& done) {
    skip_space();
    if (m_pos < m_text.size() && m_text[m_pos] == ',') {
      ++m_pos;
      skip_space();
      return true;
    }
    if (m_pos < m_text.size() && m_text[m_pos] == closer) {
      ++m_pos;
      done = true;
      return true;
    }
    return no_next_entry(closer);
  }

  // The error when neither `,` nor `closer` follows an entry (kept out of
  // next_entry, which runs for every entry).
  [[gnu::noinline]] bool no_next_entry(char closer) {
    return fail(m_pos, fmt::format("expected `,` or `{}`, found {}", closer, describe(m_text, m_pos)),
                m_pos >= m_text.size() ? fmt::format("the text ends too early: add the missing `{}`", closer)
                                       : "separate the entries with `,`");
  }

  bool container(std::size_t depth, bool object) {
    if (depth >= m_limits.max_depth) {
      return fail(m_pos, fmt::format("the value nests deeper than {} levels", m_limits.max_depth),
                  "cepin's results nest a few levels deep; this is not one of them");
    }
    std::uint32_t index = add(object ? JsonKind::object : JsonKind::array, m_pos);
    char closer = object ? '}' : ']';
    ++m_pos;
    skip_space();
    std::uint32_t count = 0;
    if (m_pos < m_text.size() && m_text[m_pos] == closer) {
      ++m_pos;
      close(index);
      return true;
    }
    while (true) {
      if (object) {
        if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
          return fail(m_pos, fmt::format("expected a key in double quotes, found {}", describe(m_text, m_pos)),
                      m_pos >= m_text.size() ? "the text ends inside an object: add the missing `}`"
                                             : "write the key as \"name\"");
        }
        if (!string()) {
          return false;
        }
        skip_space();
        if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
          return fail(m_pos, fmt::format("expected `:` after the key, found {}", describe(m_text, m_pos)),
                      "write \"key\": value");
        }
        ++m_pos;
        skip_space();
        if (skipped_key(depth)) {
          m_nodes.pop_back();
          if (!skip_value(depth + 1)) {
            return false;
          }
          bool done = false;
          if (!next_entry(closer, done)) {
            return false;
          }
          if (done) {
            break;
          }
          continue;
        }
      }
      if (!value(depth + 1)) {
        return false;
      }
      ++count;
      bool done = false;
      if (!next_entry(closer, done)) {
        return false;
      }
      if (done) {
        break;
      }
    }
    m_nodes[index].count = count;
    close(index);
    return true;
  }

  bool value(std::size_t depth) {
    if (m_pos >= m_text.size()) {
      return fail(m_pos, "expected a value, found the end of the text", "the record is cut short: write it whole");
    }
    switch (m_text[m_pos]) {
      case '{':
        return container(depth, true);
      case '[':
        return container(depth, false);
      case '"':
        return string();
      case 't':
        return literal("true", JsonKind::boolean, true);
      case 'f':
        return literal("false", JsonKind::boolean, false);
      case 'n':
        return literal("null", JsonKind::null, false);
      default:
        if (m_text[m_pos] == '-' || is_digit(m_text[m_pos])) {
          return number();
        }
        return fail(m_pos, fmt::format("{} is not a JSON value", describe(m_text, m_pos)),
                    "write a string in double quotes, a number, true, false or null");
    }
  }

  static constexpr std::size_t k_filter_lengths = 16;
  // The nodes grow here, in the parser that one thread owns, not in the
  // tree: trees of several threads side by side in memory would otherwise
  // have the threads write to one cache line with every value (false
  // sharing, which once doubled the CPU time of two jobs reading results).
  std::vector<JsonTree::Node> m_nodes;
  std::string_view m_text;
  JsonLimits m_limits;
  // Per key length (< 16): a bit per first byte (mod 64) of the skipped keys
  // of that length; a key whose bit is clear is not skipped.
  std::uint64_t m_skip_filter[k_filter_lengths] = {};
  std::vector<char> m_open;  // skip_value's closers still expected
  std::size_t m_pos = 0;
  JsonError m_error;
};

std::optional<JsonError> JsonTree::parse(std::string_view text, JsonLimits limits) {
  m_nodes.clear();
  m_text = text;
  if (text.size() > 0xFFFFFFF0u) {
    return JsonError{0, "the text is too large to read", "split it into one result per line"};
  }
  JsonParser parser(*this, text, limits);
  std::optional<JsonError> error = parser.run();
  parser.give_back(*this);
  return error;
}

}  // namespace cepin::util
