// Ids in a rubric: their grammar and their uniqueness across the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rubric/context.hpp"

namespace cepin::rubric::detail {

// Whether `id` names a category, item, clause, adjustment or prerequisite:
// ^[A-Za-z0-9][A-Za-z0-9._-]*$.
bool is_entry_id(std::string_view id);

// Whether `id` names a rubric: ^[a-z0-9][a-z0-9._-]*$.
bool is_rubric_id(std::string_view id);

// Reads the required `id` of a tree node, adjustment or prerequisite: bad-id
// when it breaks the grammar, duplicate-id (at this `id` key) when an earlier
// entry has it. Returns the id when it is usable for messages, even if duplicate.
std::optional<std::string> read_entry_id(yaml::MapReader& reader, Context& context);

}  // namespace cepin::rubric::detail
