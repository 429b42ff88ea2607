#include "report/rubric_list.hpp"

#include "report/csv.hpp"
#include "report/labels.hpp"
#include "report/text_table.hpp"
#include "util/json_writer.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

std::string text_list(const std::vector<RubricListing>& rubrics) {
  TextTable table({Align::left, Align::left, Align::left, Align::right, Align::right, Align::right});
  table.add_row({"id", "title", "unit kinds", "clauses", "total", "threshold"});
  for (const RubricListing& listing : rubrics) {
    if (listing.rubric == nullptr) {
      table.add_row({util::escape_for_terminal(listing.id.empty() ? listing.path : listing.id),
                     "(invalid: run `cepin validate`)"});
      continue;
    }
    const rubric::Rubric& r = *listing.rubric;
    std::string kinds;
    for (const std::string& kind : r.applies_to) {
      kinds += (kinds.empty() ? "" : "；") + unit_kind_text(Lang::zh, kind);
    }
    table.add_row({r.id, util::escape_for_terminal(r.title), util::escape_for_terminal(kinds.empty() ? "-" : kinds),
                   std::to_string(r.clause_count()), r.total.to_string(), r.threshold.to_string()});
  }
  return table.render();
}

std::string json_list(const std::vector<RubricListing>& rubrics) {
  util::JsonWriter w;
  w.begin_array();
  for (const RubricListing& listing : rubrics) {
    w.begin_object();
    if (listing.rubric == nullptr) {
      w.key("id");
      listing.id.empty() ? w.null() : w.string(listing.id);
      w.key("path").string(listing.path);
      w.key("valid").boolean(false);
      w.end_object();
      continue;
    }
    const rubric::Rubric& r = *listing.rubric;
    w.key("id").string(r.id);
    w.key("title").string(r.title);
    w.key("version");
    r.version ? w.string(*r.version) : w.null();
    w.key("issuer");
    r.issuer.empty() ? w.null() : w.string(r.issuer);
    w.key("lang").string(r.lang);
    w.key("applies_to").begin_array();
    for (const std::string& kind : r.applies_to) {
      w.string(kind);
    }
    w.end_array();
    w.key("categories").integer(static_cast<int64_t>(r.categories.size()));
    w.key("clauses").integer(static_cast<int64_t>(r.clause_count()));
    w.key("total").decimal(r.total);
    w.key("threshold").decimal(r.threshold);
    w.end_object();
  }
  w.end_array();
  return w.take() + "\n";
}

std::string csv_list(const std::vector<RubricListing>& rubrics) {
  std::string out = csv_line({"id", "title", "unit_kinds", "clauses", "total", "threshold"});
  for (const RubricListing& listing : rubrics) {
    if (listing.rubric == nullptr) {
      out += csv_line({csv_text_cell(listing.id.empty() ? listing.path : listing.id), "", "", "", "", ""});
      continue;
    }
    const rubric::Rubric& r = *listing.rubric;
    std::string kinds;
    for (const std::string& kind : r.applies_to) {
      kinds += (kinds.empty() ? "" : ";") + kind;
    }
    out += csv_line({csv_text_cell(r.id), csv_text_cell(r.title), csv_text_cell(kinds), std::to_string(r.clause_count()),
                     r.total.to_string(), r.threshold.to_string()});
  }
  return out;
}

}  // namespace

const std::vector<Format>& rubric_list_formats() {
  static const std::vector<Format> k_formats = {Format::text, Format::json, Format::csv};
  return k_formats;
}

std::string rubric_list(const std::vector<RubricListing>& rubrics, Format format) {
  switch (format) {
    case Format::json:
      return json_list(rubrics);
    case Format::csv:
      return csv_list(rubrics);
    default:
      return text_list(rubrics);
  }
}

}  // namespace cepin::report
