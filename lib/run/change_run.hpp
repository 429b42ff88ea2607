// What `compare` and `trend` share as commands: the rubric catalog, reading
// sides (diagnostics to stderr in input order), and writing every report
// from one computed result, each file whole or not at all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "report/compare_report.hpp"
#include "report/format.hpp"
#include "run/exit_codes.hpp"
#include "run/outputs.hpp"
#include "run/score.hpp"
#include "run/setup.hpp"
#include "run/sides.hpp"

namespace cepin::run {

// The options compare and trend share.
struct ChangeCommandOptions {
  RubricOptions rubrics;
  SideOptions side;  // --input-format, CSV, evidence and scoring options, --jobs; paths per side
  std::vector<std::string> outputs;      // -o [FORMAT:]PATH (repeatable)
  std::optional<report::Format> format;  // --format
  std::optional<report::Lang> lang;      // --lang; else the first rubric's
  bool bom = false;
};

// One run of compare or trend.
class ChangeRun {
 public:
  ChangeRun(std::string command, const ChangeCommandOptions& options, const ScoreSinks& sinks);

  // Plans the reports (`formats` allowed; `inputs` may not be written) and
  // sets up the catalog; false when the run cannot go on (exit 2).
  bool set_up(const std::vector<report::Format>& formats, const std::vector<std::string>& inputs);
  // Reads one side (safe on two threads at once), printing nothing; with
  // `sides_at_once` sides read together, each gets its share of --jobs.
  Side read(const std::vector<std::string>& paths, unsigned sides_at_once = 1);
  // Prints a side's diagnostics; unscorable inputs make the exit 1,
  // unreadable named paths 2.
  void report(const Side& side);
  // Reads one side and reports it.
  Side load(const std::vector<std::string>& paths);
  // Renders every report and writes it; `lang` is the report's default language.
  void write(const std::function<void(report::Format, const report::ChangeOptions&, const report::ReportSink&)>& render,
             const std::string& lang);
  // Makes the run exit at least `code`.
  void raise(int code) { m_exit = worse(m_exit, code); }
  // Bad usage: a message to stderr and exit 2.
  void usage_error(const std::string& message);
  int exit_code() const { return m_exit; }

 private:
  std::string m_command;
  const ChangeCommandOptions& m_options;
  const ScoreSinks& m_sinks;
  RubricCatalog m_catalog;
  std::vector<OutputTarget> m_targets;
  int m_exit = 0;
};

}  // namespace cepin::run
