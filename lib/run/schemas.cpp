#include "run/schemas.hpp"

#include <algorithm>

#include "run/builtin.hpp"
#include "util/text.hpp"

namespace cepin::run {

namespace {

constexpr std::string_view k_suffix = ".schema.json";

}  // namespace

std::string schema_title(std::string_view json) {
  constexpr std::string_view k_key = "\"title\"";
  std::size_t at = json.find(k_key);
  if (at == std::string_view::npos) {
    return "";
  }
  std::size_t quote = json.find('"', json.find(':', at + k_key.size()));
  if (quote == std::string_view::npos) {
    return "";
  }
  std::string out;
  for (std::size_t i = quote + 1; i < json.size() && json[i] != '"'; ++i) {
    if (json[i] == '\\' && i + 1 < json.size()) {
      out += json[i++];
    }
    out += json[i];
  }
  return out;
}

std::vector<SchemaFile> builtin_schemas() {
  std::vector<SchemaFile> out;
  for (const EmbeddedFile& file : builtin_schema_files()) {
    if (!util::ends_with(file.name, k_suffix)) {
      continue;
    }
    SchemaFile schema;
    schema.name = std::string(file.name.substr(0, file.name.size() - k_suffix.size()));
    schema.text = std::string_view(file.data, file.size);
    schema.title = schema_title(schema.text);
    out.push_back(std::move(schema));
  }
  std::sort(out.begin(), out.end(), [](const SchemaFile& a, const SchemaFile& b) { return a.name < b.name; });
  return out;
}

std::optional<SchemaFile> find_schema(std::string_view name) {
  for (SchemaFile& schema : builtin_schemas()) {
    if (schema.name == name) {
      return schema;
    }
  }
  return std::nullopt;
}

}  // namespace cepin::run
