// A small JSON reader for cepin's own saved results: one value parsed into a
// flat tree that points into the text. Numbers keep their text (never a
// double); strict RFC 8259 syntax; hostile input (deep nesting, huge numbers,
// invalid UTF-8, control characters) is a located error, never a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cepin::util {

// The kind of a JSON value.
enum class JsonKind : std::uint8_t { null, boolean, number, string, array, object };

// "null", "a boolean", "a number", "a string", "an array", "an object".
const char* json_kind_name(JsonKind kind);

class JsonTree;
class JsonItems;

// One value of a JsonTree (a cheap handle; valid while the tree and its text live).
class JsonValue {
 public:
  JsonValue() = default;
  JsonValue(const JsonTree* tree, std::uint32_t index) : m_tree(tree), m_index(index) {}

  // Whether this handle points at a value (find() of a missing key gives none).
  explicit operator bool() const { return m_tree != nullptr; }
  JsonKind kind() const;
  bool is(JsonKind kind) const { return m_tree != nullptr && this->kind() == kind; }
  // The value's byte offset in the parsed text.
  std::size_t offset() const;
  // A boolean's value.
  bool boolean() const;
  // A number's text as written (`91.5`, `-0`, `1e400`).
  std::string_view number_text() const;
  // A string's value, escapes decoded.
  std::string string() const;
  // Whether this is a string whose value is `text` (compared without a copy
  // when the string has no escapes).
  bool string_is(std::string_view text) const;
  // The member `key` of an object (the first one when written twice); none
  // when absent or when this is not an object.
  JsonValue find(std::string_view key) const;
  // The elements of an array or the member values of an object, in order
  // (a range over the tree: nothing is copied).
  JsonItems items() const;
  // The number of elements (array) or members (object); 0 otherwise.
  std::size_t size() const;

 private:
  const JsonTree* m_tree = nullptr;
  std::uint32_t m_index = 0;
  friend class JsonTree;
};

// The elements of an array or the member values of an object, as a range.
class JsonItems {
 public:
  // Steps from one element to the next.
  class Iterator {
   public:
    Iterator(const JsonTree* tree, std::uint32_t index, std::size_t left, bool object)
        : m_tree(tree), m_index(index), m_left(left), m_object(object) {}
    JsonValue operator*() const;
    Iterator& operator++();
    bool operator!=(const Iterator& other) const { return m_left != other.m_left; }

   private:
    const JsonTree* m_tree;
    std::uint32_t m_index;  // the element (for an object: its key)
    std::size_t m_left;
    bool m_object;
  };

  JsonItems() = default;
  JsonItems(const JsonTree* tree, std::uint32_t first, std::size_t count, bool object)
      : m_tree(tree), m_first(first), m_count(count), m_object(object) {}
  Iterator begin() const { return Iterator(m_tree, m_first, m_count, m_object); }
  Iterator end() const { return Iterator(m_tree, 0, 0, m_object); }
  std::size_t size() const { return m_count; }
  // The element at `index` (walks from the first).
  JsonValue operator[](std::size_t index) const;

 private:
  const JsonTree* m_tree = nullptr;
  std::uint32_t m_first = 0;
  std::size_t m_count = 0;
  bool m_object = false;
};

// A parse failure: where (byte offset in the text) and what, with a fix.
struct JsonError {
  std::size_t offset = 0;
  std::string message;
  std::string hint;
};

// Limits a parse enforces, and what it may leave out.
struct JsonLimits {
  std::size_t max_depth = 128;  // arrays and objects nested in each other
  // Object members whose values the reader never looks at (matched by the
  // key as written): their values are checked for structure only (brackets
  // balanced, strings closed) and left out of the tree, which makes reading
  // large saved results several times faster.
  const std::vector<std::string_view>* skip_keys = nullptr;
  std::size_t skip_depth = 0;  // only in objects this deep or deeper (the root is 0)
};

// One parsed JSON value. The tree keeps a view of the text: the text must
// outlive it. Reusing one tree for many parses reuses its storage.
class JsonTree {
 public:
  // Parses `text` as exactly one JSON value (whitespace around it allowed).
  // Returns the error, or nothing on success.
  std::optional<JsonError> parse(std::string_view text, JsonLimits limits = {});
  // The parsed value (valid after a successful parse).
  JsonValue root() const { return JsonValue(this, 0); }

 private:
  struct Node {
    JsonKind kind = JsonKind::null;
    bool flag = false;        // boolean: its value; string: holds escapes
    std::uint32_t offset = 0; // of the value's first byte (a string's opening quote)
    std::uint32_t length = 0; // number text / raw string bytes
    std::uint32_t end = 0;    // index past this node's subtree (the next sibling)
    std::uint32_t count = 0;  // array elements / object members
  };
  friend class JsonValue;
  friend class JsonItems;
  friend class JsonParser;
  std::string_view m_text;
  std::vector<Node> m_nodes;
};

inline JsonKind JsonValue::kind() const { return m_tree->m_nodes[m_index].kind; }

// Decodes the escapes of a JSON string's raw text (between the quotes),
// already checked by the parser.
std::string json_unescape(std::string_view raw);

}  // namespace cepin::util
