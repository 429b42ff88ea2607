// The record reader of saved results: JSON Lines, an array, spanning values, read in any block size.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "results/records.hpp"

using namespace cepin;
using results::RecordReader;

namespace {

// The lines joined, each ended by a newline (a mismatch then prints readably).
std::string lines(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    out += item + "\n";
  }
  return out;
}

// A reader over `text` whose fill hands out at most `chunk` bytes at a time.
RecordReader chunked(const std::string& text, std::size_t chunk) {
  auto shared = std::make_shared<std::string>(text);
  auto offset = std::make_shared<std::size_t>(0);
  return RecordReader("saved.json", [shared, offset, chunk](char* into, std::size_t size) {
    std::size_t n = std::min({size, chunk, shared->size() - *offset});
    std::memcpy(into, shared->data() + *offset, n);
    *offset += n;
    return n;
  });
}

// Every step until the end, one a line: "L:C text" for a record, "L:C code: message" for a problem, then "end".
std::string steps(RecordReader reader) {
  std::vector<std::string> out;
  for (int guard = 0; guard < 100; ++guard) {
    results::Record record;
    diag::Diagnostic problem;
    RecordReader::Step step = reader.next(record, problem);
    if (step == RecordReader::Step::end) {
      out.push_back("end");
      return lines(out);
    }
    if (step == RecordReader::Step::record) {
      out.push_back(std::to_string(record.line) + ":" + std::to_string(record.column) + " " + std::string(record.text));
    } else {
      out.push_back(std::to_string(problem.line) + ":" + std::to_string(problem.column) + " " + problem.code + ": " +
                    problem.message + " | " + problem.hint);
    }
  }
  out.push_back("no end");
  return lines(out);
}

// The steps over `text`, checked to be the same when the text comes a byte or three at a time.
std::string read_all(const std::string& text) {
  std::string whole = steps(RecordReader::over_text("saved.json", text));
  CHECK(steps(chunked(text, 1)) == whole);
  CHECK(steps(chunked(text, 3)) == whole);
  return whole;
}

}  // namespace

TEST_SUITE("results::RecordReader") {
  TEST_CASE("nothing but blanks or a byte order mark is no record") {
    CHECK(read_all("") == lines({"end"}));
    CHECK(read_all(" \t\r\n\n") == lines({"end"}));
    CHECK(read_all("\xEF\xBB\xBF") == lines({"end"}));
    CHECK(read_all("\xEF\xBB\xBF\n  ") == lines({"end"}));
  }
  TEST_CASE("JSON Lines: blank lines skipped, blanks trimmed, a broken line is a record of its own") {
    CHECK(read_all("{\"a\":1}\r\n\n  {\"b\":\"}\\\"{\"}  \n{broken\n{\"c\":3}") ==
          lines({"1:1 {\"a\":1}", "3:3 {\"b\":\"}\\\"{\"}", "4:1 {broken", "5:1 {\"c\":3}", "end"}));
  }
  TEST_CASE("JSON Lines when a broken first line is followed by a record") {
    CHECK(read_all("\xEF\xBB\xBF{\"a\": [1,\n  {\"b\":1}\n") == lines({"1:1 {\"a\": [1,", "2:3 {\"b\":1}", "end"}));
  }
  TEST_CASE("a single line without a newline") {
    CHECK(read_all("{\"a\":1}") == lines({"1:1 {\"a\":1}", "end"}));
  }
  TEST_CASE("values spanning lines (a pretty-printed object), then scalars and strays") {
    CHECK(read_all("{\n  \"é\": [1,\n 2]\n}\n\n{\"b\":\"x y\"} \"top, level\" 42,true }") ==
          lines({"1:1 {\n  \"é\": [1,\n 2]\n}", "6:1 {\"b\":\"x y\"}", "6:13 \"top, level\"", "6:26 42", "6:28 ,",
                "6:29 true", "6:34 }", "end"}));
  }
  TEST_CASE("an array: records between commas, brackets inside strings ignored") {
    CHECK(read_all("\xEF\xBB\xBF [ {\"a\":1} ,\n {\"b\":\"x]\"}]\n ") ==
          lines({"1:4 {\"a\":1}", "2:2 {\"b\":\"x]\"}", "end"}));
    CHECK(read_all("[]") == lines({"end"}));
    CHECK(read_all("[ \n ]") == lines({"end"}));
  }
  TEST_CASE("an array's syntax errors stop the reading") {
    CHECK(read_all("[{\"a\":1}] x") ==
          lines({"1:2 {\"a\":1}",
                 "1:11 results-syntax: text after the array's closing `]` | keep one array of results per file",
                 "end"}));
    CHECK(read_all("[{\"a\":1}") ==
          lines({"1:2 {\"a\":1}",
                "1:9 results-syntax: the array of results is never closed | add the closing `]`, or save the results "
                "with --format jsonl",
                "end"}));
    CHECK(read_all("[\n{\"a\":1} {\"b\":2}]") ==
          lines({"2:1 {\"a\":1}",
                "2:9 results-syntax: expected `,` or `]` after a result, found `{` | separate the results with `,`",
                "end"}));
    CHECK(read_all("[{\"a\":1}, ]") ==
          lines({"1:2 {\"a\":1}", "1:11 results-syntax: a `,` is not followed by a result | remove the `,` before `]`",
                "end"}));
    CHECK(read_all("[{\"a\":1},") ==
          lines({"1:2 {\"a\":1}", "1:10 results-syntax: a `,` is not followed by a result | remove the `,` before `]`",
                "end"}));
  }
  TEST_CASE("a record over 16 MiB is a problem; the reading goes on after it") {
    const std::string big(16 * 1024 * 1024 + 10, 'x');
    const std::string hint = " | save one result per line; a result of cepin is far smaller";
    SUBCASE("a line") {
      CHECK(steps(RecordReader::over_text("saved.json", "{\"a\":\"" + big + "\"}\n{\"b\":1}\n")) ==
            lines({"1:1 result-too-large: this saved result is larger than 16 MiB" + hint, "2:1 {\"b\":1}", "end"}));
    }
    SUBCASE("a value spanning lines") {
      CHECK(steps(RecordReader::over_text("saved.json", "{\n\"a\":\"" + big + "\"}\n{\"b\":1}")) ==
            lines({"1:1 result-too-large: this saved result is larger than 16 MiB" + hint, "3:1 {\"b\":1}", "end"}));
    }
    SUBCASE("an array element") {
      CHECK(steps(RecordReader::over_text("saved.json", "[{\"a\":\"" + big + "\"},\n{\"b\":1}]")) ==
            lines({"1:2 result-too-large: this saved result is larger than 16 MiB" + hint, "2:1 {\"b\":1}", "end"}));
    }
  }
  TEST_CASE("a file's records") {
    std::FILE* file = std::tmpfile();
    REQUIRE(file != nullptr);
    std::fputs("{\"a\":1}\n{\"b\":2}\n", file);
    std::rewind(file);
    CHECK(steps(results::file_records("f.jsonl", file)) == lines({"1:1 {\"a\":1}", "2:1 {\"b\":2}", "end"}));
    std::fclose(file);
  }
}

