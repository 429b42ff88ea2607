#include "template/blank.hpp"

#include <vector>

#include <fmt/format.h>

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

std::string placeholder_name(const std::string& lang) {
  return lang == "en" ? "Unit name" : "单位名称";
}

std::string placeholder_kind(const rubric::Rubric& rubric) {
  return rubric.applies_to.empty() ? std::string() : rubric.applies_to.front();
}

void write_clause_comments(std::string& out, const rubric::Clause& clause, const char* indent) {
  out += fmt::format("{}# {} ({}) {}\n", indent, clause.id, points_phrase(clause.points), one_line(clause.text));
  out += fmt::format("{}#   rule {}; response: {}\n", indent, describe_rule(clause.rule),
                     describe_response(clause));
  std::string evidence = describe_evidence(clause.evidence);
  if (!evidence.empty()) {
    out += fmt::format("{}#   {}\n", indent, evidence);
  }
  if (clause.veto) {
    out += fmt::format("{}#   veto: an answer below full marks vetoes the unit (一票否决)\n", indent);
  }
  if (clause.optional) {
    out += fmt::format("{}#   optional: may be answered n/a (不适用)\n", indent);
  }
}

void write_nodes(std::string& out, const std::vector<rubric::Node>& nodes) {
  for (const rubric::Node& node : nodes) {
    std::string rules = describe_node_rules(node);
    out += fmt::format("  # {} {} ({}{}{})\n", node.id, one_line(node.title), points_phrase(node.full_marks),
                       rules.empty() ? "" : "; ", rules);
    write_nodes(out, node.items);
    for (const rubric::Clause& clause : node.clauses) {
      write_clause_comments(out, clause, "  ");
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
  const char* response;
  const char* evidence;
  const char* note;
};

constexpr Names k_english{"unit_id", "unit_name", "unit_kind", "rubric",
                          "clause",  "response",  "evidence",  "note"};
constexpr Names k_chinese{"单位编码", "单位名称", "单位类型", "指标体系",
                          "指标编号", "自评结果", "佐证材料", "备注"};


}  // namespace

std::string yaml_template(const rubric::Rubric& rubric, const std::string& lang) {
  std::string out;
  out += fmt::format("# A blank self-assessment for {} ({}).\n", one_line(rubric.title), rubric.id);
  if (!rubric.extends.empty()) {
    out += fmt::format("# The rubric extends {}; its rows below are the merged set.\n", util::join(rubric.extends, " → "));
  }
  out += "# Fill in the answers; an empty answer is unanswered. Any answer may also be written\n";
  out += "# {<response key>: …, evidence: [file.pdf, …], note: …}.\n";
  out += "schema: cepin/assessment/1\n";
  out += fmt::format("rubric: {}\n",
                     quoted(rubric.version ? rubric.id + "@" + *rubric.version : rubric.id));
  out += fmt::format("unit: {{id: {}, name: {}", quoted(k_placeholder_unit_id),
                     quoted(placeholder_name(lang.empty() ? rubric.lang : lang)));
  if (!placeholder_kind(rubric).empty()) {
    out += fmt::format(", kind: {}", quoted(placeholder_kind(rubric)));
  }
  out += "}\n";
  out += "# assessed_on: 2025-06-30\n# assessor: self\n";
  if (rubric.validity_years) {
    out += "# title: {named_on: 2020-12-01}\n";
  }
  if (!rubric.prerequisites.empty()) {
    out += "prerequisites:\n";
    for (const rubric::Prerequisite& prerequisite : rubric.prerequisites) {
      out += fmt::format("  # {}; response: true or false (met)\n", one_line(prerequisite.text));
      std::string evidence = describe_evidence(prerequisite.evidence);
      if (!evidence.empty()) {
        out += fmt::format("  #   {}\n", evidence);
      }
      out += fmt::format("  {}:\n", quoted(prerequisite.id));
    }
  }
  if (!rubric.adjustments.empty()) {
    out += "adjustments:\n";
    for (const rubric::Adjustment& adjustment : rubric.adjustments) {
      out += fmt::format("  # {} {}; response: {}\n", rubric::adjustment_kind_name(adjustment.kind),
                         one_line(adjustment.text), describe_adjustment(adjustment));
      std::string evidence = describe_evidence(adjustment.evidence);
      if (!evidence.empty()) {
        out += fmt::format("  #   {}\n", evidence);
      }
      out += fmt::format("  {}:\n", quoted(adjustment.id));
    }
  }
  out += "responses:\n";
  write_nodes(out, rubric.categories);
  return out;
}

std::string csv_template(const rubric::Rubric& rubric, CsvLayout layout, const std::string& lang) {
  const std::string language = lang.empty() ? rubric.lang : lang;
  const Names& names = language == "zh" ? k_chinese : k_english;
  const std::string colon = language == "zh" ? "：" : ":";
  const std::string unit_name = placeholder_name(language);
  const std::string rubric_ref = rubric.version ? rubric.id + "@" + *rubric.version : rubric.id;
  std::string out = "\xEF\xBB\xBF";
  if (layout == CsvLayout::long_form) {
    write_row(out, {names.unit_id, names.unit_name, names.unit_kind, names.rubric, names.clause,
                    names.response, names.evidence, names.note});
    for (const std::string& id : rubric.answer_ids()) {
      write_row(out, {k_placeholder_unit_id, unit_name, placeholder_kind(rubric), rubric_ref, id,
                      "", "", ""});
    }
    return out;
  }
  std::vector<std::string> header = {names.unit_id, names.unit_name, names.unit_kind, names.rubric};
  for (const std::string& id : rubric.answer_ids()) {
    header.push_back(id);
    const rubric::Clause* clause = rubric.find_clause(id);
    const rubric::Adjustment* adjustment = rubric.find_adjustment(id);
    const rubric::Prerequisite* prerequisite = rubric.find_prerequisite(id);
    int min_items = clause       ? clause->evidence.min_items
                    : adjustment ? adjustment->evidence.min_items
                                 : prerequisite->evidence.min_items;
    if (min_items > 0) {
      header.push_back(id + colon + names.evidence);
    }
  }
  write_row(out, header);
  std::vector<std::string> row(header.size());
  row[0] = k_placeholder_unit_id;
  row[1] = unit_name;
  row[2] = placeholder_kind(rubric);
  row[3] = rubric_ref;
  write_row(out, row);
  return out;
}

}  // namespace cepin::tmpl
