#include "run/setup.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include "run/rubric_argument.hpp"
#include "util/suggest.hpp"
#include "util/text.hpp"

namespace cepin::run {

namespace {

// The -r argument: a file when the path exists, else a built-in id.
RubricArgument load_forced(const std::string& argument, RubricCatalog& catalog, CatalogSetup& setup) {
  struct stat st {};
  bool is_path = !util::starts_with(argument, "builtin:") && ::stat(argument.c_str(), &st) == 0;
  if (is_path) {
    return load_rubric_file(argument, catalog.load_options(argument));
  }
  RubricArgument loaded = load_rubric_argument(argument);
  if (loaded.lookup.status == LookupStatus::not_found) {
    diag::Diagnostic& d = loaded.lookup.diagnostics.front();
    d.code = "rubric-unreadable";
    d.message = fmt::format("-r {}: no such file, and no built-in rubric has that id", argument);
    setup.usage = true;
  }
  return loaded;
}

}  // namespace

CatalogSetup set_up_catalog(const RubricOptions& options, RubricCatalog& catalog, Builtins builtins) {
  CatalogSetup setup;
  if (builtins == Builtins::always || !options.rubric_file) {
    catalog.add_builtins();
  }
  for (const std::string& dir : options.rubric_dirs) {
    if (!catalog.add_folder(dir, setup.diagnostics)) {
      setup.usage = true;
    }
  }
  if (options.rubric_file) {
    RubricArgument loaded = load_forced(*options.rubric_file, catalog, setup);
    catalog.force({*options.rubric_file, loaded.lookup.rubric});
    setup.usage = setup.usage || loaded.unreadable;
    setup.forced_invalid = !loaded.lookup.rubric && !setup.usage;
    for (diag::Diagnostic& d : loaded.lookup.diagnostics) {
      setup.diagnostics.push_back(std::move(d));
    }
  }
  return setup;
}

}  // namespace cepin::run
