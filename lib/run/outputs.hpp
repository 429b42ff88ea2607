// Stage three's files: the reports a run writes (SPEC §11 "Several outputs in
// one run"), planned from `-o [FORMAT:]PATH` and --format, each written whole
// or not at all.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/format.hpp"
#include "util/output_file.hpp"

namespace cepin::run {

// One report of a run: its format and where it goes ("-" is standard output).
struct OutputTarget {
  report::Format format = report::Format::text;
  std::string path = "-";
};

// The reports of a run, or why the command line is bad usage.
struct OutputPlan {
  std::vector<OutputTarget> targets;
  std::string error;  // non-empty: bad usage (exit 2), nothing is written
};

// Plans the reports. A file's format is its `FORMAT:` prefix, else `format`
// (--format) when given, else its extension (`.txt` text, `.json`, `.jsonl`,
// `.csv`, `.md`, `.html`, `.xml` junit, `.sarif`); no extension, or a path that
// is not a regular file (`/dev/null`), is text. Bad usage: another extension
// ("did you mean"), a format not in `allowed`, `-o -` twice, the same path
// twice, a path naming one of `inputs`. Without `-o`, one report goes to
// standard output in `format`, else `fallback`.
OutputPlan plan_outputs(const std::vector<std::string>& outputs, const std::optional<report::Format>& format,
                        const std::vector<report::Format>& allowed, report::Format fallback,
                        const std::vector<std::string>& inputs);

// The opened report files of a run.
class OutputFiles {
 public:
  // Opens every target; on failure closes what was opened, leaves nothing
  // behind and returns null with `error` naming the file.
  static std::unique_ptr<OutputFiles> open(const std::vector<OutputTarget>& targets, std::string& error);

  // Appends to report `index`; false once that file has failed.
  bool write(std::size_t index, std::string_view text);
  // Gives up on every file (interrupted): nothing partial is left.
  void abort();
  // Puts every file in place; one message per file that could not be written.
  std::vector<std::string> commit();

 private:
  std::vector<OutputTarget> m_targets;
  std::vector<std::unique_ptr<util::OutputFile>> m_files;
};

// Whether a report other than text goes to standard output: it then carries
// the diagnostics, which stay off stderr (validate, test).
bool diagnostics_in_report(const std::vector<OutputTarget>& targets);

// Writes one report per target, each rendered by `render` (a text report on
// standard output without the diagnostics, in a file with them). A file that
// cannot be opened or written is reported through `errors` as
// "cepin COMMAND: …"; returns false then (exit 2).
bool write_reports(const std::vector<OutputTarget>& targets,
                   const std::function<std::string(report::Format, report::WithDiagnostics)>& render,
                   const std::function<void(const std::string&)>& errors, const std::string& command);

}  // namespace cepin::run
