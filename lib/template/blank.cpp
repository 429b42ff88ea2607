#include "template/blank.hpp"

#include <vector>

#include <fmt/format.h>

#include "rubric/unit_kind.hpp"
#include "template/describe.hpp"
#include "util/text.hpp"

namespace cepin::tmpl {

namespace {

// A YAML double-quoted scalar.
std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// A CSV field, quoted when it must be.
std::string csv_field(const std::string& text) {
  bool needs = text.find_first_of(",\"\n\r\t") != std::string::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!needs) {
    return text;
  }
  std::string out = "\"";
  for (char c : text) {
    out += c == '"' ? std::string("\"\"") : std::string(1, c);
  }
  return out + "\"";
}

void write_row(std::string& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    out += i == 0 ? "" : ",";
    out += csv_field(fields[i]);
  }
  out += '\n';
}

std::string placeholder_name(Words words) { return words == Words::zh ? "单位名称" : "Unit name"; }

std::string placeholder_kind(const rubric::Rubric& rubric) {
  return rubric.applies_to.empty() ? std::string() : rubric.applies_to.front();
}

// A template's text cell: a leading `'` when a spreadsheet would take it for
// a formula (such cells are guidance, ignored when the sheet is read back).
std::string guarded(const std::string& text) {
  bool formula = !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@');
  return formula ? "'" + text : text;
}

// The comment lines of one clause.
void write_clause_comments(std::string& out, const rubric::Clause& clause, const char* indent, Words words) {
  bool zh = words == Words::zh;
  out += zh ? fmt::format("{}# {}（{}）{}\n", indent, clause.id, points_phrase(clause.points, words), one_line(clause.text))
            : fmt::format("{}# {} ({}) {}\n", indent, clause.id, points_phrase(clause.points, words), one_line(clause.text));
  out += zh ? fmt::format("{}#   评分规则：{}；作答：{}\n", indent, describe_rule(clause.rule, words),
                          describe_response(clause, words))
            : fmt::format("{}#   rule {}; response: {}\n", indent, describe_rule(clause.rule, words),
                          describe_response(clause, words));
  std::string evidence = describe_evidence(clause.evidence, words);
  if (!evidence.empty()) {
    out += fmt::format("{}#   {}\n", indent, evidence);
  }
  if (clause.veto) {
    out += zh ? fmt::format("{}#   否决项：作答后未得满分即一票否决\n", indent)
              : fmt::format("{}#   veto: an answer below full marks vetoes the unit (一票否决)\n", indent);
  }
  if (clause.optional) {
    out += zh ? fmt::format("{}#   可选：可答“不适用”\n", indent)
              : fmt::format("{}#   optional: may be answered n/a (不适用)\n", indent);
  }
}

void write_nodes(std::string& out, const std::vector<rubric::Node>& nodes, Words words) {
  for (const rubric::Node& node : nodes) {
    std::string rules = describe_node_rules(node, words);
    std::string marks = points_phrase(node.full_marks, words);
    if (!rules.empty()) {
      marks += (words == Words::zh ? "；" : "; ") + rules;
    }
    out += words == Words::zh ? fmt::format("  # {} {}（{}）\n", node.id, one_line(node.title), marks)
                              : fmt::format("  # {} {} ({})\n", node.id, one_line(node.title), marks);
    write_nodes(out, node.items, words);
    for (const rubric::Clause& clause : node.clauses) {
      write_clause_comments(out, clause, "  ", words);
      out += fmt::format("  {}:\n", quoted(clause.id));
    }
  }
}

// The header names, English or Chinese.
struct Names {
  const char* unit_id;
  const char* unit_name;
  const char* unit_kind;
  const char* rubric;
  const char* clause;
  const char* text;
  const char* points;
  const char* guidance;
  const char* response;
  const char* evidence;
  const char* note;
  const char* guidance_row;  // the unit id cell of the wide layout's guidance row
};

constexpr Names k_english{"unit_id", "unit_name", "unit_kind", "rubric", "clause",   "text",
                          "points",  "guidance",  "response",  "evidence", "note", "guidance"};
constexpr Names k_chinese{"单位编码", "单位名称", "单位类型", "指标体系", "指标编号", "测评内容",
                          "分值",     "填写说明", "自评结果", "佐证材料", "备注",     "填写说明"};

