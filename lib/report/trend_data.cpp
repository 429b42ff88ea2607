// trend's machine formats: JSON and CSV.
#include <fmt/format.h>

#include "report/trend_report.hpp"
#include "util/json_writer.hpp"

namespace cepin::report {

namespace {

using util::JsonWriter;

void write_point(JsonWriter& w, const trend::Point& p) {
  w.begin_object();
  w.key("period").string(p.period.canonical());
  w.key("score").decimal(p.result->score);
  w.key("verdict").string(scoring::verdict_name(p.result->verdict));
  w.key("rank").integer(static_cast<int64_t>(p.rank));
  w.key("rank_change");
  p.rank_change ? w.integer(*p.rank_change) : w.null();
  w.key("source").string(p.result->source);
  if (p.result->line > 0) {
    w.key("line").integer(p.result->line);
  }
  if (p.period_from_date) {
    w.key("period_from").string("assessed_on");
  }
  w.end_object();
}

void write_unit(JsonWriter& w, const trend::UnitTrend& u) {
  w.begin_object();
  w.key("rubric").string(u.rubric_id);
  w.key("unit").begin_object().key("id").string(u.unit_id).key("name");
  u.unit_name.empty() ? w.null() : w.string(u.unit_name);
  w.end_object();
  w.key("series").begin_array();
  for (const trend::Point& p : u.series) {
    write_point(w, p);
  }
  w.end_array();
  w.key("rollup").decimal(u.rollup);
  w.key("first").decimal(u.first);
  w.key("last").decimal(u.last);
  w.key("change").decimal(u.change);
  w.key("declines").integer(static_cast<int64_t>(u.declines));
  w.key("ineligible_periods").integer(static_cast<int64_t>(u.ineligible_periods));
  w.key("warnings").begin_array();
  for (const trend::TrendWarning& warning : u.warnings) {
    w.begin_object().key("code").string(warning.code).key("message").string(warning.message).end_object();
  }
  w.end_array();
  w.end_object();
}

void write_error(JsonWriter& w, const trend::TrendError& e) {
  w.begin_object();
  w.key("code").string(e.code);
  w.key("message").string(e.message);
  w.key("rubric");
  e.rubric_id.empty() ? w.null() : w.string(e.rubric_id);
  w.key("unit");
  e.unit_id.empty() ? w.null() : w.string(e.unit_id);
  w.key("sources").begin_array();
  for (const results::ResultSummary* r : e.results) {
    w.begin_object().key("source").string(r->file);
    if (r->file_line > 0) {
      w.key("line").integer(r->file_line);
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

std::string trend_json(const trend::TrendReport& report) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string("cepin/trend/1");
  w.key("rollup").string(trend::rollup_name(report.rollup));
  w.key("periods").begin_array();
  for (const util::Period& p : report.periods) {
    w.string(p.canonical());
  }
  w.end_array();
  w.key("units").begin_array();
  for (const trend::UnitTrend& u : report.units) {
    write_unit(w, u);
  }
  w.end_array();
  w.key("errors").begin_array();
  for (const trend::TrendError& e : report.errors) {
    write_error(w, e);
  }
  w.end_array();
  w.end_object();
  return w.take() + "\n";
}

std::string trend_csv(const trend::TrendReport& report, Bom bom) {
  std::string out = bom == Bom::yes ? "\xEF\xBB\xBF" : "";
  out += "rubric,unit_id,unit_name";
  for (const util::Period& p : report.periods) {
    out += "," + p.canonical();
  }
  out += ",rollup,change,declines,ineligible_periods,last_rank\n";
  for (const trend::UnitTrend& u : report.units) {
    out += fmt::format("{},{},{}", csv_text_cell(u.rubric_id), csv_text_cell(u.unit_id), csv_text_cell(u.unit_name));
    std::size_t next = 0;
    for (const util::Period& p : report.periods) {
      out += ',';
      if (next < u.series.size() && u.series[next].period == p) {
        out += u.series[next].result->score.to_fixed(u.precision_digits);
        ++next;
      }
    }
    out += fmt::format(",{},{},{},{},{}\n", u.rollup.to_fixed(u.precision_digits), u.change.to_fixed(u.precision_digits),
                       u.declines, u.ineligible_periods, u.series.back().rank);
  }
  return out;
}

const std::vector<Format>& trend_formats() {
  static const std::vector<Format> k_formats = {Format::text, Format::json, Format::csv, Format::md,
                                                Format::html};
  return k_formats;
}

void render_trend(Format format, const trend::TrendReport& report, const ChangeOptions& options,
                  const ReportSink& out) {
  switch (format) {
    case Format::json:
      return out(trend_json(report));
    case Format::csv:
      return out(trend_csv(report, options.bom));
    case Format::md:
      return out(trend_markdown(report, options.lang));
    case Format::html:
      return out(trend_html(report, options.lang));
    default:
      return out(trend_text(report, options.lang));
  }
}

}  // namespace cepin::report
