// The writers of `score`'s formats (report/writer.hpp).
#include <fmt/format.h>

#include "csv/decode.hpp"
#include "report/ci.hpp"
#include "report/json.hpp"
#include "report/junit.hpp"
#include "report/markdown.hpp"
#include "report/sarif.hpp"
#include "report/summary.hpp"
#include "report/writer.hpp"

namespace cepin::report {

namespace {

using scoring::Outcome;
using Kept = std::shared_ptr<const Outcome>;

class TextWriter : public ResultWriter {
 public:
  explicit TextWriter(const WriterOptions& options) : m_options{options.lang, options.color, options.explain} {}
  std::string render(const Outcome& outcome) const override { return text_outcome(outcome, m_options); }
  std::string add(std::string rendered, const Kept&) override {
    return (m_count++ > 0 ? "\n" : "") + rendered;
  }

 private:
  TextOptions m_options;
  std::size_t m_count = 0;
};

// `json`: one object for a single named YAML input, else an array.
class JsonWriter : public ResultWriter {
 public:
  explicit JsonWriter(bool single) : m_single(single) {}
  std::string render(const Outcome& outcome) const override { return json_outcome(outcome); }
  std::string add(std::string rendered, const Kept&) override {
    if (m_single) {
      return rendered + "\n";
    }
    return (m_count++ > 0 ? ",\n" : "[\n") + rendered;
  }
  std::string end() override { return m_single ? "" : m_count == 0 ? "[]\n" : "\n]\n"; }

 private:
  bool m_single;
  std::size_t m_count = 0;
};

class JsonlWriter : public ResultWriter {
 public:
  std::string render(const Outcome& outcome) const override { return json_outcome(outcome) + "\n"; }
  std::string add(std::string rendered, const Kept&) override { return rendered; }
};

class CsvWriter : public ResultWriter {
 public:
  explicit CsvWriter(const WriterOptions& options)
      : m_layout(options.rubrics, options.csv_rows), m_bom(options.bom), m_encoding(options.csv_encoding) {}
  std::string begin() override { return encoded(m_layout.header(m_bom)); }
  std::string render(const Outcome& outcome) const override { return encoded(m_layout.row(outcome)); }
  std::string add(std::string rendered, const Kept&) override { return rendered; }

 private:
  std::string encoded(std::string text) const {
    return m_encoding == CsvEncoding::gb18030 ? csv::encode_gb18030(text) : text;
  }
  CsvLayout m_layout;
  Bom m_bom;
  CsvEncoding m_encoding;
};

// Markdown opens with a summary of the whole run, so it is written at the end.
class MarkdownWriter : public ResultWriter {
 public:
  MarkdownWriter(Lang lang, std::optional<util::Date> as_of) : m_lang(lang), m_as_of(as_of) {}
  std::string render(const Outcome&) const override { return ""; }
  std::string add(std::string, const Kept& outcome) override {
    m_kept.push_back(outcome);
    return "";
  }
  std::string end() override {
    std::vector<const Outcome*> outcomes;
    for (const Kept& kept : m_kept) {
      outcomes.push_back(kept.get());
    }
    return markdown_report(outcomes, m_lang, m_as_of);
  }