// What the unit reads about one answer id: its text, its points and how to answer.
struct Question {
  std::string text;
  std::string points;
  std::string guidance;
  int evidence = 0;  // the items it needs
};

Question question(const rubric::Rubric& rubric, const std::string& id, Words words) {
  bool zh = words == Words::zh;
  Question q;
  std::vector<std::string> parts;
  if (const rubric::Clause* clause = rubric.find_clause(id)) {
    q.text = one_line(clause->text);
    q.points = clause->points.to_string();
    parts.push_back((zh ? "作答：" : "answer: ") + describe_response(*clause, words));
    if (clause->veto) {
      parts.push_back(zh ? "否决项：未得满分即一票否决" : "veto: below full marks vetoes the unit");
    }
    q.evidence = clause->evidence.min_items;
    parts.push_back(describe_evidence(clause->evidence, words));
  } else if (const rubric::Adjustment* adjustment = rubric.find_adjustment(id)) {
    q.text = one_line(adjustment->text);
    q.points = adjustment_kind_words(adjustment->kind, words);
    parts.push_back((zh ? "作答：" : "answer: ") + describe_adjustment(*adjustment, words));
    q.evidence = adjustment->evidence.min_items;
    parts.push_back(describe_evidence(adjustment->evidence, words));
  } else if (const rubric::Prerequisite* prerequisite = rubric.find_prerequisite(id)) {
    q.text = one_line(prerequisite->text);
    q.points = zh ? "前置条件" : "prerequisite";
    parts.push_back((zh ? "作答：" : "answer: ") + describe_prerequisite(words));
    q.evidence = prerequisite->evidence.min_items;
    parts.push_back(describe_evidence(prerequisite->evidence, words));
  }
  for (const std::string& part : parts) {
    if (!part.empty()) {
      q.guidance += (q.guidance.empty() ? "" : zh ? "；" : "; ") + part;
    }
  }
  return q;
}

// The first comment lines and the assessment's header keys.
void write_yaml_header(std::string& out, const rubric::Rubric& rubric, Words words) {
  bool zh = words == Words::zh;
  if (zh) {
    out += fmt::format("# {}（{}）自评表。\n", one_line(rubric.title), rubric.id);
    if (!rubric.extends.empty()) {
      out += fmt::format("# 本指标体系继承自 {}，以下为合并后的指标。\n", util::join(rubric.extends, " → "));
    }
    out += "# 逐项填写作答，留空即未作答。任一作答也可写成\n";
    out += "# {<作答键>: …, evidence: [材料.pdf, …], note: …}（佐证材料、备注）。\n";
  } else {
    out += fmt::format("# A blank self-assessment for {} ({}).\n", one_line(rubric.title), rubric.id);
    if (!rubric.extends.empty()) {
      out += fmt::format("# The rubric extends {}; its rows below are the merged set.\n",
                         util::join(rubric.extends, " → "));
    }
    out += "# Fill in the answers; an empty answer is unanswered. Any answer may also be written\n";
    out += "# {<response key>: …, evidence: [file.pdf, …], note: …}.\n";
  }
  out += "schema: cepin/assessment/1\n";
  out += fmt::format("rubric: {}\n", quoted(rubric.version ? rubric.id + "@" + *rubric.version : rubric.id));
  out += fmt::format("unit: {{id: {}, name: {}", quoted(k_placeholder_unit_id), quoted(placeholder_name(words)));
  if (!placeholder_kind(rubric).empty()) {
    out += fmt::format(", kind: {}", quoted(placeholder_kind(rubric)));
  }
  out += "}\n";
  out += zh ? "# assessed_on: 2025-06-30   # 测评日期\n# assessor: self            # 评估主体：self（自评）或评估机构名称\n"
            : "# assessed_on: 2025-06-30\n# assessor: self\n";
  if (rubric.validity_years) {
    out += zh ? "# title: {named_on: 2020-12-01}   # 称号命名日期\n" : "# title: {named_on: 2020-12-01}\n";
  }
}

}  // namespace

