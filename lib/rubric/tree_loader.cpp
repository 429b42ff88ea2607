#include "rubric/tree_loader.hpp"

#include <fmt/format.h>

#include "rubric/checks.hpp"
#include "rubric/fields.hpp"
#include "rubric/ids.hpp"
#include "rubric/rule_loader.hpp"

namespace cepin::rubric::detail {

namespace {

using yaml::MapReader;
using yaml::Presence;

// "clause 1.1.1", or "a clause" when the id can't be read.
std::string name_of(const yaml::Node& map, const char* level) {
  const yaml::MapEntry* id = map.find("id");
  if (id != nullptr && id->value->is_scalar()) {
    return fmt::format("{} {}", level, id->value->value);
  }
  return fmt::format("a {}", level);
}

// Reads one clause; returns whether its points are known.
bool read_clause(const yaml::Node& map, Context& context, std::vector<Clause>& out) {
  MapReader reader(map, context.diagnostics, first_key_position(map), name_of(map, "clause"));
  Clause clause;
  clause.position = key_at(map, "id", first_key_position(map));
  std::optional<std::string> id = read_entry_id(reader, context);
  std::optional<std::string> text = reader.text("text", Presence::required);
  std::optional<Decimal> points =
      read_constant(reader, context, "points", Presence::required, Sign::positive, Grid::checked);
  std::optional<Rule> rule = read_rule(reader, context, points, id.value_or("?"));
  std::vector<Method> methods = read_methods(reader, context);
  std::optional<EvidenceRequirement> evidence = read_evidence(reader, context);
  std::optional<bool> optional = reader.boolean("optional");
  std::optional<bool> veto = reader.boolean("veto");
  reader.finish();
  clause.id = id.value_or("");
  clause.text = text.value_or("");
  clause.points = points.value_or(Decimal());
  if (rule) {
    clause.rule = std::move(*rule);
  }
  clause.methods = std::move(methods);
  clause.evidence = evidence.value_or(EvidenceRequirement{});
  clause.optional = optional.value_or(false);
  clause.veto = veto.value_or(false);
  out.push_back(std::move(clause));
  return points.has_value();
}

// Reads the children list `key` of a node; returns whether all are known.
bool read_clauses(const yaml::MapEntry& entry, Context& context, Node& node) {
  bool known = true;
  for_each_map(context, entry, "clause", AllowEmpty::no, [&](const yaml::Node& map) {
    known = read_clause(map, context, node.clauses) && known;
  });
  return known && !node.clauses.empty() && node.clauses.size() == entry.value->items.size();
}

bool read_node(const yaml::Node& map, Context& context, NodeLevel level, std::vector<Node>& out);

bool read_items(const yaml::MapEntry& entry, Context& context, Node& node) {
  bool known = true;
  for_each_map(context, entry, "item", AllowEmpty::no, [&](const yaml::Node& map) {
    known = read_node(map, context, NodeLevel::item, node.items) && known;
  });
  return known && !node.items.empty() && node.items.size() == entry.value->items.size();
}

// Reads one category or item; returns whether its full marks are known.
bool read_node(const yaml::Node& map, Context& context, NodeLevel level, std::vector<Node>& out) {
  const char* word = level == NodeLevel::category ? "category" : "item";
  diag::Position missing_at = first_key_position(map);
  MapReader reader(map, context.diagnostics, missing_at, name_of(map, word));
  Node node;
  node.position = key_at(map, "id", missing_at);
  std::optional<std::string> id = read_entry_id(reader, context);
  const yaml::MapEntry* id_entry = map.find("id");
  node.id = id.value_or(id_entry != nullptr && id_entry->value->is_scalar() ? id_entry->value->value : "?");
  node.title = reader.text("title", Presence::required).value_or("");
  const yaml::MapEntry* points_entry = map.find("points");
  const yaml::MapEntry* cap_entry = map.find("cap");
  node.declared_points = read_constant(reader, context, "points", Presence::optional, Sign::positive, Grid::checked);
  node.cap = read_constant(reader, context, "cap", Presence::optional, Sign::positive, Grid::checked);
  node.floor = read_constant(reader, context, "min", Presence::optional, Sign::non_negative, Grid::checked);
  const yaml::MapEntry* best_entry = map.find("best");
  std::optional<int64_t> best = reader.count("best");
  if (best && *best == 0) {
    context.diagnostics.error(best_entry->value->position, "bad-value",
                              fmt::format("`best` of {} {} must be at least 1", word, node.id),
                              "`best: K` counts the K highest-scoring children; delete it to count them all");
    best.reset();
  }
  node.best = best ? std::optional<int>(static_cast<int>(*best)) : std::nullopt;
  bool known = (points_entry == nullptr || points_entry->value->is_null() || node.declared_points) &&
               (cap_entry == nullptr || cap_entry->value->is_null() || node.cap) &&
               (best_entry == nullptr || best_entry->value->is_null() || node.best);
  const yaml::MapEntry* items = level == NodeLevel::category ? reader.entry("items") : nullptr;
  const yaml::MapEntry* clauses = reader.entry("clauses");
  reader.finish();
  if (items != nullptr && clauses != nullptr) {
    const yaml::MapEntry* second =
        std::make_pair(items->key->position.line, items->key->position.column) <
                std::make_pair(clauses->key->position.line, clauses->key->position.column)
            ? clauses
            : items;
    context.diagnostics.error(second->key->position, "key-not-allowed",
                              fmt::format("{} {} has both `items` and `clauses`", word, node.id),
                              "a category lists either items or clauses directly, not both");
    known = false;
  } else if (items != nullptr) {
    known = read_items(*items, context, node) && known;
  } else if (clauses != nullptr) {
    known = read_clauses(*clauses, context, node) && known;
  } else {
    context.diagnostics.error(missing_at, "missing-key",
                              level == NodeLevel::category
                                  ? fmt::format("category {} has no `items` or `clauses`", node.id)
                                  : fmt::format("item {} has no `clauses`", node.id),
                              "add `clauses:` with at least one clause");
    known = false;
  }
  known = settle_full_marks(context, node, map, level, known);
  out.push_back(std::move(node));
  return known;
}

}  // namespace

bool read_categories(MapReader& root, Context& context, std::vector<Node>& categories) {
  const yaml::MapEntry* entry = root.entry("categories", Presence::required);
  if (entry == nullptr) {
    return false;
  }
  bool known = true;
  for_each_map(context, *entry, "category", AllowEmpty::no, [&](const yaml::Node& map) {
    known = read_node(map, context, NodeLevel::category, categories) && known;
  });
  return known && !categories.empty() && categories.size() == entry->value->items.size();
}

}  // namespace cepin::rubric::detail
