// Helpers for tests/bench/run.sh: deterministic input generation (also the
// sheets behind the compare and trend benchmarks), a bare
// yaml-cpp load (the baseline), a runner that reports wall time and peak
// memory of a command (getrusage), and `yaml`: hostile sizes parsed by
// yaml-cpp's own event parser (the floor) beside cepin's yaml::parse_input.
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include "yaml/input.hpp"

namespace {

// A small deterministic generator (xorshift), so inputs are identical every run.
struct Random {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
};

constexpr int k_categories = 7;
constexpr int k_items_per_category[k_categories] = {3, 3, 3, 3, 3, 3, 2};  // 20 items
// 58 clauses over 20 items: the first 18 items have 3, the last 2 have 2.
int clauses_of(int item_index) { return item_index < 18 ? 3 : 2; }

struct ClauseSpec {
  std::string id;
  int kind;  // 0 check, 1 manual, 2 tiers
  std::string points;
};

std::vector<ClauseSpec> clause_specs() {
  std::vector<ClauseSpec> out;
  int item_index = 0;
  int n = 0;
  for (int c = 0; c < k_categories; ++c) {
    for (int i = 0; i < k_items_per_category[c]; ++i, ++item_index) {
      for (int k = 0; k < clauses_of(item_index); ++k, ++n) {
        // 58 clauses: 42 of 1.5 points and 16 of 2.25 points = 63 + 36 = 99; one more point on the first.
        std::string points = n < 42 ? "1.5" : "2.25";
        if (n == 0) points = "2.5";
        out.push_back({fmt::format("{}.{}.{}", c + 1, i + 1, k + 1), n % 3, points});
      }
    }
  }
  return out;
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

std::string rubric_text() {
  std::string out =
      "schema: cepin/rubric/1\nid: bench-7-20-58\ntitle: 基准测试指标\nversion: \"1\"\ntotal: 100\nthreshold: 90\n"
      "prerequisites:\n  - {id: provincial-title, text: 已获省级命名}\n"
      "adjustments:\n  - {id: model, kind: bonus, text: 获表彰, per: 1, cap: 2}\n"
      "  - {id: incident, kind: veto, text: 发生重大事件}\ncategories:\n";
  std::vector<ClauseSpec> specs = clause_specs();
  std::size_t n = 0;
  int item_index = 0;
  for (int c = 0; c < k_categories; ++c) {
    out += fmt::format("  - id: \"{}\"\n    title: 类别{}\n    items:\n", c + 1, c + 1);
    for (int i = 0; i < k_items_per_category[c]; ++i, ++item_index) {
      out += fmt::format("      - id: \"{}.{}\"\n        title: 项目{}.{}\n        clauses:\n", c + 1, i + 1, c + 1, i + 1);
      for (int k = 0; k < clauses_of(item_index); ++k, ++n) {
        const ClauseSpec& s = specs[n];
        std::string rule = s.kind == 0 ? "check" : s.kind == 1 ? "manual" : "";
        out += fmt::format("          - id: \"{}\"\n            text: 测评标准{}\n            points: {}\n", s.id, s.id, s.points);
        if (s.kind == 2) {
          out += fmt::format("            rule: {{type: tiers, tiers: [{{min: 95, points: {}}}, {{min: 80, points: 1}}]}}\n", s.points);
        } else {
          out += "            rule: " + rule + "\n";
        }
        out += "            evidence: required\n";
      }
    }
  }
  return out;
}

std::string answer(const ClauseSpec& s, Random& random) {
  switch (s.kind) {
    case 0:
      return random.below(10) < 9 ? "true" : "false";
    case 1:
      return random.below(2) ? s.points : "1";
    default:
      return fmt::format("{}.{}", 80 + random.below(20), random.below(10));
  }
}

std::string assessment_text(int n, Random& random) {
  std::string out = fmt::format(
      "schema: cepin/assessment/1\nrubric: bench-7-20-58\nunit: {{id: \"U{:05}\", name: 单位{}, kind: prefecture}}\n"
      "assessed_on: 2025-06-30\nprerequisites: {{provincial-title: true}}\nadjustments: {{model: {}, incident: false}}\n"
      "responses:\n",
      n, n, random.below(3));
  for (const ClauseSpec& s : clause_specs()) {
    out += fmt::format("  \"{}\": {{{}: {}, evidence: [材料{}]}}\n", s.id,
                       s.kind == 0 ? "met" : s.kind == 1 ? "points" : "value", answer(s, random), s.id);
  }
  return out;
}

int generate(const std::string& dir) {
  ::mkdir(dir.c_str(), 0755);
  write_file(dir + "/rubric.yaml", rubric_text());
  Random random;
  for (const char* sub : {"/yaml-1000", "/yaml-2000", "/yaml-4000"}) {
    ::mkdir((dir + sub).c_str(), 0755);
  }
  for (int n = 0; n < 4000; ++n) {
    std::string text = assessment_text(n, random);
    std::string name = fmt::format("/unit-{:05}.yaml", n);
    write_file(dir + "/yaml-4000" + name, text);
    if (n < 2000) write_file(dir + "/yaml-2000" + name, text);
    if (n < 1000) write_file(dir + "/yaml-1000" + name, text);
  }
  std::vector<ClauseSpec> specs = clause_specs();
  std::string csv = "unit_id,unit_name,provincial-title,model,incident";
  for (const ClauseSpec& s : specs) {
    csv += "," + s.id;
  }
  csv += "\n";
  for (int n = 0; n < 10000; ++n) {
    csv += fmt::format("C{:05},单位{},是,{},否", n, n, random.below(3));
    for (const ClauseSpec& s : specs) {
      csv += "," + answer(s, random);
    }
    csv += "\n";
  }
  write_file(dir + "/units-10000.csv", csv);
  // The same units assessed again (another draw of every answer): NEW for
  // the compare benchmark.
  std::string again = csv.substr(0, csv.find('\n') + 1);
  for (int n = 0; n < 10000; ++n) {
    again += fmt::format("C{:05},单位{},是,{},否", n, n, random.below(3));
    for (const ClauseSpec& s : specs) {
      again += "," + answer(s, random);
    }
    again += "\n";
  }
  write_file(dir + "/units-10000-again.csv", again);
  // Twelve monthly sheets of 1,000 units each, for the trend benchmark.
  ::mkdir((dir + "/months").c_str(), 0755);
  for (int month = 1; month <= 12; ++month) {
    std::string sheet = "unit_id,unit_name,考评周期,provincial-title,model,incident";
    for (const ClauseSpec& s : specs) {
      sheet += "," + s.id;
    }
    sheet += "\n";
    for (int n = 0; n < 1000; ++n) {
      sheet += fmt::format("M{:04},单位{},2025-{:02},是,{},否", n, n, month, random.below(3));
      for (const ClauseSpec& s : specs) {
        sheet += "," + answer(s, random);
      }
      sheet += "\n";
    }
    write_file(fmt::format("{}/months/2025-{:02}.csv", dir, month), sheet);
  }
  return 0;
}

int load(int argc, char** argv) {
  std::size_t nodes = 0;
  for (int i = 0; i < argc; ++i) {
    YAML::Node node = YAML::LoadFile(argv[i]);
    nodes += node.size();
  }
  std::printf("%zu\n", nodes);
  return 0;
}

// Runs a command with stdout to /dev/null; prints "<seconds> <peak KiB>".
int measure(char** argv) {
  auto start = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    ::execvp(argv[0], argv);
    _exit(127);
  }
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%.3f %ld\n", seconds, usage.ru_maxrss);
  return WIFEXITED(status) && WEXITSTATUS(status) <= 1 ? 0 : 1;
}

// Ignores every event: what yaml-cpp's parser costs by itself.
class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

// `events FILE...`: reads each file and runs yaml-cpp's event parser over it
// with a handler that ignores every event: the floor of cepin's YAML path.
int events(int argc, char** argv) {
  std::size_t bytes = 0;
  for (int i = 0; i < argc; ++i) {
    std::ifstream file(argv[i], std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    bytes += text.str().size();
    YAML::Parser parser(text);
    NullHandler handler;
    parser.HandleNextDocument(handler);
  }
  std::printf("%zu\n", bytes);
  return 0;
}

// `small N DIR`: N tiny assessments of rubric `small` (one clause), 1,000 to a
// folder, and DIR/rubric.yaml: inputs whose cost is their number.
int small_files(const std::string& count, const std::string& dir) {
  std::size_t n = std::stoul(count);
  std::filesystem::create_directories(dir);
  write_file(dir + "/rubric.yaml",
             "schema: cepin/rubric/1\nid: small\ntitle: 小\ntotal: 10\nthreshold: 6\ncategories:\n"
             "  - id: \"1\"\n    title: 组织领导\n    clauses:\n"
             "      - {id: \"1.1\", text: 建立工作机制, points: 10, rule: check}\n");
  for (std::size_t i = 0; i < n; ++i) {
    std::string folder = fmt::format("{}/inputs/{:03}", dir, i / 1000);
    if (i % 1000 == 0) {
      std::filesystem::create_directories(folder);
    }
    write_file(fmt::format("{}/a{:06}.yaml", folder, i),
               fmt::format("schema: cepin/assessment/1\nrubric: small\nunit: {{id: \"u{}\"}}\n"
                           "responses: {{\"1.1\": {}}}\n",
                           i, i % 3 == 0 ? "false" : "true"));
  }
  return 0;
}

// The median wall time of 5 runs of `run`, in seconds.
double median_seconds(const std::function<void()>& run) {
  std::vector<double> times;
  for (int i = 0; i < 5; ++i) {
    auto start = std::chrono::steady_clock::now();
    run();
    times.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[2];
}

// Times yaml-cpp's event parse and cepin's parse_input of `text` side by side.
void time_yaml(const char* what, const std::string& text) {
  double floor = median_seconds([&] {
    std::istringstream in(text);
    YAML::Parser parser(in);
    NullHandler handler;
    parser.HandleNextDocument(handler);
  });
  std::string outcome;
  double cepin = median_seconds([&] {
    cepin::yaml::Input input = cepin::yaml::parse_input("bench.yaml", text);
    outcome = input.diagnostics.empty() ? "ok" : input.diagnostics.front().code;
  });
  std::printf("%-44s %9.3f %9.3f %7.2fx  %s\n", what, floor, cepin, cepin / floor, outcome.c_str());
}

// `yaml [LINE_BYTES [LINES]]`: a one-line flow sequence of about LINE_BYTES
// bytes (default 2,000,000) and a block sequence of LINES lines (1,000,000).
int yaml_sizes(int argc, char** argv) {
  std::size_t line_bytes = argc > 0 ? std::stoul(argv[0]) : 2'000'000;
  std::size_t lines = argc > 1 ? std::stoul(argv[1]) : 1'000'000;
  std::string line = "[0";
  while (line.size() < line_bytes) {
    line += ", 0";
  }
  line += "]\n";
  std::string block;
  for (std::size_t i = 0; i < lines; ++i) {
    block += "- 0\n";
  }
  std::printf("%-44s %9s %9s %8s  %s\n", "median of 5 runs (s)", "yaml-cpp", "cepin", "ratio", "result");
  time_yaml(fmt::format("one-line flow sequence, {} bytes", line.size()).c_str(), line);
  time_yaml(fmt::format("block sequence, {} lines", lines).c_str(), block);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string command = argc > 1 ? argv[1] : "";
  if (command == "gen" && argc == 3) return generate(argv[2]);
  if (command == "load") return load(argc - 2, argv + 2);
  if (command == "measure" && argc > 2) return measure(argv + 2);
  if (command == "yaml") return yaml_sizes(argc - 2, argv + 2);
  if (command == "events") return events(argc - 2, argv + 2);
  if (command == "small" && argc == 4) return small_files(argv[2], argv[3]);
  std::fprintf(stderr,
               "usage: bench_tool gen DIR | load FILE... | events FILE... | small N DIR | measure CMD... | "
               "yaml [LINE_BYTES [LINES]]\n");
  return 2;
}
