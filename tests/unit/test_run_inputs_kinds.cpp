// File kinds, workbooks, UTF-16 text, saved results and read failures in collect_inputs.
#include <doctest/doctest.h>

#include <unistd.h>

#include <string>
#include <vector>

#include "run/inputs.hpp"
#include "test_run_support.hpp"

using namespace cepin;

namespace {

// "relative-path kind [problem-code] [notice-severity notice-code notice-message]" of each input.
std::vector<std::string> listed(const std::vector<run::Input>& inputs, const std::string& prefix) {
  static const char* const kinds[] = {"yaml", "csv", "tsv", "workbook", "text", "results", "other", "skipped"};
  std::vector<std::string> out;
  for (const run::Input& input : inputs) {
    bool under = input.path.compare(0, prefix.size(), prefix) == 0;
    std::string path = under ? input.path.substr(prefix.size()) : input.path;
    std::string line = path + " " + kinds[static_cast<int>(input.kind)];
    if (input.problem) {
      line += " problem=" + input.problem->code;
    }
    if (input.notice) {
      line += std::string(" ") + diag::severity_name(input.notice->severity) + "=" + input.notice->code + ": " +
              input.notice->message;
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST_SUITE("run::kind_of") {
  TEST_CASE("every extension, in any case") {
    CHECK(run::kind_of("a.yaml") == run::FileKind::yaml);
    CHECK(run::kind_of("A.YML") == run::FileKind::yaml);
    CHECK(run::kind_of("dir/a.Csv") == run::FileKind::csv);
    CHECK(run::kind_of("a.TSV") == run::FileKind::tsv);
    CHECK(run::kind_of("a.xlsx") == run::FileKind::workbook);
    CHECK(run::kind_of("a.XLS") == run::FileKind::workbook);
    CHECK(run::kind_of("a.et") == run::FileKind::workbook);
    CHECK(run::kind_of("a.txt") == run::FileKind::text);
    CHECK(run::kind_of("a.json") == run::FileKind::results);
    CHECK(run::kind_of("a.JSONL") == run::FileKind::results);
    CHECK(run::kind_of("a.md") == run::FileKind::other);
    CHECK(run::kind_of("yaml") == run::FileKind::other);
  }
}

TEST_SUITE("run::collect_inputs kinds") {
  TEST_CASE("a workbook in a folder is a warning, a note beside its CSV, nothing in an evidence folder") {
    run_test::TempDir t;
    t.write("alone.xlsx", "PK");
    t.write("paired.xls", "PK");
    t.write("paired.csv", "a,b\n");
    t.dir("Evidence");
    t.write("Evidence/proof.xlsx", "PK");
    t.dir("佐证材料");
    t.write("佐证材料/表.et", "PK");
    t.dir("evidence-not");
    t.write("evidence-not/x.et", "PK");
    auto inputs = run::collect_inputs({t.path});
    CHECK(listed(inputs, t.path) ==
          std::vector<std::string>{
              "/alone.xlsx skipped warning=workbook: skipped: a spreadsheet workbook, which cepin cannot read; "
              "save it as CSV (CSV UTF-8) to score it",
              "/evidence-not/x.et skipped warning=workbook: skipped: a spreadsheet workbook, which cepin cannot "
              "read; save it as CSV (CSV UTF-8) to score it",
              "/paired.csv csv",
              "/paired.xls skipped note=workbook: skipped: a spreadsheet workbook; the CSV beside it (paired.csv) "
              "is read"});
  }
  TEST_CASE("a folder holding only workbooks also says it holds no assessment") {
    run_test::TempDir t;
    t.write("only.xlsx", "PK");
    auto inputs = run::collect_inputs({t.path + "/"});
    REQUIRE(inputs.size() == 2);
    CHECK(inputs[0].kind == run::FileKind::skipped);
    CHECK_FALSE(inputs[0].problem);
    REQUIRE(inputs[1].problem);
    CHECK(inputs[1].path == t.path);
    CHECK(inputs[1].problem->code == "no-inputs");
    CHECK(inputs[1].problem->message == "this folder holds no assessment (no .yaml, .yml, .csv or .tsv file)");
    CHECK(inputs[1].problem->hint ==
          "name the folder that holds the assessments; a workbook must be saved as CSV first");
    CHECK_FALSE(run::problem_is_usage(inputs[1]));
  }
  TEST_CASE("an empty folder is a no-inputs problem") {
    run_test::TempDir t;
    std::string empty = t.dir("empty");
    auto inputs = run::collect_inputs({empty});
    CHECK(listed(inputs, t.path) == std::vector<std::string>{"/empty skipped problem=no-inputs"});
  }
  TEST_CASE("a .txt in a folder is a sheet only when it starts with a UTF-16 byte order mark") {
    run_test::TempDir t;
    t.write("le.txt", std::string("\xFF\xFE" "a\0", 4));
    t.write("be.txt", std::string("\xFE\xFF\0a", 4));
    t.write("notes.txt", "plain notes");
    t.write("short.txt", "\xFF");
    t.write("half.txt", "\xFF\x01");
    auto inputs = run::collect_inputs({t.path});
    CHECK(listed(inputs, t.path) ==
          std::vector<std::string>{
              "/be.txt tsv note=utf16-text: a UTF-16 text file (Excel's \"Unicode text\"): read as a tab-separated "
              "sheet",
              "/le.txt tsv note=utf16-text: a UTF-16 text file (Excel's \"Unicode text\"): read as a tab-separated "
              "sheet"});
    CHECK(inputs[0].notice->hint == "save sheets as CSV UTF-8 to skip this guess");
  }
  TEST_CASE("a named .txt is YAML unless it starts with a UTF-16 byte order mark") {
    run_test::TempDir t;
    std::string plain = t.write("plain.txt", "id: x\n");
    std::string sheet = t.write("sheet.txt", std::string("\xFF\xFE" "a\0", 4));
    auto inputs = run::collect_inputs({plain, sheet});
    REQUIRE(inputs.size() == 2);
    CHECK(inputs[0].kind == run::FileKind::yaml);
    CHECK_FALSE(inputs[0].notice);
    CHECK(inputs[1].kind == run::FileKind::tsv);
    REQUIRE(inputs[1].notice);
    CHECK(inputs[1].notice->code == "utf16-text");
    CHECK(inputs[1].argument == 1);
  }
  TEST_CASE("a named workbook is a problem with a hint, not a usage error") {
    run_test::TempDir t;
    std::string book = t.write("book.XLSX", "PK");
    auto inputs = run::collect_inputs({book});
    REQUIRE(inputs.size() == 1);
    REQUIRE(inputs[0].problem);
    CHECK(inputs[0].kind == run::FileKind::workbook);
    CHECK(inputs[0].problem->code == "workbook");
    CHECK(inputs[0].problem->message == "a spreadsheet workbook, which cepin cannot read");
    CHECK(inputs[0].problem->hint == "save it as CSV (in Excel or WPS: Save As, CSV UTF-8) and score the .csv file");
    CHECK_FALSE(run::problem_is_usage(inputs[0]));
  }
  TEST_CASE("saved results are inputs only when taken; a named .json is otherwise YAML") {
    run_test::TempDir t;
    t.write("a.json", "{}");
    t.write("b.jsonl", "{}\n");
    t.write("c.yaml", "x: 1\n");
    CHECK(listed(run::collect_inputs({t.path}), t.path) == std::vector<std::string>{"/c.yaml yaml"});
    CHECK(listed(run::collect_inputs({t.path}, run::FileKind::yaml, run::SavedResults::take), t.path) ==
          std::vector<std::string>{"/a.json results", "/b.jsonl results", "/c.yaml yaml"});
    CHECK(listed(run::collect_inputs({t.path + "/a.json"}), t.path) == std::vector<std::string>{"/a.json yaml"});
    CHECK(listed(run::collect_inputs({t.path + "/a.json"}, run::FileKind::yaml, run::SavedResults::take), t.path) ==
          std::vector<std::string>{"/a.json results"});
    CHECK(listed(run::collect_inputs({t.path + "/c.md"}), t.path) ==
          std::vector<std::string>{"/c.md yaml problem=input-not-found"});
  }
  TEST_CASE("standard input takes the kind it is given") {
    auto inputs = run::collect_inputs({"-"}, run::FileKind::csv);
    CHECK(listed(inputs, "") == std::vector<std::string>{"- csv"});
  }
  TEST_CASE("a symlink to a file in a folder is followed; a dangling one is skipped") {
    run_test::TempDir t;
    std::string real = t.write("real.yaml", "x: 1\n");
    t.dir("in");
    REQUIRE(::symlink(real.c_str(), (t.path + "/in/link.yaml").c_str()) == 0);
    REQUIRE(::symlink((t.path + "/gone.yaml").c_str(), (t.path + "/in/dangling.yaml").c_str()) == 0);
    CHECK(listed(run::collect_inputs({t.path + "/in"}), t.path) == std::vector<std::string>{"/in/link.yaml yaml"});
  }
  TEST_CASE("a missing path says so; a path through a file says why it cannot be read") {
    run_test::TempDir t;
    std::string file = t.write("file.yaml", "x: 1\n");
    auto inputs = run::collect_inputs({t.path + "/missing", file + "/below.yaml"});
    REQUIRE(inputs.size() == 2);
    REQUIRE(inputs[0].problem);
    CHECK(inputs[0].problem->message == "no such file or folder");
    CHECK(run::problem_is_usage(inputs[0]));
    REQUIRE(inputs[1].problem);
    CHECK(inputs[1].problem->code == "input-not-found");
    CHECK(inputs[1].problem->message == "cannot read: Not a directory");
    CHECK(run::problem_is_usage(inputs[1]));
  }
}

TEST_SUITE("run::read_failure") {
  TEST_CASE("each read error has its code, hint and exit status") {
    run::Input named;
    named.path = "a.yaml";
    run::Input found = named;
    found.origin = run::Origin::found;
    struct Case {
      util::ReadError error;
      std::string code;
      std::string hint;
    };
    const Case cases[] = {
        {util::ReadError::too_large, "file-too-large", "split the file: cepin reads at most 16 MiB per input"},
        {util::ReadError::not_found, "input-unreadable",
         "the file went away while cepin ran; run again once it is back"},
        {util::ReadError::not_a_file, "input-unreadable", "name a YAML or CSV file, or the folder that holds them"},
        {util::ReadError::unreadable, "input-unreadable",
         "make the file readable (ls -l shows its owner and mode; chmod a+r FILE), or move it out of the batch"},
    };
    for (const Case& c : cases) {
      CAPTURE(c.code);
      util::ReadResult read;
      read.error = c.error;
      read.message = "why";
      bool usage = false;
      diag::Diagnostic d = run::read_failure(named, read, usage);
      CHECK(d.code == c.code);
      CHECK(d.message == "cannot read this input: why");
      CHECK(d.hint == c.hint);
      CHECK(d.severity == diag::Severity::error);
      CHECK(usage == (c.error != util::ReadError::too_large));
      bool found_usage = false;
      run::read_failure(found, read, found_usage);
      CHECK_FALSE(found_usage);
      bool already = true;
      run::read_failure(found, read, already);
      CHECK(already);
    }
  }
  TEST_CASE("an input-unreadable problem is a usage error only for a named path") {
    run::Input input;
    input.problem = std::make_shared<const diag::Diagnostic>(
        diag::file_diagnostic("a", diag::Severity::error, "input-unreadable", "x"));
    CHECK(run::problem_is_usage(input));
    input.origin = run::Origin::found;
    CHECK_FALSE(run::problem_is_usage(input));
    run::Input clean;
    CHECK_FALSE(run::problem_is_usage(clean));
  }
}

TEST_SUITE("run::directory_of") {
  TEST_CASE("the folder part of a path") {
    CHECK(run::directory_of("a.yaml") == ".");
    CHECK(run::directory_of("/a.yaml") == "/");
    CHECK(run::directory_of("x/y/a.yaml") == "x/y");
  }
}

TEST_SUITE("run::output_is_input") {
  TEST_CASE("an output is an input when it is one of them by real path") {
    run_test::TempDir t;
    std::string a = t.write("a.yaml", "x: 1\n");
    t.write("book.xlsx", "PK");
    CHECK(run::output_is_input(a, {t.path}));
    CHECK(run::output_is_input(t.path + "/./a.yaml", {a}));
    CHECK_FALSE(run::output_is_input(t.path + "/new.txt", {t.path}));
    CHECK_FALSE(run::output_is_input(t.path + "/book.xlsx", {t.path}));
    CHECK_FALSE(run::output_is_input(t.path + "/book.xlsx", {t.path + "/book.xlsx"}));
    CHECK_FALSE(run::output_is_input(a, {"-", t.path + "/missing"}));
  }
}
