// libFuzzer target: a tailored rubric over a base of its own, and a test
// file run against it. The bytes are up to three texts separated by lines
// `#%%` — a base rubric, a rubric that may `extends:` it (by its id; other
// ids resolve to the built-ins), and a `cepin test` file whose inline cases
// are scored against the tailored rubric and checked. Whatever the bytes,
// nothing crashes and every diagnostic says what and where.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rubric/loader.hpp"
#include "rubrictest/check.hpp"
#include "rubrictest/inline.hpp"
#include "rubrictest/loader.hpp"
#include "run/base_finder.hpp"
#include "run/catalog.hpp"
#include "run/load.hpp"
#include "run/plan.hpp"
#include "yaml/input.hpp"

namespace {

// The texts between `#%%` lines (at most three; a missing one is empty).
std::vector<std::string> split_parts(std::string_view bytes) {
  std::vector<std::string> parts;
  while (parts.size() < 2) {
    std::size_t at = bytes.find("\n#%%\n");
    if (at == std::string_view::npos) {
      break;
    }
    parts.emplace_back(bytes.substr(0, at + 1));
    bytes.remove_prefix(at + 5);
  }
  parts.emplace_back(bytes);
  parts.resize(3);
  return parts;
}

void check_diagnostics(const std::vector<cepin::diag::Diagnostic>& diagnostics) {
  for (const cepin::diag::Diagnostic& d : diagnostics) {
    if (d.message.empty() || d.code.empty()) {
      __builtin_trap();  // every problem says what it is
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace cepin;
  std::vector<std::string> parts = split_parts(std::string_view(reinterpret_cast<const char*>(data), size));
  std::string schema;
  std::string base_id = run::peek_rubric_id("base.yaml", parts[0], schema);
  rubric::LoadOptions options = run::file_load_options("tailored.yaml", [&](const rubric::BaseRequest& request) {
    if (!base_id.empty() && request.id == base_id) {
      rubric::BaseFound found;
      found.status = rubric::BaseFound::Status::found;
      found.path = "base.yaml";
      found.identity = "base.yaml";
      found.bytes = parts[0];
      return found;
    }
    return run::find_builtin_base(request.id);
  });
  rubric::LoadResult loaded = rubric::load_from_bytes("tailored.yaml", parts[1], options);
  check_diagnostics(loaded.diagnostics);
  auto test_input = std::make_shared<const yaml::Input>(yaml::parse_input("test.yaml", parts[2]));
  rubrictest::LoadResult tests = rubrictest::load(test_input);
  check_diagnostics(tests.diagnostics);
  if (!loaded.rubric || !tests.file) {
    return 0;
  }
  std::shared_ptr<const rubric::Rubric> tailored = loaded.rubric;
  run::RubricCatalog forced;
  forced.force({tailored->path, tailored});
  for (const rubrictest::TestCase& test_case : tests.file->cases) {
    if (test_case.assessment.inline_map == nullptr) {
      continue;  // a path: this target reads no file
    }
    yaml::Input assessment = rubrictest::inline_assessment(*tests.file, *test_case.assessment.inline_map, tailored->id);
    run::Loaded case_input = run::load_yaml_assessment(assessment, tests.file->path, forced, {});
    run::Scored scored = run::score_loaded(std::move(case_input), scoring::Options{});
    check_diagnostics(scored.diagnostics);
    if (scored.outcome) {
      for (const rubrictest::Failure& failure :
           rubrictest::check(*scored.outcome, test_case.expectations, test_case.expect_at)) {
        if (failure.message.empty()) {
          __builtin_trap();  // a failed expectation always says why
        }
      }
    }
  }
  return 0;
}
