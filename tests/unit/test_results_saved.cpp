#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "results/saved.hpp"

using namespace cepin;
using namespace cepin::results;

namespace {

// One saved result line, as `cepin score --format jsonl` writes it (trimmed).
std::string line(const std::string& unit, const std::string& score, const std::string& extra = "") {
  return R"({"schema":"cepin/result/1","source":"a.yaml","rubric":{"id":"r","version":"1","title":"R","total":100,"threshold":90,"precision":0.01,"lang":"zh"},"unit":{"id":")" +
         unit + R"(","name":"U","kind":null},"assessor":"self","assessed_on":"2025-06-30","period":"2025-06","score":)" +
         score +
         R"(,"base":90,"max":100,"verdict":"eligible","reasons":[],"grade":null,"categories":[{"id":"1","title":"T","score":3,"max":5,"items":[{"id":"1.1","clauses":[{"id":"1.1.1","score":3,"max":3}]}]},{"id":"2","clauses":[{"id":"2.1","score":0.5,"max":2}]}],"adjustments":[{"id":"b","kind":"bonus","count":1,"points":2},{"id":"v","kind":"veto","occurred":false}],"prerequisites":[{"id":"p","met":null}],"warnings":[{"code":"unanswered","message":"m"}])" +
         extra + "}";
}

SavedFile read(const std::string& text, RubricLookup lookup = {}) {
  RecordReader reader = RecordReader::over_text("saved.jsonl", text);
  return read_saved(reader, lookup);
}

}  // namespace

