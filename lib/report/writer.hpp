// Reports written as results arrive, one writer per format (SPEC §6, §11):
// the same pass over the inputs can feed several writers at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "report/csv.hpp"
#include "report/format.hpp"
#include "report/html.hpp"
#include "report/labels.hpp"
#include "report/text.hpp"
#include "scoring/result.hpp"
#include "util/date.hpp"

namespace cepin::report {

// A report of results in one format. For each result in input order the run
// calls render() (on any thread) and then add() (on one thread, in order).
class ResultWriter {
 public:
  virtual ~ResultWriter() = default;
  // What comes before the first result (a CSV header).
  virtual std::string begin() { return ""; }
  // One result's text. Runs on worker threads: it reads only what the writer
  // was made with, never what add() changes.
  virtual std::string render(const scoring::Outcome& outcome) const = 0;
  // Takes the next result and its rendered text; returns what to write now
  // (separators included). Writers that report at the end keep what they need.
  virtual std::string add(std::string rendered, const std::shared_ptr<const scoring::Outcome>& outcome) = 0;
  // What comes after the last result (JSON's `]`, a whole Markdown or JUnit
  // report).
  virtual std::string end() { return ""; }
};

// How result writers look; each format reads what concerns it.
struct WriterOptions {
  Lang lang = Lang::zh;                 // text, md, html
  Color color = Color::off;             // text (on a terminal)
  Explain explain = Explain::no;        // text
  Bom bom = Bom::no;                    // csv
  CsvRows csv_rows = CsvRows::units;    // csv: --csv-layout
  CsvEncoding csv_encoding = CsvEncoding::utf8;  // csv: --output-encoding
  // csv: the rubrics of the run in first-seen order (the category columns).
  std::vector<std::shared_ptr<const rubric::Rubric>> rubrics;
  bool single = false;                  // json: one object, not an array
  std::string version;                  // sarif: cepin's version
  std::optional<util::Date> as_of;      // md, html: the run's --as-of (the title's date)
  HtmlUnits html_units = HtmlUnits::automatic;  // html: which units get a section
  // html: at most how many results the run yields (its work items; skipped
  // ones yield none), so sections the default limit drops are never written.
  std::size_t most_results = 0;
};

// The formats `score` writes results in.
const std::vector<Format>& result_formats();

// A writer of `format` (one of result_formats()).
std::unique_ptr<ResultWriter> make_result_writer(Format format, const WriterOptions& options);

}  // namespace cepin::report
