// Measures cepin's YAML layer against a local copy of the public yaml-test-suite
// (its `data` branch: one folder per case holding `in.yaml`, and `error` when the
// case is invalid YAML). Nothing is downloaded here; pass the folder.
//   cepin_yaml_suite DIR [-v]
// Prints how many valid cases cepin calls invalid, how many lie outside what
// cepin reads (several documents, an empty file, merge keys), and how many
// invalid cases it accepts; -v lists the cases of each group.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "yaml/input.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Codes that say a file is not cepin's kind of YAML without saying it is
// invalid YAML: cepin reads one document, non-empty, without merge keys.
const std::set<std::string> k_unsupported = {"multiple-documents", "empty-file", "merge-key"};

struct Group {
  int count = 0;
  std::vector<std::string> cases;
  void add(const std::string& name) {
    ++count;
    cases.push_back(name);
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: cepin_yaml_suite DIR [-v]   (DIR: yaml-test-suite's data branch)\n");
    return 2;
  }
  bool verbose = argc > 2 && std::string(argv[2]) == "-v";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::recursive_directory_iterator(argv[1])) {
    if (entry.path().filename() == "in.yaml") {
      cases.push_back(entry.path().parent_path());
    }
  }
  std::sort(cases.begin(), cases.end());
  int valid = 0;
  int invalid = 0;
  Group rejected;     // valid YAML that cepin calls invalid
  Group unsupported;  // valid YAML outside what cepin reads
  Group accepted;     // invalid YAML that cepin's YAML layer accepts
  std::map<std::string, int> rejected_by_code;
  for (const fs::path& dir : cases) {
    std::string name = fs::relative(dir, argv[1]).string();
    bool is_invalid = fs::exists(dir / "error");
    cepin::yaml::Input input = cepin::yaml::parse_input("in.yaml", read_bytes(dir / "in.yaml"));
    const cepin::diag::Diagnostic* error = nullptr;
    for (const auto& d : input.diagnostics) {
      if (d.severity == cepin::diag::Severity::error) {
        error = &d;
        break;
      }
    }
    if (is_invalid) {
      ++invalid;
      if (error == nullptr) {
        accepted.add(name);
      }
      continue;
    }
    ++valid;
    if (error != nullptr && k_unsupported.count(error->code) != 0) {
      unsupported.add(name + " (" + error->code + ")");
    } else if (error != nullptr) {
      rejected.add(name + " " + std::to_string(error->line) + ":" + std::to_string(error->column) +
                   " " + error->code + " " + error->message);
      ++rejected_by_code[error->code];
    }
  }
  std::printf("valid cases:   %d\n", valid);
  std::printf("  rejected as invalid YAML:         %d", rejected.count);
  for (const auto& [code, n] : rejected_by_code) {
    std::printf(" (%s %d)", code.c_str(), n);
  }
  std::printf("\n  outside cepin's single-document subset: %d\n", unsupported.count);
  std::printf("invalid cases: %d\n", invalid);
  std::printf("  accepted by the YAML layer:       %d\n", accepted.count);
  if (verbose) {
    for (const auto& [title, group] :
         {std::pair{"rejected", &rejected}, {"outside", &unsupported}, {"accepted", &accepted}}) {
      for (const std::string& c : group->cases) {
        std::printf("%s: %s\n", title, c.c_str());
      }
    }
  }
  return 0;
}
