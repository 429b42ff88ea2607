#include "rubric/merge.hpp"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "util/suggest.hpp"

namespace cepin::rubric {

namespace {

using yaml::MapEntry;
using yaml::Node;

// What a map of the rubric's tree is.
enum class Level { root, category, item, clause, adjustment, prerequisite };

const char* level_word(Level level) {
  switch (level) {
    case Level::category:
      return "category";
    case Level::item:
      return "item";
    case Level::clause:
      return "clause";
    case Level::adjustment:
      return "adjustment";
    case Level::prerequisite:
      return "prerequisite";
    case Level::root:
      break;
  }
  return "rubric";
}

bool in_tree(Level level) { return level == Level::category || level == Level::item || level == Level::clause; }

// The level of the entries a list key holds, under a map of `level`.
std::optional<Level> child_level(Level level, const std::string& key) {
  if (level == Level::root) {
    if (key == "categories") return Level::category;
    if (key == "adjustments") return Level::adjustment;
    if (key == "prerequisites") return Level::prerequisite;
  } else if (level == Level::category) {
    if (key == "items") return Level::item;
    if (key == "clauses") return Level::clause;
  } else if (level == Level::item && key == "clauses") {
    return Level::clause;
  }
  return std::nullopt;
}

// Keys a null value may not delete: the loader reports them as empty.
bool is_required(Level level, const std::string& key) {
  static const std::vector<std::string> k_root = {"schema", "id", "title", "total", "threshold", "categories"};
  static const std::vector<std::string> k_node = {"id", "title"};
  static const std::vector<std::string> k_clause = {"id", "text", "points", "rule"};
  static const std::vector<std::string> k_adjustment = {"id", "kind", "text"};
  static const std::vector<std::string> k_prerequisite = {"id", "text"};
  const std::vector<std::string>* keys = &k_node;
  switch (level) {
    case Level::root:
      keys = &k_root;
      break;
    case Level::clause:
      keys = &k_clause;
      break;
    case Level::adjustment:
      keys = &k_adjustment;
      break;
    case Level::prerequisite:
      keys = &k_prerequisite;
      break;
    case Level::category:
    case Level::item:
      break;
  }
  return std::find(keys->begin(), keys->end(), key) != keys->end();
}

// The scalar `id` of a map, or "".
std::string id_of(const Node& map) {
  const MapEntry* id = map.is_map() ? map.find("id") : nullptr;
  return id != nullptr && id->value->is_scalar() ? id->value->value : std::string();
}

// Where a map's `id` key is; only asked of maps whose id_of() is not empty.
diag::Position id_key_position(const Node& map) { return map.find("id")->key->position; }


}  // namespace

// Builds one MergedTree: copies the base's tree maps into the arena (so they
// can change), applies `remove`, then merges the extending file's entries.
class Merger {
 public:
  Merger(MergedTree& tree, diag::DiagnosticList& diagnostics) : m_tree(tree), m_diagnostics(diagnostics) {}

  void run(const Node& base, const Node& extending, const diag::SourceText& input);

 private:
  // Where an id sits in the base: its map, the list holding it, the map holding that list.
  struct Place {
    Node* map;
    Node* list;
    Node* parent;
    Level level;
    std::string section;  // the root's list key the entry is under
  };

  Node* own(const Node& node) {
    m_tree.m_arena.push_back(node);
    Node* copy = &m_tree.m_arena.back();
    m_owned.insert(copy);
    return copy;
  }
  // A node of the arena, writable; null for a node of a file.
  Node* owned(const Node* node) {
    return m_owned.count(node) != 0 ? const_cast<Node*>(node) : nullptr;  // NOLINT: the arena's own node
  }
  // Copies `map` into the arena, each child list through `copy_list(list, child level)`.
  template <typename CopyList>
  Node* copy_map(const Node& map, Level level, CopyList&& copy_list) {
    Node* copy = own(map);
    for (MapEntry& entry : copy->entries) {
      if (!entry.key->is_scalar() || !entry.value->is_sequence()) {
        continue;
      }
      if (std::optional<Level> child = child_level(level, entry.key->value)) {
        entry.value = copy_list(*entry.value, *child);
      }
    }
    return copy;
  }
  Node* copy_entry(const Node& map, Level level);
  void index_ids(Node* list, Node* parent, Level level, const std::string& section);
  void unindex(const Node& map);
  void apply_removals(const MapEntry& remove);
  void merge_list(Node* parent, Level parent_level, const MapEntry& entry, Level level);
  void merge_entry(Node* base, const Node& extending, Level level);
  // Copies a new entry, dropping nested entries whose ids the base still has elsewhere.
  Node* copy_new(const Node& map, Level level);
  // Reports an id the base still has elsewhere; returns whether it was one.
  bool clashes(const Node& map, Level level, const Node* parent);
  void set(Node* map, Level level, const MapEntry& entry);
  void change(const Node* map, diag::Position at, std::string section = {}) {
    m_tree.m_changes[map].push_back(MergedTree::Change{at, std::move(section)});
  }

