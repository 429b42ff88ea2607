#include "run/rubric_argument.hpp"

#include <sys/stat.h>

#include <fmt/format.h>

#include "rubric/loader.hpp"
#include "util/file.hpp"
#include "util/suggest.hpp"

namespace cepin::run {

RubricArgument load_rubric_file(const std::string& path, const rubric::LoadOptions& options) {
  RubricArgument out;
  util::ReadResult read = util::read_file(path);
  if (read.error != util::ReadError::none) {
    out.lookup.status = LookupStatus::invalid;
    out.lookup.diagnostics.push_back(diag::file_diagnostic(path, diag::Severity::error, "rubric-unreadable",
                                                           "cannot read this rubric: " + read.message));
    out.unreadable = read.error != util::ReadError::too_large;
    return out;
  }
  rubric::LoadResult loaded = rubric::load_from_bytes(path, std::move(read.bytes), options);
  out.lookup.rubric = loaded.rubric;
  out.lookup.diagnostics = std::move(loaded.diagnostics);
  out.lookup.status = loaded.rubric ? LookupStatus::found : LookupStatus::invalid;
  return out;
}

RubricArgument load_rubric_argument(const std::string& argument) {
  RubricArgument out;
  const std::string prefix = "builtin:";
  bool forced = argument.rfind(prefix, 0) == 0;
  std::string id = forced ? argument.substr(prefix.size()) : argument;
  RubricCatalog catalog;
  catalog.add_builtins();
  struct stat st {};
  if (!forced && ::stat(argument.c_str(), &st) == 0) {
    return load_rubric_file(argument, catalog.load_options(argument));
  }
  out.lookup = catalog.find(id);
  if (out.lookup.status == LookupStatus::not_found) {
    diag::Diagnostic d;
    d.path = argument;
    d.code = "unknown-rubric";
    d.message = fmt::format("`{}` is neither a file nor a built-in rubric id", argument);
    d.hint = util::did_you_mean(id, catalog.ids());
    if (d.hint.empty()) {
      d.hint = "see `cepin rubrics` for the built-in ids";
    }
    out.lookup.diagnostics.push_back(d);
  }
  return out;
}

}  // namespace cepin::run
