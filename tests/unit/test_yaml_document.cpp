#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "yaml/document.hpp"

using namespace cepin;

namespace {
std::string first(const yaml::ParseResult& r) {
  if (r.diagnostics.empty()) {
    return "";
  }
  const auto& d = r.diagnostics[0];
  return std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message;
}

// `k0: 0` … one map entry a line, `count` of them.
std::string numbered_entries(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
  }
  return text;
}

}  // namespace

TEST_SUITE("yaml::parse") {
  TEST_CASE("builds positioned nodes") {
    diag::SourceText source("t.yaml", "名称: 民族\nlist:\n  - 1.10\n  - \"yes\"\nempty:\nnull: ~\n");
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    CHECK(r.diagnostics.empty());
    const yaml::Node& root = *r.document->root;
    REQUIRE(root.is_map());
    const auto* name = root.find("名称");
    REQUIRE(name);
    CHECK(name->value->value == "民族");
    CHECK(name->value->position.line == 1);
    CHECK(name->value->position.column == 5);
    const auto* list = root.find("list");
    REQUIRE(list->value->is_sequence());
    CHECK(list->value->items[0]->value == "1.10");
    CHECK(list->value->items[0]->plain);
    CHECK_FALSE(list->value->items[1]->plain);
    CHECK(list->value->items[1]->position.column == 5);
    CHECK(root.find("empty")->value->is_null());
    CHECK(root.find("null")->value->is_null());
  }
  TEST_CASE("duplicate keys are errors at the second key") {
    diag::SourceText source("t.yaml", "a: 1\nb: 2\na: 3\n");
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    CHECK(first(r) == "3:1 duplicate-key duplicate key `a`");
    CHECK(r.document->root->find("a")->value->value == "1");
  }
  TEST_CASE("duplicate keys of a large map (past the scanned first sixteen) are found too") {
    std::string text = numbered_entries(40);
    text += "~: first\nk3: again\nk39: again\n~: second\nnull: other\nk40: new\n";
    diag::SourceText source("t.yaml", text);
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    REQUIRE(r.diagnostics.size() == 3);
    CHECK(r.diagnostics[0].line == 42);
    CHECK(r.diagnostics[0].message == "duplicate key `k3`");
    CHECK(r.diagnostics[1].line == 43);
    CHECK(r.diagnostics[1].message == "duplicate key `k39`");
    CHECK(r.diagnostics[2].line == 44);
    CHECK(r.diagnostics[2].message == "duplicate key `~`");
    const yaml::Node& root = *r.document->root;
    CHECK(root.entries.size() == 43);  // k0..k40, `~` and `null` (a different text)
    CHECK(root.find("k3")->value->value == "3");
    CHECK(root.find("k39")->value->value == "39");
    CHECK(root.find("k40")->value->value == "new");
  }
  TEST_CASE("a large map's list key is no text for the duplicate check (as in a small map)") {
    std::string text = "? [a]\n: 1\n" + numbered_entries(16);
    text += "\"\": empty\n";
    diag::SourceText source("t.yaml", text);
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    CHECK(r.diagnostics.empty());  // the old set took the list key's "" for a text and reported `""`
    CHECK(r.document->root->entries.size() == 18);
  }
  TEST_CASE("merge keys are rejected") {
    diag::SourceText source("t.yaml", "base: &b {x: 1}\nother:\n  <<: *b\n");
    auto r = yaml::parse(source);
    CHECK(first(r) == "3:3 merge-key merge keys (`<<`) are not supported");
  }
  TEST_CASE("syntax errors get our wording and a real position") {
    diag::SourceText source("t.yaml", "a: [1, 2\nb: 3\n");
    auto r = yaml::parse(source);
    CHECK_FALSE(r.document);
    CHECK(first(r) == "1:4 yaml-syntax this `[` is never closed");
  }
  TEST_CASE("every yaml-cpp syntax error gets cepin's wording") {
    const std::string special = "quote text that starts with a special character (`@`, `` ` ``, `%`, `!`, `&`, `*`)";
    const std::pair<const char*, std::string> cases[] = {
        {"a:\n  b: 1\n c: 2\n",
         "3:2 yaml-syntax the indentation here does not continue the block above | line up the entry with its siblings"},
        {"a: 1\n- b\n",
         "2:1 yaml-syntax the indentation here does not continue the block above | line up the entry with its siblings"},
        {"a: *nothing\n", "1:4 yaml-syntax this alias refers to no anchor | "},
        {"a: &x 1\nb: &y *x\n",
         "2:7 yaml-syntax an alias cannot carry an anchor of its own | write the alias alone (`*name`), or write the "
         "value itself after the anchor"},
        {"l:\n  - &x 名\n  - &y *x\n",
         "3:8 yaml-syntax an alias cannot carry an anchor of its own | write the alias alone (`*name`), or write the "
         "value itself after the anchor"},
        {"名: &x 1\n名称: &y *x\n",
         "2:8 yaml-syntax an alias cannot carry an anchor of its own | write the alias alone (`*name`), or write the "
         "value itself after the anchor"},
        {"a: [&x 1, &y *x]\n",
         "1:14 yaml-syntax an alias cannot carry an anchor of its own | write the alias alone (`*name`), or write the "
         "value itself after the anchor"},
        {"a: {k: &x 1, m: &y *x}\n",
         "1:20 yaml-syntax an alias cannot carry an anchor of its own | write the alias alone (`*name`), or write the "
         "value itself after the anchor"},
        {"a: [1, 2}\n", "1:9 yaml-syntax this closing bracket has no opening one | "},
        {"a: `x`\n", "1:4 yaml-syntax this is not valid YAML | " + special},
        {"a: @x\n", "1:4 yaml-syntax this is not valid YAML | " + special},
        {"a: \"\\q\"\n",
         "1:7 yaml-syntax unknown escape sequence in a double-quoted text | write `\\\\` for a backslash, or use single "
         "quotes"},
        {"a: b: c\n",
         "1:5 yaml-syntax a `key: value` pair is not allowed here | check the indentation and quote values that contain "
         "`: `"},
        {"--- 1\n--- 2\n",
         "2:1 multiple-documents a file must hold exactly one YAML document | remove the second `---` or split the file "
         "in two"},
        {"a: 1\n...\n# next\n\nb: 2\n",
         "5:1 multiple-documents a file must hold exactly one YAML document | remove the second `---` or split the file "
         "in two"},
        {"a: { b\n", "1:4 yaml-syntax this `{` is never closed | add the missing `}`"},
        {"? [a\n", "1:3 yaml-syntax this `[` is never closed | add the missing `]`"},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(std::string(text));
      diag::SourceText source("t.yaml", text);
      auto r = yaml::parse(source);
      CHECK_FALSE(r.document);
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(first(r) + " | " + r.diagnostics[0].hint == expected);
    }
  }
  TEST_CASE("text that does not fit a top-level list is a syntax error, not a second document") {
    for (const char* text : {"- a\nb: 1\n", "- a\n# note\n\nb: 1\n"}) {
      CAPTURE(std::string(text));
      diag::SourceText source("t.yaml", text);
      auto r = yaml::parse(source);
      CHECK_FALSE(r.document);
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(r.diagnostics[0].code == "yaml-syntax");
      CHECK(r.diagnostics[0].message == "the indentation here does not continue the block above");
      CHECK(r.diagnostics[0].hint ==
            "a file holds one top-level map or list: make this line an entry like the ones above it");
      CHECK(r.diagnostics[0].column == 1);
    }
  }
  TEST_CASE("tabs") {
    diag::SourceText source("t.yaml", "a:\n\tb: 1\n");
    auto r = yaml::parse(source);
    CHECK_FALSE(r.document);
    CHECK(r.diagnostics.at(0).code == "yaml-tab");
    CHECK(r.diagnostics.at(0).line == 2);
  }
  TEST_CASE("several documents") {
    diag::SourceText source("t.yaml", "a: 1\n---\nb: 2\n");
    auto r = yaml::parse(source);
    CHECK(first(r) == "2:1 multiple-documents a file must hold exactly one YAML document");
  }
  TEST_CASE("empty") {
    diag::SourceText source("t.yaml", "# only a comment\n\n");
    CHECK(first(yaml::parse(source)) == "1:1 empty-file the file is empty");
  }
  TEST_CASE("deep nesting is a clean error") {
    std::string deep = std::string(10000, '[') + std::string(10000, ']');
    diag::SourceText source("t.yaml", deep);
    auto r = yaml::parse(source);
    CHECK(first(r) == "1:257 yaml-too-deep the document nests deeper than 256 levels");
  }
  TEST_CASE("billion laughs is cheap") {
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char prev = 'a';
    for (char c = 'b'; c <= 'j'; ++c) {
      text += std::string(1, c) + ": &" + c + " [";
      for (int i = 0; i < 10; ++i) {
        text += std::string(i ? ", " : "") + "*" + prev;
      }
      text += "]\n";
      prev = c;
    }
    diag::SourceText source("t.yaml", text);
    auto r = yaml::parse(source);
    CHECK(first(r) == "6:36 yaml-alias-expansion aliases repeat more than 1000000 nodes");
    CHECK(r.diagnostics.at(0).hint == "repeat the values instead of nesting aliases");
  }
  TEST_CASE("the node limit and the alias limit are separate") {
    yaml::ParseLimits limits;
    limits.max_nodes = 10;
    limits.max_expanded_nodes = 20;
    SUBCASE("nodes written in the file, the top-level one aside") {
      diag::SourceText ten("t.yaml", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n");
      CHECK(yaml::parse(ten, limits).document);
      diag::SourceText eleven("t.yaml", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n");
      auto r = yaml::parse(eleven, limits);
      CHECK_FALSE(r.document);
      CHECK(first(r) == "1:33 yaml-too-many-nodes the file has more than 10 nodes");
    }
    SUBCASE("an alias is one node written, and its expansion counts against the alias limit") {
      limits.max_nodes = 20;
      diag::SourceText fits("t.yaml", "a: &a [1, 2, 3, 4, 5, 6]\nb: [*a, *a]\n");
      CHECK(yaml::parse(fits, limits).diagnostics.empty());
      diag::SourceText over("t.yaml", "a: &a [1, 2, 3, 4, 5, 6]\nb: [*a, *a, *a]\n");
      CHECK(first(yaml::parse(over, limits)) == "2:13 yaml-alias-expansion aliases repeat more than 20 nodes");
    }
  }
  TEST_CASE("aliases are placed where they are written") {
    SUBCASE("a scalar: a copy at the alias") {
      diag::SourceText source("t.yaml", "a: &x \"1.10\"\nb:  *x\n");
      auto r = yaml::parse(source);
      REQUIRE(r.document);
      const yaml::Node* a = r.document->root->find("a")->value;
      const yaml::Node* b = r.document->root->find("b")->value;
      CHECK(b != a);
      CHECK(b->is_scalar());
      CHECK(b->value == "1.10");
      CHECK_FALSE(b->plain);
      CHECK(a->position.line == 1);
      CHECK(a->position.column == 4);
      CHECK(b->position.line == 2);
      CHECK(b->position.column == 5);
    }
    SUBCASE("a null") {
      diag::SourceText source("t.yaml", "n: &n ~\nc: [1, *n]\n");
      auto r = yaml::parse(source);
      REQUIRE(r.document);
      const yaml::Node* item = r.document->root->find("c")->value->items[1];
      CHECK(item->is_null());
      CHECK(item->position.line == 2);
      CHECK(item->position.column == 8);
    }
    SUBCASE("a map: one level copied, the children shared") {
      diag::SourceText source("t.yaml", "\"A.2\": &x {met: [a]}\n\"A.1\": *x\n");
      auto r = yaml::parse(source);
      REQUIRE(r.document);
      CHECK(r.diagnostics.empty());
      const yaml::Node* anchored = r.document->root->find("A.2")->value;
      const yaml::Node* alias = r.document->root->find("A.1")->value;
      REQUIRE(alias->is_map());
      CHECK(alias->flow);
      CHECK(alias->position.line == 2);
      CHECK(alias->position.column == 8);
      CHECK(anchored->position.line == 1);
      CHECK(anchored->position.column == 8);
      REQUIRE(alias->entries.size() == 1);
      CHECK(alias->find("met")->value == anchored->find("met")->value);
    }
    SUBCASE("a list") {
      diag::SourceText source("t.yaml", "a: &x [1, 2]\nb: *x\n");
      auto r = yaml::parse(source);
      REQUIRE(r.document);
      const yaml::Node* a = r.document->root->find("a")->value;
      const yaml::Node* b = r.document->root->find("b")->value;
      CHECK(b->position.line == 2);
      CHECK(b->position.column == 4);
      REQUIRE(b->items.size() == 2);
      CHECK(b->items[0] == a->items[0]);
      CHECK(b->items[1] == a->items[1]);
    }
  }
  TEST_CASE("a long text repeated by aliases is cheap") {
    std::string text = "a: &a \"" + std::string(100, 'x') + "\"\nb: [*a, *a, *a]\n";
    diag::SourceText source("t.yaml", text);
    yaml::ParseLimits limits;
    limits.max_alias_text_bytes = 250;
    auto r = yaml::parse(source, limits);
    CHECK_FALSE(r.document);
    CHECK(first(r) == "2:13 yaml-alias-expansion aliases repeat more than 250 bytes of text");
    limits.max_alias_text_bytes = 300;
    CHECK(yaml::parse(source, limits).document);
  }
  TEST_CASE("a list entry where a value belongs, and files with nothing in them") {
    const std::pair<const char*, const char*> cases[] = {
        {"a: - b\n", "1:4 yaml-syntax a list entry `- ` is not allowed here | check the indentation of this entry"},
        {"%YAML 1.2\n", "1:1 empty-file the file is empty | start with `schema:`"},
        {"# c\r\n\t\n  # d\n", "1:1 empty-file the file is empty | start with `schema:`"},
        {"a:\n  b: 1\n\tc: 2\n", "3:1 yaml-tab a tab is used for indentation | YAML indents with spaces only"},
        {"a: \"x", "1:4 yaml-syntax this quoted text is never closed | close the quote: add `\"` where the text ends"},
        {"a:\n  \"b",
         "2:3 yaml-syntax this quoted text is never closed | close the quote: add `\"` where the text ends"},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(std::string(text));
      diag::SourceText source("t.yaml", text);
      auto r = yaml::parse(source);
      CHECK_FALSE(r.document);
      REQUIRE(r.diagnostics.size() == 1);
      CHECK(first(r) + " | " + r.diagnostics[0].hint == expected);
    }
  }
  TEST_CASE("a document marker alone is a document with an empty root") {
    for (const char* text : {"---\n", "...\n", "--- \n...\n"}) {
      CAPTURE(std::string(text));
      diag::SourceText source("t.yaml", text);
      auto r = yaml::parse(source);
      CHECK(r.diagnostics.empty());
      REQUIRE(r.document);
      REQUIRE(r.document->root != nullptr);
      CHECK(r.document->root->is_null());
      CHECK(std::string(yaml::describe(*r.document->root)) == "nothing");
    }
  }
  TEST_CASE("null keys and values keep the word they were written with") {
    diag::SourceText source("t.yaml", "null: 1\n~: 2\nNull: 3\nNULL: 4\nnullx: 5\nlist: [null, ~,NULL]\na: ~");
    auto r = yaml::parse(source);
    REQUIRE(r.document);
    const yaml::Node& root = *r.document->root;
    for (const char* key : {"null", "~", "Null", "NULL"}) {
      CAPTURE(std::string(key));
      REQUIRE(root.find(key) != nullptr);
      CHECK(root.find(key)->key->is_null());
    }
    CHECK(root.find("~")->value->value == "2");
    CHECK(root.find("nullx")->key->is_scalar());
    const yaml::Node& list = *root.find("list")->value;
    REQUIRE(list.items.size() == 3);
    CHECK(list.items[0]->value == "null");
    CHECK(list.items[1]->value == "~");
    CHECK(list.items[2]->value == "NULL");
    CHECK(list.items[2]->is_null());
    CHECK(root.find("a")->value->value == "~");  // at the very end of the text
  }
  TEST_CASE("after `...`, blank and comment lines before the next document") {
    diag::SourceText source("t.yaml", "a: 1\n...\n  \n\t\n# c\nb: 2\n");
    auto r = yaml::parse(source);
    CHECK_FALSE(r.document);
    CHECK(first(r) == "6:1 multiple-documents a file must hold exactly one YAML document");
  }
}
