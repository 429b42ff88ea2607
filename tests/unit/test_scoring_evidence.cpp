#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "scoring/evidence.hpp"

using cepin::scoring::classify_evidence;
using cepin::scoring::evidence_extension;
using cepin::scoring::EvidenceStatus;
using cepin::scoring::EvidenceText;
using cepin::scoring::FileEvidenceChecker;

namespace {

// A temporary folder holding `root/` (with a file, a folder, symlinks) and a
// file outside it; removed at the end.
class TempTree {
 public:
  TempTree() {
    char pattern[] = "/tmp/cepin-evidence-XXXXXX";
    const char* made = ::mkdtemp(pattern);
    REQUIRE(made != nullptr);
    m_base = made;
    root = m_base + "/root";
    REQUIRE(::mkdir(root.c_str(), 0700) == 0);
    REQUIRE(::mkdir((root + "/docs").c_str(), 0700) == 0);
    write(root + "/docs/plan.pdf");
    write(root + "/学习记录.pdf");
    write(m_base + "/secret.pdf");
    REQUIRE(::symlink((m_base + "/secret.pdf").c_str(), (root + "/escape.pdf").c_str()) == 0);
    REQUIRE(::symlink("docs/plan.pdf", (root + "/inside.pdf").c_str()) == 0);
    REQUIRE(::symlink("nowhere.pdf", (root + "/dangling.pdf").c_str()) == 0);
  }
  ~TempTree() {
    const std::string command = "rm -rf '" + m_base + "'";
    (void)std::system(command.c_str());
  }
  std::string root;

 private:
  static void write(const std::string& path) { std::ofstream(path) << "x"; }
  std::string m_base;
};

EvidenceText path_of(const char* item) {
  EvidenceText text = classify_evidence(item);
  CHECK(text.kind == EvidenceText::Kind::path);
  return text;
}

}  // namespace

