// compare's machine formats: JSON, JSON Lines, CSV, JUnit.
#include <fmt/format.h>

#include "report/compare_report.hpp"
#include "report/junit.hpp"
#include "util/json_writer.hpp"

namespace cepin::report {

namespace {

using compare::UnitComparison;
using util::JsonWriter;

void optional_decimal(JsonWriter& w, const std::optional<util::Decimal>& value) {
  value ? w.decimal(*value) : w.null();
}

void optional_bool(JsonWriter& w, const std::optional<bool>& value) { value ? w.boolean(*value) : w.null(); }

void codes(JsonWriter& w, const std::vector<std::string>& list) {
  w.begin_array();
  for (const std::string& code : list) {
    w.string(code);
  }
  w.end_array();
}

void write_side(JsonWriter& w, const results::ResultSummary* side) {
  if (side == nullptr) {
    w.null();
    return;
  }
  w.begin_object();
  w.key("source").string(side->source);
  if (side->line > 0) {
    w.key("line").integer(side->line);
  }
  w.key("period");
  side->period ? w.string(side->period->canonical()) : w.null();
  if (side->error) {
    w.key("score").null();
    w.key("verdict").string("error");
    w.key("grade").null();
    w.key("reasons").begin_array().end_array();
  } else {
    w.key("score").decimal(side->score);
    w.key("verdict").string(scoring::verdict_name(side->verdict));
    w.key("grade");
    side->grade ? w.string(*side->grade) : w.null();
    w.key("reasons");
    codes(w, side->reasons);
  }
  w.end_object();
}

void write_changes(JsonWriter& w, const std::vector<compare::ScoreChange>& changes) {
  w.begin_array();
  for (const compare::ScoreChange& c : changes) {
    w.begin_object();
    w.key("id").string(c.id);
    if (c.kind) {
      w.key("kind").string(rubric::adjustment_kind_name(*c.kind));
    }
    w.key("base");
    optional_decimal(w, c.base);
    w.key("new");
    optional_decimal(w, c.next);
    w.key("delta");
    optional_decimal(w, c.delta);
    w.end_object();
  }
  w.end_array();
}

void write_unit(JsonWriter& w, const UnitComparison& u) {
  w.begin_object();
  w.key("rubric");
  u.rubric_id.empty() ? w.null() : w.string(u.rubric_id);
  w.key("unit");
  if (u.unit_id.empty()) {
    w.null();
  } else {
    w.begin_object().key("id").string(u.unit_id).key("name");
    u.unit_name.empty() ? w.null() : w.string(u.unit_name);
    w.end_object();
  }
  w.key("status").string(compare::status_name(u.status));
  w.key("base");
  write_side(w, u.base);
  w.key("new");
  write_side(w, u.next);
  w.key("delta");
  optional_decimal(w, u.delta);
  w.key("flip").string(compare::flip_name(u.flip));
  w.key("reasons").begin_object();
  w.key("added");
  codes(w, u.reasons_added);
  w.key("removed");
  codes(w, u.reasons_removed);
  w.end_object();
  w.key("clauses");
  write_changes(w, u.clauses);
  w.key("adjustments");
  write_changes(w, u.adjustments);
  w.key("vetoes").begin_array();
  for (const compare::FlagChange& v : u.vetoes) {
    w.begin_object().key("id").string(v.id).key("base");
    optional_bool(w, v.base);
    w.key("new");
    optional_bool(w, v.next);
    w.end_object();
  }
  w.end_array();
  w.key("prerequisites").begin_array();
  for (const compare::FlagChange& p : u.prerequisites) {
    w.begin_object().key("id").string(p.id).key("base");
    optional_bool(w, p.base);
    w.key("new");
    optional_bool(w, p.next);
    w.end_object();
  }
  w.end_array();
  w.key("warnings").begin_array();
  for (const compare::CompareWarning& warning : u.warnings) {
    w.begin_object().key("code").string(warning.code).key("message").string(warning.message).end_object();
  }
  w.end_array();
  if (u.status == compare::Status::error) {
    w.key("error").begin_object();
    w.key("code").string(u.error_code);
    w.key("message").string(u.error_message);
    w.key("sources").begin_array();
    for (const compare::SourceLine& s : u.error_sources) {
      w.begin_object().key("source").string(s.source);
      if (s.line > 0) {
        w.key("line").integer(s.line);
      }
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_object();
}

void write_label(JsonWriter& w, const compare::SideLabel& side) {
  w.begin_object();
  w.key("label").string(side.label);
  w.key("sources");
  codes(w, side.sources);
  w.end_object();
}

std::string score_cell(const results::ResultSummary* side) {
  return side == nullptr || side->error ? "" : side->score.to_fixed(side->rubric.precision_digits);
}

std::string verdict_cell(const results::ResultSummary* side) {
  if (side == nullptr) {
    return "";
  }
  return side->error ? "error" : scoring::verdict_name(side->verdict);
}

}  // namespace

void compare_json(const compare::CompareReport& report, const ReportSink& out) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string("cepin/compare/1");
  w.key("base");
  write_label(w, report.base);
  w.key("new");
  write_label(w, report.next);
  w.key("tolerance").decimal(report.tolerance);
  const compare::CompareCounts& c = report.counts;
  w.key("summary").begin_object();
  w.key("matched").integer(static_cast<int64_t>(c.matched));
  w.key("improved").integer(static_cast<int64_t>(c.improved));
  w.key("regressed").integer(static_cast<int64_t>(c.regressed));
  w.key("unchanged").integer(static_cast<int64_t>(c.unchanged));
  w.key("added").integer(static_cast<int64_t>(c.added));
  w.key("removed").integer(static_cast<int64_t>(c.removed));
  w.key("gained").integer(static_cast<int64_t>(c.gained));
  w.key("lost").integer(static_cast<int64_t>(c.lost));
  w.key("errors").integer(static_cast<int64_t>(c.errors));
  w.end_object();
  w.key("units");
  out(w.str());
  out("[");
  bool first = true;
  for (const UnitComparison& unit : report.units) {
    JsonWriter one;
    write_unit(one, unit);
    out(first ? "" : ",");
    out(one.str());
    first = false;
  }
  out("]}\n");
}

void compare_jsonl(const compare::CompareReport& report, const ReportSink& out) {
  for (const UnitComparison& unit : report.units) {
    JsonWriter w;
    write_unit(w, unit);
    out(w.str());
    out("\n");
  }
}

std::string compare_csv(const compare::CompareReport& report, Bom bom) {
  std::string out = bom == Bom::yes ? "\xEF\xBB\xBF" : "";
  out += "rubric,unit_id,unit_name,status,base_score,new_score,delta,base_verdict,new_verdict,flip,clauses_changed\n";
  for (const UnitComparison& u : report.units) {
    std::string delta = u.delta ? u.delta->to_fixed(u.precision_digits) : "";
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{}\n", csv_text_cell(u.rubric_id), csv_text_cell(u.unit_id),
                       csv_text_cell(u.unit_name), compare::status_name(u.status), score_cell(u.base),
                       score_cell(u.next), delta, verdict_cell(u.base), verdict_cell(u.next),
                       compare::flip_name(u.flip), u.clauses.size());
  }
  return out;
}

std::string compare_junit(const compare::CompareReport& report) {
  JunitReport junit;
  for (const UnitComparison& u : report.units) {
    JunitCase c;
    c.classname = u.rubric_id.empty() ? "cepin" : u.rubric_id;
    c.name = u.unit_name.empty() ? u.unit_id : fmt::format("{} {}", u.unit_id, u.unit_name);
    const results::ResultSummary* side = u.next ? u.next : u.base;
    c.file = side ? side->source : (u.error_sources.empty() ? "" : u.error_sources.front().source);
    std::string base = score_cell(u.base);
    std::string next = score_cell(u.next);
    c.system_out = fmt::format("status: {}\nbase: {}\nnew: {}", compare::status_name(u.status),
                               base.empty() ? "-" : base, next.empty() ? "-" : next);
    if (u.delta) {
      c.system_out += fmt::format("\ndelta: {}", u.delta->to_fixed(u.precision_digits));
    }
    if (u.status == compare::Status::error) {
      c.outcome = CaseOutcome::error;
      c.message = u.error_message;
      c.type = u.error_code;
      c.text = u.error_message;
    } else if (u.status == compare::Status::regressed) {
      c.outcome = CaseOutcome::failure;
      c.type = u.flip == compare::Flip::lost ? "lost" : "regressed";
      c.message = fmt::format("{} → {} ({})", base, next, u.delta->to_fixed(u.precision_digits));
      std::vector<std::string> lines;
      for (const compare::ScoreChange& clause : u.clauses) {
        lines.push_back(fmt::format("{}: {} → {}", clause.id, clause.base ? clause.base->to_string() : "-",
                                    clause.next ? clause.next->to_string() : "-"));
      }
      for (const std::string& code : u.reasons_added) {
        lines.push_back("reason added: " + code);
      }
      c.text = fmt::format("{}", fmt::join(lines, "\n"));
    }
    std::string suite = c.classname;
    junit.add(suite, std::move(c));
  }
  return junit.render("cepin");
}

const std::vector<Format>& compare_formats() {
  static const std::vector<Format> k_formats = {Format::text, Format::json,  Format::jsonl,
                                                Format::csv,  Format::md,    Format::html,
                                                Format::junit};
  return k_formats;
}

void render_compare(Format format, const compare::CompareReport& report, const ChangeOptions& options,
                    const ReportSink& out) {
  switch (format) {
    case Format::json:
      return compare_json(report, out);
    case Format::jsonl:
      return compare_jsonl(report, out);
    case Format::csv:
      return out(compare_csv(report, options.bom));
    case Format::junit:
      return out(compare_junit(report));
    case Format::md:
      return out(compare_markdown(report, options.lang));
    case Format::html:
      return out(compare_html(report, options.lang));
    default:
      return out(compare_text(report, options.lang));
  }
}

}  // namespace cepin::report