 private:
  Lang m_lang;
  std::optional<util::Date> m_as_of;
  std::vector<Kept> m_kept;
};

// HTML opens with a summary of the whole run, so it is written at the end;
// each unit's section is written on the worker threads as results come —
// unless the run may yield more results than the default limit, when the
// sections wait for the end (and are written then only if the limit held).
class HtmlWriter : public ResultWriter {
 public:
  explicit HtmlWriter(const WriterOptions& options)
      : m_options{options.lang, options.as_of, options.html_units},
        m_wait(options.html_units == HtmlUnits::automatic && options.most_results > k_html_units_limit) {}
  std::string render(const Outcome& outcome) const override {
    return !m_wait && html_section_wanted(outcome, m_options.units) ? html_unit_body(outcome, m_options.lang, 3)
                                                                     : "";
  }
  std::string add(std::string rendered, const Kept& outcome) override {
    if (!m_wait) {
      // The sections are rendered already: the summary needs only its copy
      // of each result, and a run of one result its whole page.
      if (m_kept.empty()) {
        m_first = outcome;
      } else if (m_first) {
        m_kept.front() = std::make_shared<const Outcome>(summary_copy(*m_first));
        m_first.reset();
      }
      m_kept.push_back(m_first ? outcome : std::make_shared<const Outcome>(summary_copy(*outcome)));
      rendered.shrink_to_fit();  // kept to the end: no room left over from building it
      m_bodies.push_back(std::move(rendered));
      return "";
    }
    // Waiting: the summary's copy of every result, and the whole results only
    // while the limit may still hold.
    m_kept.push_back(std::make_shared<const Outcome>(summary_copy(*outcome)));
    if (m_kept.size() <= k_html_units_limit) {
      m_whole.push_back(outcome);
    } else {
      m_whole.clear();
    }
    return "";
  }
  std::string end() override {
    bool late = m_wait && m_kept.size() <= k_html_units_limit;
    std::vector<const Outcome*> outcomes;
    for (const Kept& kept : late ? m_whole : m_kept) {
      outcomes.push_back(kept.get());
    }
    if (late) {
      // Only `--html-units automatic` waits, and it wants every unit's section.
      for (const Outcome* outcome : outcomes) {
        m_bodies.push_back(html_unit_body(*outcome, m_options.lang, 3));
      }
    }
    return html_report(outcomes, std::move(m_bodies), m_options);
  }

 private:
  HtmlOptions m_options;
  bool m_wait;
  std::vector<Kept> m_kept;
  Kept m_first;               // not waiting, while there is one result: it whole
  std::vector<Kept> m_whole;  // waiting: the whole results, up to the limit
  std::vector<std::string> m_bodies;
};

class GithubWriter : public ResultWriter {
 public:
  std::string render(const Outcome& outcome) const override { return github_annotations(outcome); }
  std::string add(std::string rendered, const Kept&) override { return rendered; }
};

// JUnit counts its cases in attributes before them, so it is written at the end.
class JunitWriter : public ResultWriter {
 public:
  std::string render(const Outcome&) const override { return ""; }
  std::string add(std::string, const Kept& outcome) override {
    m_report.add(junit_suite(*outcome), junit_case(*outcome));
    return "";
  }
  std::string end() override { return m_report.render(k_unknown_rubric_suite); }

 private:
  JunitReport m_report;
};

class SarifWriter : public ResultWriter {
 public:
  explicit SarifWriter(std::string version) : m_version(std::move(version)) {}
  std::string render(const Outcome&) const override { return ""; }
  std::string add(std::string, const Kept& outcome) override {
    for (const diag::Diagnostic& d : located_findings(*outcome)) {
      m_report.add(d);
    }
    return "";
  }
  std::string end() override { return m_report.render(m_version); }

 private:
  std::string m_version;
  SarifReport m_report;
};

}  // namespace

const std::vector<Format>& result_formats() {
  static const std::vector<Format> k_formats = {Format::text, Format::json,  Format::jsonl,
                                                Format::csv,  Format::md,    Format::html,
                                                Format::junit, Format::sarif, Format::github};
  return k_formats;
}

std::unique_ptr<ResultWriter> make_result_writer(Format format, const WriterOptions& options) {
  switch (format) {
    case Format::text:
      return std::make_unique<TextWriter>(options);
    case Format::json:
      return std::make_unique<JsonWriter>(options.single);
    case Format::jsonl:
      return std::make_unique<JsonlWriter>();
    case Format::csv:
      return std::make_unique<CsvWriter>(options);
    case Format::md:
      return std::make_unique<MarkdownWriter>(options.lang, options.as_of);
    case Format::junit:
      return std::make_unique<JunitWriter>();
    case Format::sarif:
      return std::make_unique<SarifWriter>(options.version);
    case Format::github:
      return std::make_unique<GithubWriter>();
    case Format::html:
      return std::make_unique<HtmlWriter>(options);
  }
  return nullptr;
}

}  // namespace cepin::report
