// libFuzzer target: saved results (`cepin score --format json|jsonl` files)
// read back by compare and trend. Whatever the bytes, reading never crashes,
// every diagnostic says what and where, and the summaries compare and trend
// without throwing, rendered in every format of both commands.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "compare/compare.hpp"
#include "report/compare_report.hpp"
#include "report/trend_report.hpp"
#include "results/saved.hpp"
#include "trend/trend.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  using namespace cepin;
  std::string text(reinterpret_cast<const char*>(data), size);
  results::RecordReader reader = results::RecordReader::over_text("fuzz.jsonl", text);
  results::SavedFile file = results::read_saved(reader, {});
  for (const diag::Diagnostic& d : file.diagnostics) {
    if (d.message.empty() || (d.severity == diag::Severity::error && d.line <= 0)) {
      __builtin_trap();  // every problem says what and where
    }
  }
  compare::CompareReport compared = compare::compare(file.results, file.results, {});
  trend::TrendReport trended = trend::trend(file.results, trend::Rollup::mean);
  std::size_t written = 0;
  report::ReportSink sink = [&](std::string_view piece) { written += piece.size(); };
  for (report::Lang lang : {report::Lang::zh, report::Lang::en}) {
    report::ChangeOptions options;
    options.lang = lang;
    for (report::Format format : report::compare_formats()) {
      report::render_compare(format, compared, options, sink);
    }
    for (report::Format format : report::trend_formats()) {
      report::render_trend(format, trended, options, sink);
    }
  }
  if (written == 0) {
    __builtin_trap();  // every report writes at least its frame
  }
  return 0;
}
