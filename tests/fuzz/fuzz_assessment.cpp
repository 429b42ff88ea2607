// libFuzzer target: any bytes as a YAML assessment of the national prefecture
// rubric (58 clauses, every rule type it uses), loaded, scored and rendered.
#include <cstddef>
#include <cstdint>
#include <string>

#include "assessment/loader.hpp"
#include "fuzz_support.hpp"
#include "yaml/input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace cepin;
  static const auto k_rubric = fuzz::builtin("neac-prefecture-2020");
  yaml::Input input = yaml::parse_input("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  assessment::LoadResult loaded = assessment::load(input, *k_rubric, "fuzz.yaml", ".");
  if (loaded.assessment) {
    fuzz::score_and_render(*loaded.assessment, k_rubric);
  }
  return 0;
}
