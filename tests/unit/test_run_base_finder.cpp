// Finding the base of an extending rubric: named files, the file's folder, --rubrics folders, the built-ins.
#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run/base_finder.hpp"
#include "test_run_support.hpp"

using namespace cepin;
using rubric::BaseFound;

namespace {

std::string base_text(const std::string& id) { return "schema: cepin/rubric/1\nid: " + id + "\ntitle: B\n"; }

rubric::BaseRequest request(const std::string& id, const std::string& from_path) {
  rubric::BaseRequest r;
  r.id = id;
  r.from_path = from_path;
  return r;
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Restores the working folder at the end of a test.
struct InFolder {
  std::string before;
  explicit InFolder(const std::string& dir) {
    char buffer[4096];
    REQUIRE(::getcwd(buffer, sizeof buffer) != nullptr);
    before = buffer;
    REQUIRE(::chdir(dir.c_str()) == 0);
  }
  ~InFolder() { (void)::chdir(before.c_str()); }
};

}  // namespace

TEST_SUITE("run::find_base") {
  TEST_CASE("a built-in's base is a built-in; an unknown one lists the built-in ids") {
    rubric::BaseRequest r = request("unit-generic", "builtin:unit-school");
    r.from_builtin = true;
    BaseFound found = run::find_base(r, {});
    CHECK(found.status == BaseFound::Status::found);
    CHECK(found.builtin);
    CHECK(found.path == "builtin:unit-generic");
    CHECK(found.identity == "builtin:unit-generic");
    CHECK(found.bytes == file_text(std::string(CEPIN_SOURCE_DIR) + "/rubrics/unit-generic.yaml"));
    r.id = "no-such-base";
    BaseFound missing = run::find_base(r, {});
    CHECK(missing.status == BaseFound::Status::not_found);
    CHECK(missing.known == std::vector<std::string>{"baoshan-organ-2021", "hohhot-monthly-2025", "neac-prefecture-2020",
                                                    "nmg-county-120", "nmg-prefecture-120", "unit-community",
                                                    "unit-enterprise", "unit-generic", "unit-religious-venue",
                                                    "unit-school", "unit-township-village"});
  }

  TEST_CASE("named files come first: the one other than the file itself, or ambiguous, or unreadable") {
    run_test::TempDir t;
    std::string self = t.write("self.yaml", base_text("self"));
    std::string a = t.write("a.yaml", base_text("b"));
    std::string b = t.write("b.yaml", base_text("b"));
    run::RubricIndex index;
    index.named["b"] = {self, a};
    BaseFound found = run::find_base(request("b", self), index);
    CHECK(found.status == BaseFound::Status::found);
    CHECK(found.path == a);
    CHECK(found.bytes == base_text("b"));
    CHECK(found.notes.empty());
    index.named["b"] = {a, b};
    BaseFound two = run::find_base(request("b", self), index);
    CHECK(two.status == BaseFound::Status::ambiguous);
    CHECK(two.places == std::vector<std::string>{a, b});
    index.named["b"] = {t.path + "/gone.yaml"};
    BaseFound gone = run::find_base(request("b", self), index);
    CHECK(gone.status == BaseFound::Status::unreadable);
    CHECK(gone.path == t.path + "/gone.yaml");
    CHECK(gone.problem == "No such file or directory");
  }

  TEST_CASE("a named base that shadows a built-in gets a note, unless it is the built-in's own text") {
    run_test::TempDir t;
    std::string self = t.write("self.yaml", base_text("self"));
    std::string other = t.write("other.yaml", base_text("unit-generic"));
    run::RubricIndex index;
    index.named["unit-generic"] = {other};
    BaseFound found = run::find_base(request("unit-generic", self), index);
    REQUIRE(found.notes.size() == 1);
    CHECK(found.notes[0].code == "rubric-shadows-builtin");
    CHECK(found.notes[0].severity == diag::Severity::note);
    CHECK(found.notes[0].path == other);
    CHECK(found.notes[0].message == "rubric `unit-generic` here shadows the built-in rubric of that id");
    index.named["unit-generic"] = {std::string(CEPIN_SOURCE_DIR) + "/rubrics/unit-generic.yaml"};
    BaseFound copy = run::find_base(request("unit-generic", self), index);
    CHECK(copy.status == BaseFound::Status::found);
    CHECK(copy.notes.empty());
  }

  TEST_CASE("then the rubric files beside the extending file, not below it, by id and schema") {
    run_test::TempDir t;
    std::string self = t.write("self.yaml", base_text("self"));
    t.write(".hidden.yaml", base_text("near"));
    t.write("notes.txt", base_text("near"));
    t.write("assessment.yaml", "schema: cepin/assessment/1\nid: near\n");
    t.write("flow.yml", "{schema: cepin/rubric/1, id: flow, title: F}\n");
    t.write("shadow.yaml", base_text("unit-school"));
    t.dir("dir.yaml");
    t.dir("below");
    t.write("below/deep.yaml", base_text("deep"));
    run::RubricIndex index;
    index.named["self"] = {self};  // only the file itself: not taken
    BaseFound flow = run::find_base(request("flow", self), index);
    CHECK(flow.status == BaseFound::Status::found);
    CHECK(flow.path == t.path + "/flow.yml");
    BaseFound shadow = run::find_base(request("unit-school", self), index);
    CHECK(shadow.path == t.path + "/shadow.yaml");
    REQUIRE(shadow.notes.size() == 1);
    CHECK(shadow.notes[0].code == "rubric-shadows-builtin");
    BaseFound near = run::find_base(request("near", self), index);
    CHECK(near.status == BaseFound::Status::not_found);
    CHECK(run::find_base(request("deep", self), index).status == BaseFound::Status::not_found);
    CHECK(near.known.front() == "baoshan-organ-2021");
    CHECK(std::count(near.known.begin(), near.known.end(), "flow") == 1);
    CHECK(std::count(near.known.begin(), near.known.end(), "self") == 1);
    CHECK(std::count(near.known.begin(), near.known.end(), "unit-school") == 1);
    CHECK(std::count(near.known.begin(), near.known.end(), "near") == 0);
  }

  TEST_CASE("a file named without a folder finds its neighbours by bare name") {
    run_test::TempDir t;
    t.write("self.yaml", base_text("self"));
    t.write("base.yaml", base_text("base"));
    InFolder in(t.path);
    BaseFound found = run::find_base(request("base", "self.yaml"), {});
    CHECK(found.status == BaseFound::Status::found);
    CHECK(found.path == "base.yaml");
    CHECK(found.identity == t.path + "/base.yaml");
  }

  TEST_CASE("then the --rubrics folders, without a shadow note, then the built-ins") {
    run_test::TempDir t;
    std::string self = t.dir("a") + "/self.yaml";
    t.write("a/self.yaml", base_text("self"));
    t.dir("lib");
    std::string listed = t.write("lib/unit-generic.yaml", base_text("unit-generic"));
    run::RubricIndex index;
    index.folders["unit-generic"] = {listed};
    BaseFound found = run::find_base(request("unit-generic", self), index);
    CHECK(found.path == listed);
    CHECK_FALSE(found.builtin);
    CHECK(found.notes.empty());
    BaseFound builtin = run::find_base(request("unit-school", self), index);
    CHECK(builtin.builtin);
    CHECK(builtin.path == "builtin:unit-school");
    CHECK(builtin.known.empty());
  }
}

TEST_SUITE("run::peek_rubric_id") {
  TEST_CASE("from plain top-level lines, else by parsing") {
    std::string schema;
    CHECK(run::peek_rubric_id("a.yaml", "# c\nschema: cepin/rubric/1\nid: quick\n", schema) == "quick");
    CHECK(schema == "cepin/rubric/1");
    CHECK(run::peek_rubric_id("a.yaml", "{schema: s/1, id: parsed}", schema) == "parsed");
    CHECK(schema == "s/1");
    CHECK(run::peek_rubric_id("a.yaml", "id: only\n", schema) == "only");
    CHECK(schema == "");
    CHECK(run::peek_rubric_id("a.yaml", "[", schema) == "");
  }
}

TEST_SUITE("run load options") {
  TEST_CASE("a file is known by its real path, a built-in by builtin:<id>") {
    run_test::TempDir t;
    std::string path = t.write("r.yaml", base_text("r"));
    rubric::LoadOptions file = run::file_load_options(t.path + "/./r.yaml", {});
    CHECK(file.identity == path);
    CHECK_FALSE(file.builtin);
    CHECK(run::file_load_options(t.path + "/missing/../r.yaml", {}).identity == path);
    rubric::LoadOptions builtin = run::builtin_load_options("unit-school");
    CHECK(builtin.builtin);
    CHECK(builtin.identity == "builtin:unit-school");
    rubric::BaseRequest r = request("unit-generic", "builtin:unit-school");
    CHECK(builtin.resolver(r).path == "builtin:unit-generic");
  }
}
