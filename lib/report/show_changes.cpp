#include "report/show_changes.hpp"

#include <optional>

#include <fmt/format.h>

#include "report/markdown_escape.hpp"
#include "report/markdown_table.hpp"
#include "report/show.hpp"
#include "report/tailored_labels.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

// One id of a rubric as the comparison sees it.
struct Entry {
  std::string id;
  const char* kind_zh;
  const char* kind_en;
  std::optional<Decimal> points;  // full marks, clause points, or an adjustment's `per`
  std::string signature;          // everything that would make it "changed"
};

std::string evidence_signature(const rubric::EvidenceRequirement& evidence) {
  std::string out = std::to_string(evidence.min_items);
  for (const std::string& kind : evidence.kinds) {
    out += "," + kind;
  }
  return out;
}

std::string optional_signature(const std::optional<Decimal>& value) {
  return value ? value->to_string() : "-";
}

void collect(const rubric::Node& node, const std::string& parent, bool category, std::vector<Entry>& out) {
  std::string signature = fmt::format("{}|{}|{}|{}|{}|{}", parent, node.title, node.full_marks.to_string(),
                                      optional_signature(node.cap), optional_signature(node.floor),
                                      node.best ? std::to_string(*node.best) : "-");
  out.push_back(Entry{node.id, category ? "大类" : "项", category ? "category" : "item", node.full_marks, signature});
  for (const rubric::Node& item : node.items) {
    collect(item, node.id, false, out);
  }
  for (const rubric::Clause& clause : node.clauses) {
    std::string methods;
    for (rubric::Method method : clause.methods) {
      methods += std::string(rubric::method_name(method)) + ",";
    }
    out.push_back(Entry{clause.id, "条款", "clause", clause.points,
                        fmt::format("{}|{}|{}|{}|{}|{}|{}|{}", node.id, clause.text, clause.points.to_string(),
                                    rule_in_words(clause, Lang::en), methods, evidence_signature(clause.evidence),
                                    clause.optional, clause.veto)});
  }
}

std::vector<Entry> entries(const rubric::Rubric& rubric) {
  std::vector<Entry> out;
  for (const rubric::Node& category : rubric.categories) {
    collect(category, "", true, out);
  }
  for (const rubric::Adjustment& a : rubric.adjustments) {
    std::optional<Decimal> per;
    if (a.kind != rubric::AdjustmentKind::veto) {
      per = a.per;
    }
    out.push_back(Entry{a.id, "奖惩项", "adjustment", per,
                        fmt::format("{}|{}|{}|{}|{}", rubric::adjustment_kind_name(a.kind), a.text,
                                    optional_signature(per), optional_signature(a.cap), evidence_signature(a.evidence))});
  }
  for (const rubric::Prerequisite& p : rubric.prerequisites) {
    out.push_back(Entry{p.id, "前置条件", "prerequisite", std::nullopt,
                        fmt::format("{}|{}", p.text, evidence_signature(p.evidence))});
  }
  return out;
}

const Entry* find(const std::vector<Entry>& list, const std::string& id) {
  for (const Entry& entry : list) {
    if (entry.id == id) {
      return &entry;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<std::string> changes_markdown(const rubric::Rubric& rubric, Lang lang) {
  if (!rubric.base) {
    return {};
  }
  const rubric::Rubric& base = *rubric.base;
  const TailoredLabels& t = tailored_labels(lang);
  const Labels& l = labels(lang);
  const int digits = rubric.precision_digits;
  auto points = [&](const std::optional<Decimal>& value) { return value ? value->to_fixed(digits) : std::string("—"); };
  std::vector<std::string> blocks;
  blocks.push_back(fmt::format("## {}{}{}", t.changes, colon(lang), escape_markdown(base.id)));
  std::string facts;
  auto fact = [&](const char* label, Decimal before, Decimal after) {
    if (before != after) {
      facts += (facts.empty() ? "- " : "\n- ") +
               fmt::format("{}{}{} → {}", label, colon(lang), before.to_fixed(digits), after.to_fixed(digits));
    }
  };
  fact(l.total, base.total, rubric.total);
  fact(l.threshold, base.threshold, rubric.threshold);
  if (!facts.empty()) {
    blocks.push_back(facts);
  }
  const std::vector<Entry> before = entries(base);
  const std::vector<Entry> after = entries(rubric);
  std::vector<std::vector<std::string>> rows;
  auto row = [&](const Entry& entry, const char* change, std::optional<Decimal> old_points,
                 std::optional<Decimal> new_points) {
    rows.push_back({escape_markdown(entry.id), lang == Lang::zh ? entry.kind_zh : entry.kind_en, change,
                    points(old_points), points(new_points)});
  };
  for (const Entry& entry : after) {
    const Entry* old = find(before, entry.id);
    if (old == nullptr) {
      row(entry, t.added, std::nullopt, entry.points);
    } else if (old->signature != entry.signature) {
      row(entry, t.changed, old->points, entry.points);
    }
  }
  for (const Entry& entry : before) {
    if (find(after, entry.id) == nullptr) {
      row(entry, t.removed, entry.points, std::nullopt);
    }
  }
  if (rows.empty()) {
    blocks.push_back(l.none);
  } else {
    blocks.push_back(markdown_table({l.id, l.kind, t.change, t.old_points, t.new_points}, rows,
                                    {Align::left, Align::left, Align::left, Align::right, Align::right}));
  }
  return blocks;
}

}  // namespace cepin::report