TEST_SUITE("scoring::evidence") {
  TEST_CASE("classify_evidence: links, named items, paths") {
    CHECK(classify_evidence("https://example.org/a.pdf").kind == EvidenceText::Kind::link);
    CHECK(classify_evidence("HTTP://example.org").kind == EvidenceText::Kind::link);
    CHECK(classify_evidence("2023年学习记录").kind == EvidenceText::Kind::named);
    CHECK(classify_evidence("第1.5版").kind == EvidenceText::Kind::named);
    CHECK(classify_evidence("得分3.5").kind == EvidenceText::Kind::named);
    CHECK(classify_evidence("ftp:x").kind == EvidenceText::Kind::named);
    CHECK(path_of("学习记录.pdf").normalized == "学习记录.pdf");
    CHECK(path_of("docs\\2023\\plan.docx").normalized == "docs/2023/plan.docx");
    CHECK(path_of("./docs//a/../plan.pdf").normalized == "docs/plan.pdf");
    CHECK(path_of("docs/README").normalized == "docs/README");
    CHECK(path_of("docs/README").inside);
  }

  TEST_CASE("classify_evidence: absolute or escaping paths are outside by their text") {
    CHECK_FALSE(path_of("/etc/passwd").inside);
    CHECK_FALSE(path_of("\\\\server\\share\\a.pdf").inside);
    CHECK_FALSE(path_of("C:\\docs\\a.pdf").inside);
    CHECK_FALSE(path_of("../a.pdf").inside);
    CHECK_FALSE(path_of("docs/../../a.pdf").inside);
    CHECK(path_of("docs/../a.pdf").inside);
  }

  TEST_CASE("evidence_extension") {
    CHECK(evidence_extension("报告.PDF") == "pdf");
    CHECK(evidence_extension("a.tar.gz") == "gz");
    CHECK(evidence_extension("x.7z") == "7z");
    CHECK(evidence_extension("v1.2") == "");
    CHECK(evidence_extension(".bashrc") == "");
    CHECK(evidence_extension("docs/.hidden") == "");
    CHECK(evidence_extension("a.") == "");
    CHECK(evidence_extension("a.abcdefghijk") == "");
    CHECK(evidence_extension("a.abcdefghij") == "abcdefghij");
    CHECK(evidence_extension("a.p-f") == "");
    CHECK(evidence_extension("dir.d/file") == "");
    CHECK(evidence_extension("docs\\.hidden") == "");
    CHECK(evidence_extension("docs\\plan.Docx") == "docx");
    CHECK(evidence_extension("材料1.1.1") == "");
    CHECK(evidence_extension("a.b.abcdefghijk") == "");  // eleven after the last dot
    CHECK(evidence_extension("x") == "");
    CHECK(evidence_extension("") == "");
  }

  TEST_CASE("FileEvidenceChecker on real files") {
    TempTree tree;
    FileEvidenceChecker checker;
    CHECK(checker.check(tree.root, "docs/plan.pdf") == EvidenceStatus::found);
    CHECK(checker.check(tree.root, "docs\\plan.pdf") == EvidenceStatus::found);
    CHECK(checker.check(tree.root, "学习记录.pdf") == EvidenceStatus::found);
    CHECK(checker.check(tree.root, "docs/../docs/plan.pdf") == EvidenceStatus::found);
    CHECK(checker.check(tree.root, "inside.pdf") == EvidenceStatus::found);
    SUBCASE("a missing file") {
      CHECK(checker.check(tree.root, "docs/missing.pdf") == EvidenceStatus::not_found);
    }
    SUBCASE("a dangling symlink") {
      CHECK(checker.check(tree.root, "dangling.pdf") == EvidenceStatus::not_found);
    }
    SUBCASE("`../` escaping, though the file exists") {
      CHECK(checker.check(tree.root, "../secret.pdf") == EvidenceStatus::outside_root);
      CHECK(checker.check(tree.root, "docs/../../secret.pdf") == EvidenceStatus::outside_root);
    }
    SUBCASE("an absolute path, though it exists inside") {
      CHECK(checker.check(tree.root, tree.root + "/docs/plan.pdf") == EvidenceStatus::outside_root);
    }
    SUBCASE("a symlink pointing outside") {
      CHECK(checker.check(tree.root, "escape.pdf") == EvidenceStatus::outside_root);
    }
    SUBCASE("a named item and a link are never looked up") {
      CHECK(checker.check("/nonexistent-root", "2023年学习记录") == EvidenceStatus::named);
      CHECK(checker.check("/nonexistent-root", "https://example.org/x.pdf") ==
            EvidenceStatus::link);
    }
    SUBCASE("a root reached through `..` in its own text") {
      CHECK(checker.check(tree.root + "/docs/..", "docs/plan.pdf") == EvidenceStatus::found);
    }
  }

  TEST_CASE("the root itself is no item: `.`, `docs/..` and a symlink to the root") {
    TempTree tree;
    REQUIRE(::symlink(".", (tree.root + "/self").c_str()) == 0);
    FileEvidenceChecker checker;
    CHECK(checker.check(tree.root, "./") == EvidenceStatus::not_found);
    CHECK(checker.check(tree.root, "docs/..") == EvidenceStatus::not_found);
    CHECK(checker.check(tree.root, "self/") == EvidenceStatus::outside_root);
    CHECK(checker.check(tree.root, "self/docs/plan.pdf") == EvidenceStatus::found);
    CHECK(checker.check(tree.root, "docs/.") == EvidenceStatus::found);  // a folder is an item
  }

  TEST_CASE("an empty root is the current folder; extensions need a letter") {
    FileEvidenceChecker checker;
    CHECK(checker.check("", "no-such-folder-for-cepin/a.pdf") == EvidenceStatus::not_found);
    CHECK(evidence_extension("scan.123") == "");
    CHECK(evidence_extension("scan.mp3") == "mp3");
    CHECK(classify_evidence("记录.123").kind == EvidenceText::Kind::named);
    CHECK(classify_evidence("HTTPS:/x").kind == EvidenceText::Kind::path);
    CHECK(classify_evidence("htt").kind == EvidenceText::Kind::named);
  }
}
