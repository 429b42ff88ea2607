#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "util/output_file.hpp"

using cepin::util::OutputFile;

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}
struct TempDir {
  std::string path;
  TempDir() {
    char pattern[] = "/tmp/cepin-output-XXXXXX";
    path = ::mkdtemp(pattern);
  }
  ~TempDir() { std::system(("rm -rf " + path).c_str()); }
};
}  // namespace

TEST_SUITE("util::OutputFile") {
  TEST_CASE("nothing appears at the target before commit; all of it after") {
    TempDir t;
    std::string target = t.path + "/report.csv";
    std::string error;
    auto out = OutputFile::open(target, error);
    REQUIRE(out);
    CHECK(out->write("a,b\n"));
    CHECK(::access(target.c_str(), F_OK) != 0);
    CHECK_FALSE(out->commit());
    CHECK(slurp(target) == "a,b\n");
  }
  TEST_CASE("abort leaves the old file and no temporary file") {
    TempDir t;
    std::string target = t.path + "/report.csv";
    std::ofstream(target) << "old\n";
    {
      std::string error;
      auto out = OutputFile::open(target, error);
      REQUIRE(out);
      out->write("new\n");
      out->abort();
    }
    CHECK(slurp(target) == "old\n");
    CHECK(std::system(("test $(ls -A " + t.path + " | wc -l) = 1").c_str()) == 0);
  }
  TEST_CASE("a symlink target is written through, not replaced") {
    TempDir t;
    std::ofstream(t.path + "/real.csv") << "old\n";
    ::symlink((t.path + "/real.csv").c_str(), (t.path + "/link.csv").c_str());
    std::string error;
    auto out = OutputFile::open(t.path + "/link.csv", error);
    REQUIRE(out);
    out->write("new\n");
    CHECK_FALSE(out->commit());
    struct stat st {};
    REQUIRE(::lstat((t.path + "/link.csv").c_str(), &st) == 0);
    CHECK(S_ISLNK(st.st_mode));
    CHECK(slurp(t.path + "/real.csv") == "new\n");
  }
  TEST_CASE("a folder that cannot be written is an error, not a crash") {
    std::string error;
    auto out = OutputFile::open("/nonexistent-folder/report.csv", error);
    CHECK_FALSE(out);
    CHECK(error == "No such file or directory");
  }
  TEST_CASE("a device is written directly; a write error is kept and returned by commit") {
    std::string error;
    auto null_out = OutputFile::open("/dev/null", error);
    REQUIRE(null_out);
    CHECK(null_out->write("discarded"));
    CHECK(null_out->commit() == std::nullopt);
    auto full = OutputFile::open("/dev/full", error);
    REQUIRE(full);
    CHECK_FALSE(full->write("no room"));
    CHECK(full->error() == std::string("No space left on device"));
    CHECK_FALSE(full->write("again"));  // the first error stays
    CHECK(full->commit() == std::string("No space left on device"));
  }
  TEST_CASE("a folder as the target is an error") {
    TempDir t;
    std::string error;
    CHECK_FALSE(OutputFile::open(t.path, error));
    CHECK(error == "Is a directory");
  }
  TEST_CASE("a bare file name is written in the current folder") {
    TempDir t;
    {
      // Back to the folder the tests run in, whatever happens below.
      struct InFolder {
        char* previous = ::getcwd(nullptr, 0);
        explicit InFolder(const std::string& path) { REQUIRE(::chdir(path.c_str()) == 0); }
        ~InFolder() {
          CHECK(::chdir(previous) == 0);
          std::free(previous);
        }
      } in_folder(t.path);
      std::string error;
      auto out = OutputFile::open("bare.csv", error);
      REQUIRE(out);
      CHECK(out->write("a,b\n"));
      CHECK(out->commit() == std::nullopt);
    }
    CHECK(slurp(t.path + "/bare.csv") == "a,b\n");
  }
}
