// Reading the tree of a rubric: categories → items → clauses (or categories →
// clauses), with every node's full marks.
#pragma once

#include <vector>

#include "rubric/context.hpp"
#include "rubric/model.hpp"

namespace cepin::rubric::detail {

// Whether a list may be empty.
enum class AllowEmpty { no, yes };

// Calls `read` for every map of the list under `entry`; reports wrong-type for
// a value that is not a list and for entries that are not maps, and empty-node
// for an empty or null list unless AllowEmpty::yes.
template <typename Read>
void for_each_map(Context& context, const yaml::MapEntry& entry, const char* what, AllowEmpty allow_empty,
                  Read read);

// Reads `categories` (required, at least one) into `categories`. Returns
// whether every category's full marks are known (none failed to load).
bool read_categories(yaml::MapReader& root, Context& context, std::vector<Node>& categories);

template <typename Read>
void for_each_map(Context& context, const yaml::MapEntry& entry, const char* what, AllowEmpty allow_empty,
                  Read read) {
  const yaml::Node& list = *entry.value;
  if (list.is_null() || (list.is_sequence() && list.items.empty())) {
    if (allow_empty == AllowEmpty::no) {
      context.diagnostics.error(yaml::value_position(entry), "empty-node",
                                "`" + entry.key->value + "` lists nothing", std::string("add at least one ") + what);
    }
    return;
  }
  if (!list.is_sequence()) {
    yaml::report_wrong_type(context.diagnostics, entry, std::string("a list of ") + what + " entries");
    return;
  }
  for (const yaml::Node* item : list.items) {
    if (!item->is_map()) {
      context.diagnostics.error(item->position, "wrong-type",
                                std::string("each ") + what + " must be a map of keys, not " + describe(*item));
      continue;
    }
    read(*item);
  }
}

}  // namespace cepin::rubric::detail
