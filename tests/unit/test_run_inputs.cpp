#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "run/inputs.hpp"

using namespace cepin;

namespace {
struct TempDir {
  std::string path;
  TempDir() {
    char pattern[] = "/tmp/cepin-inputs-XXXXXX";
    path = ::mkdtemp(pattern);
  }
  ~TempDir() { std::system(("rm -rf " + path).c_str()); }
  void file(const std::string& name) { std::ofstream(path + "/" + name) << "x"; }
  void dir(const std::string& name) { ::mkdir((path + "/" + name).c_str(), 0755); }
};
std::vector<std::string> paths(const std::vector<run::Input>& inputs, const std::string& prefix) {
  std::vector<std::string> out;
  for (const run::Input& input : inputs) {
    out.push_back(input.path.substr(prefix.size()));
  }
  return out;
}
}  // namespace

TEST_SUITE("run::collect_inputs") {
  TEST_CASE("folders are walked in bytewise order of the whole path") {
    TempDir t;
    t.dir("a");
    t.dir("a-b");
    t.file("a/x.yaml");
    t.file("a-b/x.yaml");
    t.file("a.yaml");
    t.file("b.csv");
    t.file("notes.txt");
    t.file(".hidden.yaml");
    auto inputs = run::collect_inputs({t.path});
    CHECK(paths(inputs, t.path) == std::vector<std::string>{"/a-b/x.yaml", "/a.yaml", "/a/x.yaml", "/b.csv"});
    CHECK(inputs[3].kind == run::FileKind::csv);
    CHECK(inputs[0].origin == run::Origin::found);
  }
  TEST_CASE("FIFOs and directory symlinks in folders are not taken") {
    TempDir t;
    t.dir("real");
    t.file("real/a.yaml");
    ::mkfifo((t.path + "/pipe.yaml").c_str(), 0644);
    ::symlink((t.path + "/real").c_str(), (t.path + "/link").c_str());
    auto inputs = run::collect_inputs({t.path});
    CHECK(paths(inputs, t.path) == std::vector<std::string>{"/real/a.yaml"});
  }
  TEST_CASE("a named file is always an input; a missing one is a problem in place") {
    TempDir t;
    t.file("data.txt");
    auto inputs = run::collect_inputs({t.path + "/data.txt", t.path + "/missing.yaml", "-"});
    REQUIRE(inputs.size() == 3);
    CHECK(inputs[0].kind == run::FileKind::yaml);
    CHECK_FALSE(inputs[0].problem);
    REQUIRE(inputs[1].problem);
    CHECK(inputs[1].problem->code == "input-not-found");
    CHECK(inputs[1].origin == run::Origin::named);
    CHECK(inputs[2].path == "-");
  }
}