TEST_SUITE("saved results") {
  TEST_CASE("a JSON Lines file reads into summaries, decimals exact") {
    SavedFile file = read(line("u1", "91.5") + "\n\n" + line("u2", "88.25") + "\n");
    REQUIRE(file.diagnostics.empty());
    REQUIRE(file.results.size() == 2);
    const ResultSummary& r = file.results[0];
    CHECK(r.provenance == Provenance::saved);
    CHECK(r.file == "saved.jsonl");
    CHECK(r.file_line == 1);
    CHECK(file.results[1].file_line == 3);
    CHECK(r.source == "a.yaml");
    CHECK(r.rubric.id == "r");
    CHECK(r.rubric.version == std::optional<std::string>("1"));
    CHECK(r.rubric.precision_digits == 2);
    CHECK(r.unit_id() == "u1");
    CHECK(r.assessor == "self");
    CHECK(r.period->canonical() == "2025-06");
    CHECK(r.score == util::Decimal::from_units(91'500'000));
    CHECK(file.results[1].score.to_string() == "88.25");
    CHECK(r.verdict == scoring::Verdict::eligible);
    CHECK_FALSE(r.grade);
    REQUIRE(r.clauses.size() == 2);
    CHECK(r.clauses[0].id == "1.1.1");
    CHECK(r.clauses[1].score.to_string() == "0.5");
    REQUIRE(r.adjustments.size() == 2);
    CHECK(r.adjustments[0].points.to_string() == "2");
    CHECK(r.adjustments[1].occurred == std::optional<bool>(false));
    CHECK(r.prerequisites[0].met == std::nullopt);
    CHECK(r.warnings == std::vector<std::string>{"unanswered"});
  }

  TEST_CASE("an array (score --format json) reads the same") {
    SavedFile file = read("[\n" + line("u1", "91.5") + ",\n" + line("u2", "80") + "\n]\n");
    REQUIRE(file.diagnostics.empty());
    REQUIRE(file.results.size() == 2);
    CHECK(file.results[1].file_line == 3);
    CHECK(file.results[1].score.to_string() == "80");
  }

  TEST_CASE("a pretty-printed object spanning lines is one record") {
    SavedFile file = read("{\n  \"schema\": \"cepin/result/1\",\n  \"source\": \"x\",\n  \"unit\": {\"id\": \"u\"},\n"
                          "  \"rubric\": {\"id\": \"r\"},\n  \"score\": 1.25, \"max\": 10, \"verdict\": \"ineligible\"\n}\n");
    REQUIRE(file.diagnostics.empty());
    REQUIRE(file.results.size() == 1);
    CHECK(file.results[0].rubric.precision_digits == 2);  // from the digits printed
    CHECK(file.results[0].rubric.lang == "zh");
  }

  TEST_CASE("a broken line is located and the next lines are still read") {
    SavedFile file = read(line("u1", "91.5") + "\n" + line("u2", "9 1") + "\n" + line("u3", "70") + "\n");
    REQUIRE(file.results.size() == 3);
    CHECK_FALSE(file.results[0].error);
    CHECK(file.results[1].error);
    CHECK_FALSE(file.results[2].error);
    REQUIRE(file.diagnostics.size() == 1);
    const diag::Diagnostic& d = file.diagnostics[0];
    CHECK(d.path == "saved.jsonl");
    CHECK(d.line == 2);
    CHECK(d.column == 264);  // the `1` after `9 `
    CHECK(d.code == "results-syntax");
    CHECK(d.message == "this saved result is not valid JSON: expected `,` or `}`, found `1`");
  }

  TEST_CASE("reading on several threads gives the same summaries and diagnostics, in file order") {
    // 1,300 records (three batches), every 50th broken: 26 problems, of
    // which 20 are shown and then one note.
    std::string text;
    for (int i = 0; i < 1300; ++i) {
      text += line("u" + std::to_string(i), i % 50 == 7 ? "9 1" : std::to_string(i % 101)) + "\n";
    }
    int lookups = 0;
    RubricLookup lookup = [&](const std::string&) {
      ++lookups;
      return nullptr;
    };
    RecordReader one = RecordReader::over_text("saved.jsonl", text);
    SavedFile serial = read_saved(one, lookup, 1);
    RecordReader three = RecordReader::over_text("saved.jsonl", text);
    SavedFile parallel = read_saved(three, lookup, 3);
    REQUIRE(serial.results.size() == 1300);
    REQUIRE(parallel.results.size() == 1300);
    for (std::size_t i = 0; i < serial.results.size(); ++i) {
      CHECK(parallel.results[i].unit_id() == serial.results[i].unit_id());
      CHECK(parallel.results[i].error == serial.results[i].error);
      CHECK(parallel.results[i].file_line == static_cast<int>(i) + 1);
      CHECK(parallel.results[i].score == serial.results[i].score);
      CHECK(parallel.results[i].clauses.size() == serial.results[i].clauses.size());
    }
    CHECK(parallel.results[1299].score == util::Decimal::from_int(1299 % 101));
    REQUIRE(serial.diagnostics.size() == 21);
    REQUIRE(parallel.diagnostics.size() == 21);
    for (std::size_t i = 0; i < 20; ++i) {
      CHECK(parallel.diagnostics[i].line == static_cast<int>(i) * 50 + 8);
      CHECK(parallel.diagnostics[i].message == serial.diagnostics[i].message);
    }
    CHECK(parallel.diagnostics[20].severity == diag::Severity::note);
    CHECK(parallel.diagnostics[20].message == "more problems in this file are not shown");
    CHECK(lookups == 0);  // these results carry precision and lang
  }

  TEST_CASE("a truncated line is a broken record, not the start of a long one") {
    std::string whole = line("u1", "91.5");
    SavedFile file = read(whole.substr(0, 60) + "\n" + line("u2", "80") + "\n");
    REQUIRE(file.results.size() == 2);
    CHECK(file.results[0].error);
    CHECK(file.results[1].unit_id() == "u2");
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].line == 1);
  }

  TEST_CASE("a record of another schema is located at its schema") {
    SavedFile file = read(R"({"schema":"cepin/compare/1","units":[]})" "\n");
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].code == "not-a-result");
    CHECK(file.diagnostics[0].column == 11);
    CHECK(file.diagnostics[0].message == "this is a `cepin/compare/1` record, not a result (`cepin/result/1`)");
    CHECK(file.diagnostics[0].hint == "give results saved by `cepin score --format json` or `jsonl`");
    file = read("[1]");
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].message == "this record is a number, not a result");
    CHECK(file.diagnostics[0].column == 2);
  }

  TEST_CASE("a field of the wrong kind or an inexact number is located") {
    SavedFile file = read(line("u1", "\"91.5\""));
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].code == "bad-result");
    CHECK(file.diagnostics[0].message == "`score` is a string; a saved result has a number there");
    CHECK(file.results[0].error);
    CHECK(file.results[0].unit_id() == "u1");  // the unit is still known
    file = read(line("u1", "1e400"));
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].message == "`score` is not an exact decimal: 1e400");
    file = read(line("u1", "91.1234567"));
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].message == "`score` is not an exact decimal: 91.1234567");
  }

  TEST_CASE("each malformed field is a located bad-result with its fix") {
    auto changed = [](const std::string& from, const std::string& to) {
      std::string text = line("u1", "91.5");
      std::size_t at = text.find(from);
      REQUIRE(at != std::string::npos);
      return text.replace(at, from.size(), to);
    };
    const std::pair<std::string, std::string> cases[] = {
        {changed("\"precision\":0.01", "\"precision\":0.3"), "1:130 bad-result `precision` is not a power of ten | write 1, 0.1, 0.01, …\n"},
        {changed("\"2025-06-30\"", "\"2025-13-40\""),
         "1:222 bad-result `assessed_on` is not a date: 2025-13-40 | write the date as YYYY-MM-DD\n"},
        {changed("\"period\":\"2025-06\"", "\"period\":\"2025-13\""),
         "1:244 bad-period `2025-13` is not a period | write YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM (or 2025年, 2025年上半年, "
         "2025年第二季度, 2025年6月)\n"},
        {changed("\"verdict\":\"eligible\"", "\"verdict\":\"maybe\""),
         "1:297 bad-result `verdict` is `maybe` | a saved result's verdict is eligible or ineligible\n"},
        {changed("\"kind\":\"bonus\"", "\"kind\":\"gift\""),
         "1:546 bad-result adjustment kind `gift` is unknown | a saved adjustment is a bonus, penalty or veto\n"},
        {changed("{\"id\":\"2.1\",\"score\":0.5,\"max\":2}", "5"), "1:478 bad-result a clause is not an object | give the result unchanged\n"},
        {changed("{\"code\":\"unanswered\",\"message\":\"m\"}", "7"),
         "1:671 bad-result an entry of `warnings` is a number | each entry is an object with a `code`\n"},
        {changed("\"max\":100,", ""),
         "1:1 bad-result this result has no `max` | give results saved by `cepin score --format jsonl`, unchanged\n"},
        {line("u1", "91.5", ",\"line\":-1"),
         "1:715 bad-result `line` is not a line number | give results saved by `cepin score --format jsonl`, unchanged\n"},
    };
    for (const auto& [text, expected] : cases) {
      CAPTURE(text);
      SavedFile file = read(text);
      std::string got;
      for (const diag::Diagnostic& d : file.diagnostics) {
        got += std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code + " " + d.message + " | " +
               d.hint + "\n";
      }
      CHECK(got == expected);
    }
  }
  TEST_CASE("past 20 problems a file gets one note instead of the rest") {
    std::string text;
    for (int i = 0; i < 25; ++i) {
      text += "{\"schema\": 1}\n";
    }
    SavedFile file = read(text);
    REQUIRE(file.diagnostics.size() == 21);
    CHECK(file.diagnostics[19].line == 20);
    CHECK(file.diagnostics[19].severity == diag::Severity::error);
    const diag::Diagnostic& note = file.diagnostics[20];
    CHECK(note.severity == diag::Severity::note);
    CHECK(note.code == "results-syntax");
    CHECK(note.message == "more problems in this file are not shown");
    CHECK(note.hint == "fix the ones above first");
    CHECK(note.source_line.empty());
    CHECK(file.results.size() == 25);
  }
  TEST_CASE("an unclosed array and text after it are reported") {
    SavedFile file = read("[" + line("u1", "1") + ",");
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].message == "a `,` is not followed by a result");
    file = read("[" + line("u1", "1") + "] x");
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].message == "text after the array's closing `]`");
    CHECK(file.results.size() == 2);
  }

  TEST_CASE("results saved before precision and lang take them from the rubric, else from the digits") {
    std::string old = R"({"schema":"cepin/result/1","source":"a","rubric":{"id":"r","version":null},"unit":{"id":"u"},"score":91.5,"max":100,"verdict":"eligible","categories":[{"id":"1","clauses":[{"id":"1.1","score":0.125,"max":1}]}]})";
    rubric::Rubric known;
    known.id = "r";
    known.precision_digits = 1;
    known.lang = "en";
    SavedFile file = read(old, [&](const std::string& id) { return id == "r" ? &known : nullptr; });
    REQUIRE(file.results.size() == 1);
    CHECK(file.results[0].rubric.precision_digits == 1);
    CHECK(file.results[0].rubric.lang == "en");
    file = read(old);
    CHECK(file.results[0].rubric.precision_digits == 3);
    CHECK(file.results[0].rubric.lang == "zh");
  }

  TEST_CASE("an error result keeps its unit, rubric and message") {
    SavedFile file = read(R"({"schema":"cepin/result/1","source":"b.yaml","rubric":{"id":"r"},"unit":{"id":"u9","name":"N","kind":null},"error":{"code":"bad-count","message":"not a count","line":3,"column":7},"errors":[]})");
    REQUIRE(file.diagnostics.empty());
    REQUIRE(file.results.size() == 1);
    CHECK(file.results[0].error);
    CHECK(file.results[0].error_code == "bad-count");
    CHECK(file.results[0].unit_id() == "u9");
    CHECK(file.results[0].rubric.id == "r");
  }

  TEST_CASE("a record over 16 MiB is refused and the next one read") {
    std::string big = "{\"schema\":\"" + std::string(17u << 20, 'x') + "\"}";
    SavedFile file = read(big + "\n" + line("u2", "80") + "\n");
    REQUIRE(file.results.size() == 2);
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].code == "result-too-large");
    CHECK(file.diagnostics[0].line == 1);
    CHECK(file.results[1].unit_id() == "u2");
  }

  TEST_CASE("sniffing saved results and results sheets") {
    CHECK(looks_like_saved("\xEF\xBB\xBF \n[{"));
    CHECK(looks_like_saved("{\"schema\""));
    CHECK_FALSE(looks_like_saved("schema: cepin/assessment/1"));
    CHECK_FALSE(looks_like_saved(""));
    CHECK(looks_like_results_csv("source,unit_id,unit_name,rubric,score,max,verdict,grade"));
    CHECK_FALSE(looks_like_results_csv("单位编码,单位名称,1.1"));
  }

  TEST_CASE("warnings as plain codes are kept once; only a record's first problem is reported") {
    SavedFile file = read(line("u1", "1").replace(line("u1", "1").find("[{\"code\":\"unanswered\""),
                                                   std::string("[{\"code\":\"unanswered\",\"message\":\"m\"}]").size(),
                                                   "[\"unanswered\",\"unanswered\",{\"code\":\"unanswered\"},\"x\"]"));
    REQUIRE(file.diagnostics.empty());
    CHECK(file.results[0].warnings == std::vector<std::string>{"unanswered", "x"});
    std::string two = line("u1", "\"1\"");
    two.replace(two.find("\"max\":100"), 9, "\"max\":\"100\"");
    file = read(two);
    REQUIRE(file.diagnostics.size() == 1);
    CHECK(file.diagnostics[0].message == "`score` is a string; a saved result has a number there");
  }

  TEST_CASE("a line number must be a whole number of at most a billion; a result needs its verdict") {
    CHECK(read(line("u1", "1", ",\"line\":1.5")).diagnostics.at(0).message == "`line` is not a line number");
    CHECK(read(line("u1", "1", ",\"line\":2000000000")).diagnostics.at(0).message == "`line` is not a line number");
    SavedFile fine = read(line("u1", "1", ",\"line\":12"));
    REQUIRE(fine.diagnostics.empty());
    CHECK(fine.results[0].line == 12);
    std::string text = line("u1", "1");
    text.replace(text.find("\"verdict\":\"eligible\","), 21, "");
    SavedFile no_verdict = read(text);
    REQUIRE(no_verdict.diagnostics.size() == 1);
    CHECK(no_verdict.diagnostics[0].message == "this result has no `verdict`");
  }

  TEST_CASE("a result without a rubric, and an old one whose rubric the lookup does not know") {
    SavedFile bare = read(R"({"schema":"cepin/result/1","source":"a","unit":{"id":"u"},)"
                          R"("score":1,"max":10,"verdict":"ineligible"})");
    REQUIRE(bare.diagnostics.empty());
    CHECK(bare.results[0].rubric.id == "");
    CHECK(bare.results[0].rubric.lang == "zh");
    int asked = 0;
    SavedFile unknown = read(
        R"({"schema":"cepin/result/1","source":"a","rubric":{"id":"r","precision":0.1},"unit":{"id":"u"},)"
        R"("score":1,"max":10,"verdict":"eligible"})",
        [&](const std::string&) {
          ++asked;
          return nullptr;
        });
    REQUIRE(unknown.diagnostics.empty());
    CHECK(asked == 1);
    CHECK(unknown.results[0].rubric.lang == "zh");
    CHECK(unknown.results[0].rubric.precision_digits == 1);
  }

  TEST_CASE("one record read with several jobs") {
    RecordReader reader = RecordReader::over_text("saved.jsonl", line("u1", "2.5"));
    SavedFile file = read_saved(reader, {}, 4);
    REQUIRE(file.results.size() == 1);
    CHECK(file.results[0].score.to_string() == "2.5");
  }
}
