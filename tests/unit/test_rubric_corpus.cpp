// The invalid-rubric corpus (tests/data/rubrics/invalid): every file names the
// diagnostics it must produce in `# expect: L:C code message` lines. Plus the
// valid rubrics, and hostile inputs generated here rather than stored.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "rubric/loader.hpp"
#include "run/base_finder.hpp"

using namespace cepin;

namespace {

namespace fs = std::filesystem;

const fs::path k_rubrics = fs::path(CEPIN_SOURCE_DIR) / "tests" / "data" / "rubrics";

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> expectations(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  const std::string marker = "# expect: ";
  while (std::getline(in, line)) {
    if (line.rfind(marker, 0) == 0) {
      out.push_back(line.substr(marker.size()));
    }
  }
  return out;
}

// "L:C code message" for the file itself, "path:L:C code message" for
// another (a base), each note on a line of its own after, as "note …".
std::vector<std::string> rendered(const rubric::LoadResult& result, const std::string& file = {}) {
  std::vector<std::string> out;
  auto line = [&](const diag::Diagnostic& d) {
    std::string where = d.path == file || file.empty() ? "" : d.path + ":";
    return where + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message;
  };
  for (const auto& d : result.diagnostics) {
    out.push_back(line(d));
    for (const auto& note : d.notes) {
      out.push_back("note " + line(note));
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) {
    out += line + "\n";
  }
  return out;
}

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Bases for the files that `extends`: the rubrics of tests/data/rubrics/bases
// (named `bases/<file>`) by id, then the built-ins.
rubric::LoadOptions corpus_options() {
  rubric::LoadOptions options;
  options.resolver = [](const rubric::BaseRequest& request) {
    for (const fs::path& path : files_in(k_rubrics / "bases")) {
      std::string bytes = read_bytes(path);
      std::string schema;
      std::string name = "bases/" + path.filename().string();
      if (name != request.from_path && run::peek_rubric_id(name, bytes, schema) == request.id) {
        rubric::BaseFound found;
        found.status = rubric::BaseFound::Status::found;
        found.path = name;
        found.bytes = bytes;
        return found;
      }
    }
    rubric::BaseFound builtin = run::find_builtin_base(request.id);
    if (builtin.status == rubric::BaseFound::Status::not_found) {
      for (const fs::path& path : files_in(k_rubrics / "bases")) {
        std::string schema;
        builtin.known.push_back(run::peek_rubric_id(path.string(), read_bytes(path), schema));
      }
    }
    return builtin;
  };
  return options;
}

// The first diagnostic's code, or "" when the load produced none.
std::string first_code(const rubric::LoadResult& result) {
  return result.diagnostics.empty() ? "" : result.diagnostics.front().code;
}

}  // namespace

TEST_SUITE("rubric::corpus") {
  TEST_CASE("every invalid rubric gives exactly its expected diagnostics") {
    std::vector<fs::path> files = files_in(k_rubrics / "invalid");
    CHECK(files.size() >= 40);
    for (const fs::path& path : files) {
      CAPTURE(path.filename().string());
      std::string bytes = read_bytes(path);
      std::vector<std::string> expected = expectations(bytes);
      REQUIRE_FALSE(expected.empty());
      rubric::LoadResult result = rubric::load_from_bytes(path.filename().string(), bytes, corpus_options());
      CHECK(!result.rubric);
      CHECK(joined(rendered(result, path.filename().string())) == joined(expected));
      // The file is named after the code it is about.
      std::string stem = path.stem().string();
      std::string code_of_name = stem.substr(0, stem.find('.'));
      bool named_code_seen = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                         [&](const auto& d) { return d.code == code_of_name; });
      CHECK(named_code_seen);
    }
  }

  TEST_CASE("the valid rubrics load without diagnostics") {
    for (const fs::path& path : files_in(k_rubrics / "valid")) {
      CAPTURE(path.filename().string());
      rubric::LoadResult result = rubric::load_from_bytes(path.string(), read_bytes(path), corpus_options());
      CHECK(joined(rendered(result)) == "");
      CHECK(static_cast<bool>(result.rubric));
    }
  }

  TEST_CASE("hostile inputs give a diagnostic, never a crash or a hang") {
    SUBCASE("not UTF-8") {
      auto result = rubric::load_from_bytes("t.yaml", "schema: cepin/rubric/1\nid: \xff\xfe\n");
      CHECK(joined(rendered(result)) == "2:5 invalid-utf8 the file is not valid UTF-8 here\n");
    }
    SUBCASE("10,000 nested lists") {
      std::string text = "schema: cepin/rubric/1\nid: deep\ncategories: " + std::string(10000, '[') +
                         std::string(10000, ']') + "\n";
      auto result = rubric::load_from_bytes("t.yaml", text);
      CHECK(!result.rubric);
      CHECK(first_code(result) == "yaml-too-deep");
    }
    SUBCASE("10,000 nested maps") {
      std::string text;
      for (int i = 0; i < 10000; ++i) {
        text += "{a: ";
      }
      text += "1" + std::string(10000, '}') + "\n";
      auto result = rubric::load_from_bytes("t.yaml", text);
      CHECK(!result.rubric);
      CHECK(first_code(result) == "yaml-too-deep");
    }
    SUBCASE("a 1 MB line of garbage") {
      std::string text = "schema: cepin/rubric/1\n";
      std::string garbage;
      for (int i = 0; garbage.size() < 1'000'000; ++i) {
        garbage += "][}{:,&*!|>'\"%@`"[i % 16];
      }
      auto result = rubric::load_from_bytes("t.yaml", text + garbage + "\n");
      CHECK(!result.rubric);
      CHECK_FALSE(result.diagnostics.empty());
    }
    SUBCASE("a 1 MB scalar as the title") {
      std::string text = "schema: cepin/rubric/1\nid: big\ntitle: " + std::string(1'000'000, 'x') + "\n";
      auto result = rubric::load_from_bytes("t.yaml", text);
      CHECK(!result.rubric);
      CHECK(joined(rendered(result)) ==
            "1:1 missing-key the rubric has no `total`\n"
            "1:1 missing-key the rubric has no `threshold`\n"
            "1:1 missing-key the rubric has no `categories`\n");
    }
    SUBCASE("billion laughs") {
      std::string text = "schema: cepin/rubric/1\nid: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
      for (int i = 1; i < 10; ++i) {
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int j = 0; j < 10; ++j) {
          text += std::string(j ? ", " : "") + "*a" + std::to_string(i - 1);
        }
        text += "]\n";
      }
      auto result = rubric::load_from_bytes("t.yaml", text);
      CHECK(!result.rubric);
      CHECK_FALSE(result.diagnostics.empty());
    }
    SUBCASE("an alias-shared tree is read once per use, cheaply") {
      std::string text =
          "schema: cepin/rubric/1\nid: shared\ntitle: t\ntotal: 2\nthreshold: 1\n"
          "rule: &r {type: manual, step: 0.5}\n"
          "categories:\n  - id: a\n    title: A\n    clauses:\n"
          "      - {id: a.1, text: x, points: 1, rule: *r}\n      - {id: a.2, text: y, points: 1, rule: *r}\n";
      auto result = rubric::load_from_bytes("t.yaml", text);
      CHECK(joined(rendered(result)) == "6:1 unknown-key unknown key `rule` in the rubric\n");
    }
  }
}