TEST_SUITE("results::RecordReader::locate") {
  TEST_CASE("an offset on a later line of the record, and on the first line of a record that starts mid-line") {
    RecordReader reader = RecordReader::over_text("saved.json", "[ {\"a\":\n  1x}]");
    results::Record record;
    diag::Diagnostic problem;
    REQUIRE(reader.next(record, problem) == RecordReader::Step::record);
    CHECK(reader.path() == "saved.json");
    diag::Diagnostic later = reader.locate(record, 9, "results-syntax", "bad", "fix");
    CHECK(later.line == 2);
    CHECK(later.column == 4);
    CHECK(later.source_line == "  1x}");
    CHECK(later.code == "results-syntax");
    CHECK(later.hint == "fix");
    diag::Diagnostic first = reader.locate(record, 1, "c", "m", "h");
    CHECK(first.line == 1);
    CHECK(first.column == 4);
    CHECK(first.source_line == "{\"a\":");
    diag::Diagnostic past = reader.locate(record, 999, "c", "m", "h");
    CHECK(past.line == 2);
    CHECK(past.column == 6);
  }
}

TEST_SUITE("results::looks_like") {
  TEST_CASE("saved results start with { or [ past a byte order mark and blanks") {
    CHECK(results::looks_like_saved("{\"a\":1}"));
    CHECK(results::looks_like_saved("\xEF\xBB\xBF \r\n\t["));
    CHECK_FALSE(results::looks_like_saved("schema: x"));
    CHECK_FALSE(results::looks_like_saved("\xEF\xBB\xBF  "));
    CHECK_FALSE(results::looks_like_saved(""));
  }
  TEST_CASE("a results sheet by its header") {
    CHECK(results::looks_like_results_csv("source,unit_id,unit_name,rubric,score,max,verdict,grade"));
    CHECK(results::looks_like_results_csv("\xEF\xBB\xBFsource,unit_id,unit_name,rubric,score,max,verdict"));
    CHECK_FALSE(results::looks_like_results_csv("unit_id,unit_name,rubric"));
    CHECK_FALSE(results::looks_like_results_csv("\xEF\xBB\xBF"));
  }
}
