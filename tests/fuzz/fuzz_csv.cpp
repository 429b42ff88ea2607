// libFuzzer target: any bytes as a CSV/TSV sheet in every encoding (the first
// byte picks the encoding and the separator), read, its units loaded against
// the generic unit rubric, scored and rendered.
#include <cstddef>
#include <cstdint>
#include <string>

#include "csv/answers.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace cepin;
  if (size == 0) {
    return 0;
  }
  static const auto k_rubric = fuzz::builtin("unit-generic");
  static const csv::Encoding k_encodings[] = {csv::Encoding::automatic, csv::Encoding::utf8, csv::Encoding::gb18030,
                                              csv::Encoding::utf16le, csv::Encoding::utf16be};
  csv::Options options;
  options.encoding = k_encodings[data[0] % 5];
  options.separator = (data[0] / 5) % 2 == 0 ? csv::Separator::comma : csv::Separator::tab;
  options.unknown_columns = (data[0] / 10) % 2 == 0 ? csv::UnknownColumns::error : csv::UnknownColumns::ignore;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  csv::Table table = csv::read_table("fuzz.csv", bytes, options);
  if (!table.ok() || diag::has_errors(csv::check_columns(table, {k_rubric.get()}))) {
    return 0;
  }
  for (const csv::UnitRows& unit : table.units) {
    csv::CsvUnit loaded = csv::load_unit(table, unit, k_rubric.get());
    if (loaded.assessment) {
      fuzz::score_and_render(*loaded.assessment, k_rubric);
    }
  }
  return 0;
}
