#include "run/resolve.hpp"

#include <fmt/format.h>

#include "util/suggest.hpp"

namespace cepin::run {

Resolved resolve_rubric(RubricCatalog& catalog, const std::optional<std::string>& id, diag::Position at,
                        const diag::SourceText& source) {
  Resolved out;
  diag::DiagnosticList list(source);
  if (const auto& forced = catalog.forced()) {
    if (forced->rubric) {
      out.rubric = forced->rubric;
    } else {
      list.error(at.line > 0 ? at : diag::Position{1, 1}, "invalid-rubric",
                 fmt::format("the -r rubric {} is not valid", forced->path),
                 "run `cepin validate` on it to see its problems");
      out.diagnostics = list.take();
    }
    return out;
  }
  if (!id || id->empty()) {
    list.error(at.line > 0 ? at : diag::Position{1, 1}, "missing-rubric", "the input names no rubric",
               "add `rubric: <id>` (see `cepin rubrics`), or pass -r FILE");
    out.diagnostics = list.take();
    return out;
  }
  Lookup lookup = catalog.find(*id);
  switch (lookup.status) {
    case LookupStatus::found:
      out.rubric = lookup.rubric;
      return out;
    case LookupStatus::not_found: {
      std::string hint = util::did_you_mean(*id, catalog.ids());
      if (hint.empty()) {
        hint = "see `cepin rubrics` for the built-in ids, or pass --rubrics DIR or -r FILE";
      }
      list.error(at, "unknown-rubric", fmt::format("no rubric has the id `{}`", *id), hint);
      break;
    }
    case LookupStatus::ambiguous: {
      std::string places;
      for (const std::string& place : lookup.places) {
        places += (places.empty() ? "" : ", ") + place;
      }
      list.error(at, "ambiguous-rubric", fmt::format("the rubric id `{}` is defined more than once: {}", *id, places),
                 "keep one file per rubric id in the --rubrics folders");
      break;
    }
    case LookupStatus::invalid:
      list.error(at, "invalid-rubric", fmt::format("the rubric `{}` is not valid", *id),
                 "run `cepin validate` on it to see its problems");
      for (diag::Diagnostic& d : lookup.diagnostics) {
        list.add(d);
      }
      out.diagnostics = std::move(list.items());
      return out;
  }
  out.diagnostics = list.take();
  return out;
}

}  // namespace cepin::run
