// The JSON Schemas compiled into the binary (`cepin schema`, SPEC §12).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cepin::run {

// One schema: its name (`rubric`, `result`, …), its title and its text.
struct SchemaFile {
  std::string name;
  std::string title;
  std::string_view text;
};

// Every schema, sorted by name. A file `schemas/<name>.schema.json` is the
// schema `<name>`; its title is the schema's top-level `title`.
std::vector<SchemaFile> builtin_schemas();

// The schema named `name` exactly; nothing for an unknown name.
std::optional<SchemaFile> find_schema(std::string_view name);

// The value of the first `"title": "…"` in a JSON text (escapes kept as
// written); empty when there is none. Our schemas write the top-level title first.
std::string schema_title(std::string_view json);

}  // namespace cepin::run