  MergedTree& m_tree;
  diag::DiagnosticList& m_diagnostics;
  std::unordered_set<const Node*> m_owned;
  std::map<std::string, Place> m_ids;
  std::vector<std::string> m_id_order;  // for "did you mean"
};

Node* Merger::copy_entry(const Node& map, Level level) {
  return copy_map(map, level, [this](const Node& list, Level child) {
    Node* copy = own(list);
    for (const Node*& item : copy->items) {
      if (item->is_map()) {
        item = copy_entry(*item, child);
      }
    }
    return copy;
  });
}

void Merger::index_ids(Node* list, Node* parent, Level level, const std::string& section) {
  for (const Node* item : list->items) {
    std::string id = id_of(*item);
    Node* map = owned(item);
    if (map == nullptr) {
      continue;
    }
    if (!id.empty() && m_ids.count(id) == 0) {
      m_ids[id] = Place{map, list, parent, level, section};
      m_id_order.push_back(id);
    }
    for (const MapEntry& entry : map->entries) {
      if (entry.key->is_scalar() && entry.value->is_sequence()) {
        if (std::optional<Level> child = child_level(level, entry.key->value)) {
          if (Node* nested = owned(entry.value)) {
            index_ids(nested, map, *child, section);
          }
        }
      }
    }
  }
}

void Merger::unindex(const Node& map) {
  m_ids.erase(id_of(map));
  for (const MapEntry& entry : map.entries) {
    if (entry.value->is_sequence()) {
      for (const Node* item : entry.value->items) {
        if (item->is_map()) {
          unindex(*item);
        }
      }
    }
  }
}

void Merger::apply_removals(const MapEntry& remove) {
  const Node& list = *remove.value;
  if (list.is_null()) {
    return;
  }
  if (!list.is_sequence()) {
    m_diagnostics.error(remove.value->position, "wrong-type",
                        fmt::format("`remove` must be a list of ids, not {}", describe(list)),
                        "write `remove: [\"6.1.4\", criticized]`");
    return;
  }
  for (const Node* item : list.items) {
    if (!item->is_scalar()) {
      m_diagnostics.error(item->position, "wrong-type",
                          fmt::format("each entry of `remove` must be an id, not {}", describe(*item)));
      continue;
    }
    auto found = m_ids.find(item->value);
    if (found == m_ids.end()) {
      std::string hint = util::did_you_mean(item->value, m_id_order);
      m_diagnostics.error(item->position, "unknown-id",
                          fmt::format("`remove` names `{}`, which the base rubric does not have", item->value),
                          hint.empty() ? "name a category, item, clause, adjustment or prerequisite of the base"
                                       : hint);
      continue;
    }
    Place place = found->second;
    auto& items = place.list->items;
    items.erase(std::remove(items.begin(), items.end(), place.map), items.end());
    change(place.parent, item->position, place.section);
    unindex(*place.map);
  }
}

void Merger::set(Node* map, Level level, const MapEntry& entry) {
  auto& entries = map->entries;
  auto same_key = [&](const MapEntry& e) { return e.key->is_scalar() && e.key->value == entry.key->value; };
  auto found = std::find_if(entries.begin(), entries.end(), same_key);
  if (entry.value->is_null() && entry.key->is_scalar() && !is_required(level, entry.key->value)) {
    if (found != entries.end()) {
      entries.erase(found);
    }
    return;
  }
  if (found != entries.end()) {
    *found = entry;
  } else {
    entries.push_back(entry);
  }
}

bool Merger::clashes(const Node& map, Level level, const Node* parent) {
  std::string id = id_of(map);
  auto found = m_ids.find(id);
  if (id.empty() || found == m_ids.end() || found->second.parent == parent) {
    return false;
  }
  const Place& place = found->second;
  if (in_tree(level) && in_tree(place.level)) {
    std::string where = place.level == Level::category ? std::string("is a category of the base")
                                                       : fmt::format("is under `{}` in the base", id_of(*place.parent));
    m_diagnostics.error(id_key_position(map), "extends-moved",
                        fmt::format("{} {} {}; naming it here does not move it", level_word(place.level), id, where),
                        fmt::format("to move it, add \"{}\" to `remove` and write it here in full", id));
  } else {
    m_diagnostics.error(id_key_position(map), "duplicate-id",
                        fmt::format("id `{}` is already used in the base by {} {}", id, level_word(place.level), id),
                        "give the new entry its own id, or `remove` the base's entry first");
  }
  return true;
}

Node* Merger::copy_new(const Node& map, Level level) {
  return copy_map(map, level, [this](const Node& list, Level child) {
    Node* copy = own(list);
    copy->items.clear();
    for (const Node* item : list.items) {
      if (!item->is_map()) {
        copy->items.push_back(item);
      } else if (!clashes(*item, child, nullptr)) {
        copy->items.push_back(copy_new(*item, child));
      }
    }
    return copy;
  });
}

void Merger::merge_list(Node* parent, Level parent_level, const MapEntry& entry, Level level) {
  const std::string section = parent_level == Level::root ? entry.key->value : std::string();
  if (!entry.value->is_sequence()) {
    set(parent, parent_level, entry);
    change(parent, entry.key->position, section);
    return;
  }
  const MapEntry* base_entry = parent->find(entry.key->value);
  Node* list = base_entry != nullptr ? owned(base_entry->value) : nullptr;
  if (list == nullptr || !list->is_sequence()) {
    Node empty = *entry.value;
    empty.items.clear();
    list = own(empty);
    set(parent, parent_level, MapEntry{entry.key, list});
  }
  std::vector<std::string> merged;
  for (const Node* item : entry.value->items) {
    std::string id = id_of(*item);
    bool seen = std::find(merged.begin(), merged.end(), id) != merged.end();
    Node* base_child = nullptr;
    if (!id.empty() && !seen) {
      for (const Node* candidate : list->items) {
        if (id_of(*candidate) == id) {
          base_child = owned(candidate);
        }
      }
    }
    if (base_child != nullptr) {
      merged.push_back(id);
      merge_entry(base_child, *item, level);
      continue;
    }
    if (!item->is_map() || id.empty() || seen) {
      list->items.push_back(item);  // the loader reports what is wrong with it
      change(parent, item->position, section);
      continue;
    }
    if (clashes(*item, level, parent)) {
      continue;
    }
    list->items.push_back(copy_new(*item, level));
    change(parent, id_key_position(*item), section);
  }
}

void Merger::merge_entry(Node* base, const Node& extending, Level level) {
  for (const MapEntry& entry : extending.entries) {
    if (!entry.key->is_scalar()) {
      base->entries.push_back(entry);  // reported by the loader
      continue;
    }
    const std::string& key = entry.key->value;
    if (key == "id") {
      continue;
    }
    if (std::optional<Level> child = child_level(level, key)) {
      std::string other = key == "items" ? "clauses" : "items";
      const MapEntry* theirs = level == Level::category ? base->find(other) : nullptr;
      if (theirs != nullptr && !theirs->value->is_null() && !entry.value->is_null()) {
        m_diagnostics.error(entry.key->position, "extends-shape",
                            fmt::format("{} {} lists {} in the base; `{}` cannot take their place here",
                                        level_word(level), id_of(*base), other, key),
                            fmt::format("merge into its {} by id, or add `{}` to `remove` and write the {} "
                                        "again in full",
                                        other, id_of(*base), level_word(level)));
        continue;
      }
      merge_list(base, level, entry, *child);
      continue;
    }
    set(base, level, entry);
    change(base, entry.key->position);
  }
}

void Merger::run(const Node& base, const Node& extending, const diag::SourceText& input) {
  m_tree.m_input = &input;
  Node* root = copy_entry(base, Level::root);
  auto& entries = root->entries;
  entries.erase(std::remove_if(entries.begin(), entries.end(),
                               [](const MapEntry& e) {
                                 return e.key->is_scalar() && (e.key->value == "extends" || e.key->value == "remove");
                               }),
                entries.end());
  for (const char* section : {"categories", "adjustments", "prerequisites"}) {
    const MapEntry* list = root->find(section);
    if (list != nullptr) {
      if (Node* owned_list = owned(list->value)) {
        index_ids(owned_list, root, *child_level(Level::root, section), section);
      }
    }
  }
  if (const MapEntry* remove = extending.find("remove")) {
    apply_removals(*remove);
  }
  for (const MapEntry& entry : extending.entries) {
    if (!entry.key->is_scalar()) {
      root->entries.push_back(entry);
      continue;
    }
    const std::string& key = entry.key->value;
    if (std::optional<Level> child = child_level(Level::root, key)) {
      merge_list(root, Level::root, entry, *child);
      continue;
    }
    set(root, Level::root, entry);
    if (key == "precision") {
      m_tree.m_precision = entry.key->position;
    }
    if (key != "schema" && key != "id" && key != "extends" && key != "remove") {
      change(root, entry.key->position, key);
    }
  }
  m_tree.m_root = root;
  m_tree.index(root, nullptr);
}

std::unique_ptr<MergedTree> merge_onto(const yaml::Node& base, const yaml::Node& extending,
                                       const diag::SourceText& input, diag::DiagnosticList& diagnostics) {
  auto tree = std::make_unique<MergedTree>();
  Merger(*tree, diagnostics).run(base, extending, input);
  return tree;
}

void mark_source(yaml::Document& document, const diag::SourceText& source) {
  document.nodes.for_each([&](Node& node) { node.position.source = &source; });
}

}  // namespace cepin::rubric
