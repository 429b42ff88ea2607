// libFuzzer target: any bytes as a rubric file (YAML parse, strict checks,
// every rubric check); a rubric that loads is shown and templated too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "report/show.hpp"
#include "rubric/loader.hpp"
#include "template/blank.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace cepin;
  rubric::LoadResult loaded = rubric::load_from_bytes("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  if (loaded.rubric) {
    (void)report::show_text(*loaded.rubric, report::Lang::zh);
    (void)report::show_markdown(*loaded.rubric, report::Lang::en);
    (void)tmpl::yaml_template(*loaded.rubric, "zh");
    (void)tmpl::csv_template(*loaded.rubric, tmpl::CsvLayout::long_form, "en");
  }
  return 0;
}
