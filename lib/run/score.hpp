// `cepin score`: load → score → stream, in input order on several threads,
// into one or several reports.
#pragma once

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "diag/render.hpp"
#include "report/csv.hpp"
#include "report/format.hpp"
#include "report/labels.hpp"
#include "report/writer.hpp"
#include "run/plan.hpp"
#include "run/progress.hpp"
#include "run/setup.hpp"
#include "scoring/engine.hpp"

namespace cepin::run {

// Everything `score` was asked to do.
struct ScoreOptions {
  InputOptions inputs;
  RubricOptions rubrics;
  std::vector<std::string> outputs;      // -o [FORMAT:]PATH (repeatable); none: stdout
  std::optional<report::Format> format;  // --format
  std::optional<report::Lang> lang;      // --lang; else the first rubric's
  bool explain = false;
  bool bom = false;
  report::CsvRows csv_rows = report::CsvRows::units;            // --csv-layout
  report::CsvEncoding csv_encoding = report::CsvEncoding::utf8;  // --output-encoding
  bool quiet = false;                                            // -q: no notes on stderr
  scoring::Options scoring;
  unsigned jobs = 0;  // 0: the CPUs we may use
  bool fail_on_ineligible = false;
  bool fail_on_warning = false;
  Progress progress = Progress::automatic;
  std::string version;  // cepin's, for SARIF
  report::HtmlUnits html_units = report::HtmlUnits::automatic;  // --html-units
};

// Where the run's messages go: stderr (diagnostics and notes) and the progress line.
struct ScoreSinks {
  std::function<void(const std::string&)> errors;
  std::function<void(const std::string&)> progress;
  bool stderr_is_terminal = false;
  diag::Color diagnostics_color = diag::Color::no;
  bool stdout_color = false;  // a text report on stdout may use colour
};

// How the run ended (SPEC §5: the most severe exit code wins).
struct ScoreOutcome {
  int exit_code = 0;
  std::size_t results = 0;
  bool interrupted = false;
};

// The formats `score` writes.
const std::vector<report::Format>& score_formats();

// Scores every input and writes every report. Stops early, writing nothing,
// when `interrupt` turns true. Never throws for bad input.
ScoreOutcome score_paths(const ScoreOptions& options, const ScoreSinks& sinks,
                         const std::atomic<bool>* interrupt = nullptr);

}  // namespace cepin::run
