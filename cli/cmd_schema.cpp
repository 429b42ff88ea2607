// `cepin schema [NAME]`: the JSON Schemas of cepin's files, or their list.
#include <fmt/format.h>

#include "commands.hpp"
#include "report/text_table.hpp"
#include "run/exit_codes.hpp"
#include "run/schemas.hpp"
#include "terminal.hpp"
#include "util/suggest.hpp"

namespace cepin::cli {

namespace {

int run_schema(const std::string& name) {
  std::vector<run::SchemaFile> schemas = run::builtin_schemas();
  if (name.empty()) {
    report::TextTable table({report::Align::left, report::Align::left});
    table.add_row({"name", "title"});
    for (const run::SchemaFile& schema : schemas) {
      table.add_row({schema.name, schema.title});
    }
    write_stdout(table.render());
    return run::k_exit_ok;
  }
  if (std::optional<run::SchemaFile> schema = run::find_schema(name)) {
    write_stdout(std::string(schema->text));
    return run::k_exit_ok;
  }
  std::vector<std::string> names;
  for (const run::SchemaFile& schema : schemas) {
    names.push_back(schema.name);
  }
  std::string hint = util::did_you_mean(name, names);
  write_stderr(fmt::format("cepin schema: no schema is named `{}`; {}\n", name,
                           hint.empty() ? "`cepin schema` lists them" : hint));
  return run::k_exit_usage;
}

}  // namespace

Handler setup_schema(CLI::App& command) {
  auto name = std::make_shared<std::string>();
  command.add_option("name", *name, "A schema's name (none: list them)");
  return [name] { return run_schema(*name); };
}

}  // namespace cepin::cli
