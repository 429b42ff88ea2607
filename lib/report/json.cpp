#include "report/json.hpp"

#include <string_view>

#include "report/messages.hpp"
#include "report/why.hpp"
#include "util/json_writer.hpp"

namespace cepin::report {

namespace {

using util::JsonWriter;

// A unit; a name or kind the input did not give is null, not "".
void write_unit(JsonWriter& w, const assessment::Unit& unit) {
  auto optional_text = [&w](const std::string& text) {
    if (text.empty()) {
      w.null();
    } else {
      w.string(text);
    }
  };
  w.begin_object();
  w.key("id").string(unit.id);
  w.key("name");
  optional_text(unit.name);
  w.key("kind");
  optional_text(unit.kind);
  w.end_object();
}

// Who assessed, when, and for which period; each null when the input names none.
void write_context(JsonWriter& w, const std::string& assessor, const std::optional<util::Date>& assessed_on,
                   const std::optional<util::Period>& period) {
  w.key("assessor");
  assessor.empty() ? w.null() : w.string(assessor);
  w.key("assessed_on");
  assessed_on ? w.string(util::format_date(*assessed_on)) : w.null();
  w.key("period");
  period ? w.string(period->canonical()) : w.null();
}

void write_response(JsonWriter& w, const scoring::ResponseValue& response) {
  using Kind = scoring::ResponseValue::Kind;
  switch (response.kind) {
    case Kind::null:
      w.null();
      return;
    case Kind::boolean:
      w.boolean(response.boolean);
      return;
    case Kind::number:
      w.decimal(response.number);
      return;
    case Kind::text:
      w.string(response.text);
      return;
    case Kind::list:
      w.begin_array();
      for (const std::string& item : response.list) {
        w.string(item);
      }
      w.end_array();
      return;
  }
}

void write_strings(JsonWriter& w, const std::vector<std::string>& items) {
  w.begin_array();
  for (const std::string& item : items) {
    w.string(item);
  }
  w.end_array();
}

// `why` is a buffer reused from clause to clause.
void write_clause(JsonWriter& w, const scoring::ClauseResult& clause, std::string& why) {
  w.begin_object();
  w.key("id").string(clause.clause ? std::string_view(clause.clause->id) : std::string_view());
  w.key("score").decimal(clause.score);
  w.key("max").decimal(clause.max);
  w.key("status").string(scoring::status_name(clause.status));
  w.key("response");
  write_response(w, clause.response);
  why.clear();
  append_why(why, clause.why, Lang::en);
  w.key("why").string(why);
  w.key("evidence");
  write_strings(w, clause.evidence);
  if (!clause.note.empty()) {
    w.key("note").string(clause.note);
  }
  if (clause.counted) {
    w.key("counted").boolean(*clause.counted);
  }
  w.end_object();
}

void write_node(JsonWriter& w, const scoring::NodeResult& node, std::string& why) {
  w.begin_object();
  w.key("id").string(node.node ? std::string_view(node.node->id) : std::string_view());
  w.key("title").string(node.node ? std::string_view(node.node->title) : std::string_view());
  w.key("score").decimal(node.score);
  w.key("max").decimal(node.max);
  if (node.floor) {
    w.key("floor").decimal(*node.floor);
  }
  if (node.counted) {
    w.key("counted").boolean(*node.counted);
  }
  if (!node.items.empty()) {
    w.key("items").begin_array();
    for (const scoring::NodeResult& item : node.items) {
      write_node(w, item, why);
    }
    w.end_array();
  } else {
    w.key("clauses").begin_array();
    for (const scoring::ClauseResult& clause : node.clauses) {
      write_clause(w, clause, why);
    }
    w.end_array();
  }
  w.end_object();
}

// A reason or warning: code, id (when one applies), message, and where the
// input wrote it (located warnings only).
void write_note(JsonWriter& w, const std::string& code, const std::string& id,
                const std::string& message, diag::Position at = {}) {
  w.begin_object();
  w.key("code").string(code);
  if (!id.empty()) {
    w.key("id").string(id);
  }
  w.key("message").string(message);
  if (at.line > 0) {
    w.key("line").integer(at.line);
    w.key("column").integer(at.column);
  }
  w.end_object();
}

void write_optional_bool(JsonWriter& w, const std::optional<bool>& value) {
  if (value) {
    w.boolean(*value);
  } else {
    w.null();
  }
}

void write_adjustments(JsonWriter& w, const std::vector<scoring::AdjustmentResult>& adjustments) {
  w.begin_array();
  for (const scoring::AdjustmentResult& a : adjustments) {
    rubric::AdjustmentKind kind = a.adjustment ? a.adjustment->kind : rubric::AdjustmentKind::bonus;
    w.begin_object();
    w.key("id").string(a.adjustment ? std::string_view(a.adjustment->id) : std::string_view());
    w.key("kind").string(rubric::adjustment_kind_name(kind));
    if (kind == rubric::AdjustmentKind::veto) {
      w.key("occurred");
      write_optional_bool(w, a.occurred);
    } else {
      w.key("count").integer(a.count);
      w.key("points").decimal(a.points);
    }
    w.end_object();
  }
  w.end_array();
}

void write_gap(JsonWriter& w, const scoring::Gap& gap) {
  w.begin_object();
  w.key("needed").decimal(gap.needed);
  w.key("reachable").boolean(gap.reachable);
  w.key("blocking");
  write_strings(w, gap.blocking);
  w.key("plan").begin_array();
  for (const scoring::GapPick& pick : gap.plan) {
    w.begin_object();
    w.key("id").string(pick.id);
    w.key("score").decimal(pick.score);
    w.key("max").decimal(pick.max);
    w.key("recoverable").decimal(pick.recoverable);
    if (!pick.floor.empty()) {
      w.key("floor").string(pick.floor);
    }
    if (!pick.group.empty()) {
      w.key("group").string(pick.group);
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

std::string json_result(const scoring::Result& result) {
  // About 170 bytes a clause: room for the whole line, written in one buffer.
  constexpr std::size_t k_fixed_bytes = 1024;
  constexpr std::size_t k_clause_bytes = 192;
  JsonWriter w;
  w.reserve(k_fixed_bytes + k_clause_bytes * (result.rubric ? result.rubric->tree_size().clauses : 0));
  w.begin_object();
  w.key("schema").string("cepin/result/1");
  w.key("source").string(result.source);
  if (result.line > 0) {
    w.key("line").integer(result.line);
  }
  w.key("rubric").begin_object();
  if (result.rubric) {
    const rubric::Rubric& r = *result.rubric;
    w.key("id").string(r.id);
    w.key("version");
    if (r.version) {
      w.string(*r.version);
    } else {
      w.null();
    }
    w.key("title").string(r.title);
    w.key("total").decimal(r.total);
    w.key("threshold").decimal(r.threshold);
    w.key("precision").decimal(r.precision());
    w.key("lang").string(r.lang);
    w.key("extends");
    write_strings(w, r.extends);
  }
  w.end_object();
  w.key("unit");
  write_unit(w, result.unit);
  write_context(w, result.assessor, result.assessed_on, result.period);
  w.key("score").decimal(result.score);
  w.key("base").decimal(result.base);
  w.key("base_raw").decimal(result.base_raw);
  w.key("bonus").decimal(result.bonus);
  w.key("penalty").decimal(result.penalty);
  w.key("max").decimal(result.max);
  w.key("verdict").string(scoring::verdict_name(result.verdict));
  w.key("reasons").begin_array();
  for (const scoring::Reason& reason : result.reasons) {
    write_note(w, reason.code(), reason.id, reason_text(reason, result.rubric.get(), Lang::en));
  }
  w.end_array();
  w.key("grade");
  if (result.grade) {
    w.string(*result.grade);
  } else {
    w.null();
  }
  w.key("categories").begin_array();
  std::string why;
  for (const scoring::NodeResult& category : result.categories) {
    write_node(w, category, why);
  }
  w.end_array();
  w.key("adjustments");
  write_adjustments(w, result.adjustments);
  w.key("prerequisites").begin_array();
  for (const scoring::PrerequisiteResult& p : result.prerequisites) {
    w.begin_object();
    w.key("id").string(p.prerequisite ? std::string_view(p.prerequisite->id) : std::string_view());
    w.key("met");
    write_optional_bool(w, p.met);
    w.end_object();
  }
  w.end_array();
  w.key("warnings").begin_array();
  for (const assessment::Warning& warning : result.warnings) {
    write_note(w, warning.code(), warning.id, warning_text(warning, result.rubric.get(), Lang::en),
               warning.position);
  }
  w.end_array();
  w.key("gap");
  write_gap(w, result.gap);
  w.end_object();
  return w.take();
}

std::string json_error(const scoring::ErrorResult& error) {
  JsonWriter w;
  w.begin_object();
  w.key("schema").string("cepin/result/1");
  w.key("source").string(error.source);
  if (error.line > 0) {
    w.key("line").integer(error.line);
  }
  if (error.rubric) {
    w.key("rubric").begin_object().key("id").string(error.rubric->id).end_object();
  }
  if (error.unit) {
    w.key("unit");
    write_unit(w, *error.unit);
  }
  const diag::Diagnostic& first = error.first_error();
  w.key("error").begin_object();
  w.key("code").string(first.code);
  w.key("message").string(first.message);
  w.key("line").integer(first.line);
  w.key("column").integer(first.column);
  w.end_object();
  w.key("errors").begin_array();
  for (const diag::Diagnostic& d : error.errors) {
    w.begin_object();
    w.key("path").string(d.path);
    w.key("line").integer(d.line);
    w.key("column").integer(d.column);
    w.key("severity").string(diag::severity_name(d.severity));
    w.key("code").string(d.code);
    w.key("message").string(d.message);
    if (!d.hint.empty()) {
      w.key("hint").string(d.hint);
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

std::string json_outcome(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return json_result(*result);
  }
  return json_error(std::get<scoring::ErrorResult>(outcome));
}


}  // namespace cepin::report