std::string yaml_template(const rubric::Rubric& rubric, const std::string& lang) {
  const Words words = words_for(lang.empty() ? rubric.lang : lang);
  const bool zh = words == Words::zh;
  std::string out;
  write_yaml_header(out, rubric, words);
  if (!rubric.prerequisites.empty()) {
    out += "prerequisites:\n";
    for (const rubric::Prerequisite& prerequisite : rubric.prerequisites) {
      out += zh ? fmt::format("  # {}；作答：{}\n", one_line(prerequisite.text), describe_prerequisite(words))
                : fmt::format("  # {}; response: {}\n", one_line(prerequisite.text), describe_prerequisite(words));
      std::string evidence = describe_evidence(prerequisite.evidence, words);
      if (!evidence.empty()) {
        out += fmt::format("  #   {}\n", evidence);
      }
      out += fmt::format("  {}:\n", quoted(prerequisite.id));
    }
  }
  if (!rubric.adjustments.empty()) {
    out += "adjustments:\n";
    for (const rubric::Adjustment& adjustment : rubric.adjustments) {
      out += zh ? fmt::format("  # {} {}；作答：{}\n", adjustment_kind_words(adjustment.kind, words),
                              one_line(adjustment.text), describe_adjustment(adjustment, words))
                : fmt::format("  # {} {}; response: {}\n", adjustment_kind_words(adjustment.kind, words),
                              one_line(adjustment.text), describe_adjustment(adjustment, words));
      std::string evidence = describe_evidence(adjustment.evidence, words);
      if (!evidence.empty()) {
        out += fmt::format("  #   {}\n", evidence);
      }
      out += fmt::format("  {}:\n", quoted(adjustment.id));
    }
  }
  out += "responses:\n";
  write_nodes(out, rubric.categories, words);
  return out;
}

std::string csv_template(const rubric::Rubric& rubric, CsvLayout layout, const std::string& lang) {
  const Words words = words_for(lang.empty() ? rubric.lang : lang);
  const bool zh = words == Words::zh;
  const Names& names = zh ? k_chinese : k_english;
  const std::string colon = zh ? "：" : ":";
  const std::string unit_name = placeholder_name(words);
  const std::string unit_kind = zh ? rubric::unit_kind_zh(placeholder_kind(rubric)) : placeholder_kind(rubric);
  const std::string rubric_ref = rubric.version ? rubric.id + "@" + *rubric.version : rubric.id;
  std::string out = "\xEF\xBB\xBF";
  if (layout == CsvLayout::long_form) {
    write_row(out, {names.unit_id, names.unit_name, names.unit_kind, names.rubric, names.clause, names.text,
                    names.points, names.guidance, names.response, names.evidence, names.note});
    for (const std::string& id : rubric.answer_ids()) {
      Question q = question(rubric, id, words);
      write_row(out, {k_placeholder_unit_id, unit_name, unit_kind, rubric_ref, id, guarded(q.text), q.points,
                      guarded(q.guidance), "", "", ""});
    }
    return out;
  }
  std::vector<std::string> header = {names.unit_id, names.unit_name, names.unit_kind, names.rubric};
  std::vector<std::string> guidance = {
      names.guidance_row, zh ? "填写单位全称" : "the unit's full name",
      zh ? "如：" + unit_kind : (unit_kind.empty() ? "" : "e.g. " + unit_kind),
      zh ? "勿改动" : "leave as it is"};
  for (const std::string& id : rubric.answer_ids()) {
    Question q = question(rubric, id, words);
    header.push_back(id);
    const char* points_word = q.points == "1" ? "point" : "points";
    std::string head = !rubric.find_clause(id) ? fmt::format(fmt::runtime(zh ? "{}（{}）" : "{} ({})"), q.text, q.points)
                       : zh                    ? fmt::format("{}（{} 分）", q.text, q.points)
                                               : fmt::format("{} ({} {})", q.text, q.points, points_word);
    guidance.push_back(guarded(head + (zh ? "。" : ". ") + q.guidance));
    if (q.evidence > 0) {
      header.push_back(id + colon + names.evidence);
      guidance.push_back(zh ? fmt::format("{} 的佐证材料，至少 {} 项，用；分隔", id, q.evidence)
                            : fmt::format("evidence for {}: at least {}, separated by ;", id, q.evidence));
    }
  }
  write_row(out, header);
  write_row(out, guidance);
  std::vector<std::string> row(header.size());
  row[0] = k_placeholder_unit_id;
  row[1] = unit_name;
  row[2] = unit_kind;
  row[3] = rubric_ref;
  write_row(out, row);
  return out;
}

}  // namespace cepin::tmpl
