#include "run/catalog.hpp"

#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "rubric/loader.hpp"
#include "run/builtin.hpp"
#include "run/inputs.hpp"
#include "util/file.hpp"
#include "yaml/peek.hpp"

namespace cepin::run {

namespace {

const std::string k_builtin_prefix = "rubrics/";

using diag::file_diagnostic;

}  // namespace

std::string peek_id(const std::string& path, const std::string& bytes, std::string& schema) {
  return peek_rubric_id(path, bytes, schema);
}

void RubricCatalog::add_builtins() {
  std::lock_guard<std::recursive_mutex> lock(m_mutex);
  for (const EmbeddedFile& file : builtin_rubric_files()) {
    std::string bytes(file.data, file.size);
    std::string path = k_builtin_prefix + std::string(file.name);
    std::string schema;
    std::string id = peek_id(path, bytes, schema);
    if (id.empty()) {
      continue;  // `cepin validate` reports it; a build with a broken built-in fails its tests
    }
    m_entries[id].builtin = Source{path, std::move(bytes), true};
  }
}

bool RubricCatalog::add_folder(const std::string& dir, std::vector<diag::Diagnostic>& diagnostics) {
  std::vector<Input> files = collect_inputs({dir});
  bool ok = true;
  std::lock_guard<std::recursive_mutex> lock(m_mutex);
  for (const Input& file : files) {
    if (file.problem) {
      diag::Diagnostic d = *file.problem;
      d.code = "rubrics-folder";
      if (file.problem->code == "no-inputs") {  // the walk's wording is about assessments
        d.message = "the --rubrics folder holds no rubric file (no .yaml or .yml file)";
        d.hint = "name the folder that holds the rubric files";
      } else {
        d.message = fmt::format("cannot read the --rubrics folder: {}", file.problem->message);
      }
      diagnostics.push_back(std::move(d));
      ok = false;
      continue;
    }
    if (file.kind != FileKind::yaml) {
      continue;
    }
    util::ReadResult read = util::read_file(file.path);
    std::string schema;
    std::string id = read.error == util::ReadError::none ? peek_id(file.path, read.bytes, schema) : "";
    if (id.empty() || schema != rubric::k_rubric_schema) {
      if (schema.empty() || schema == rubric::k_rubric_schema) {
        diagnostics.push_back(file_diagnostic(file.path, diag::Severity::warning, "rubric-unreadable",
                                              "this file in a --rubrics folder has no readable rubric `id`; it is ignored"));
      }
      continue;
    }
    Entry& entry = m_entries[id];
    entry.sources.push_back(Source{file.path, {}, false});
    m_index.folders[id].push_back(file.path);
    if (entry.builtin && entry.sources.size() == 1) {
      diagnostics.push_back(file_diagnostic(file.path, diag::Severity::note, "rubric-shadows-builtin",
                                            fmt::format("rubric `{}` here shadows the built-in rubric of that id", id)));
    }
  }
  return ok;
}

void RubricCatalog::add_loaded(std::shared_ptr<const rubric::Rubric> rubric) {
  std::lock_guard<std::recursive_mutex> lock(m_mutex);
  Entry& entry = m_entries[rubric->id];
  entry.loaded = std::move(rubric);
  entry.done = false;
}

void RubricCatalog::add_named(const std::string& path, const std::string& id) {
  std::lock_guard<std::recursive_mutex> lock(m_mutex);
  m_index.named[id].push_back(path);
}

rubric::BaseFound RubricCatalog::find_base(const rubric::BaseRequest& request) {
  std::lock_guard<std::recursive_mutex> lock(m_mutex);
  return run::find_base(request, m_index);
}

rubric::LoadOptions RubricCatalog::load_options(const std::string& path) {
  return file_load_options(path, [this](const rubric::BaseRequest& request) { return find_base(request); });
}

Lookup RubricCatalog::load_entry(const std::string& id, Entry& entry) {
  Lookup lookup;
  if (entry.loaded) {
    lookup.status = LookupStatus::found;
    lookup.rubric = entry.loaded;
    return lookup;
  }
  if (entry.sources.size() > 1) {
    lookup.status = LookupStatus::ambiguous;
    for (const Source& source : entry.sources) {
      lookup.places.push_back(source.path);
    }
    return lookup;
  }
  const Source* source = !entry.sources.empty() ? &entry.sources.front() : entry.builtin ? &*entry.builtin : nullptr;
  if (source == nullptr) {
    return lookup;
  }
  std::string bytes = source->bytes;
  if (!source->builtin) {
    util::ReadResult read = util::read_file(source->path);
    if (read.error != util::ReadError::none) {
      lookup.status = LookupStatus::invalid;
      lookup.diagnostics.push_back(file_diagnostic(source->path, diag::Severity::error, "rubric-unreadable",
                                                   "cannot read this rubric: " + read.message));
      return lookup;
    }
    bytes = std::move(read.bytes);
  }
  rubric::LoadOptions options = source->builtin ? builtin_load_options(id) : load_options(source->path);
  rubric::LoadResult loaded = rubric::load_from_bytes(source->path, std::move(bytes), options);
  lookup.diagnostics = std::move(loaded.diagnostics);
  lookup.rubric = std::move(loaded.rubric);
  if (lookup.rubric && lookup.rubric->id != id) {
    // The quick index read another id than the full parse: trust the parse.
    lookup.diagnostics.push_back(file_diagnostic(source->path, diag::Severity::error, "rubric-unreadable",
                                                 fmt::format("indexed as `{}`, but its id is `{}`", id, lookup.rubric->id)));
    lookup.rubric.reset();
  }
  lookup.status = lookup.rubric ? LookupStatus::found : LookupStatus::invalid;
  return lookup;
}

Lookup RubricCatalog::find(const std::string& id) {
  std::lock_guard<std::recursive_mutex> lock(m_mutex);
  auto it = m_entries.find(id);
  if (it == m_entries.end()) {
    return Lookup{};
  }
  Entry& entry = it->second;
  if (!entry.done) {
    entry.cached = load_entry(it->first, entry);
    entry.done = true;
  }
  return entry.cached;
}

std::vector<std::string> RubricCatalog::ids() const {
  std::lock_guard<std::recursive_mutex> lock(m_mutex);
  std::vector<std::string> out;
  for (const auto& [id, entry] : m_entries) {
    out.push_back(id);
  }
  return out;
}

std::vector<BuiltinSummary> RubricCatalog::builtins() {
  std::vector<BuiltinSummary> out;
  for (const EmbeddedFile& file : builtin_rubric_files()) {
    std::string path = k_builtin_prefix + std::string(file.name);
    std::string schema;
    std::string id = peek_id(path, std::string(file.data, file.size), schema);
    rubric::LoadResult loaded =
        rubric::load_from_bytes(path, std::string(file.data, file.size), builtin_load_options(id));
    BuiltinSummary summary;
    summary.path = path;
    summary.rubric = loaded.rubric;
    summary.diagnostics = std::move(loaded.diagnostics);
    summary.id = loaded.rubric ? loaded.rubric->id : id;
    out.push_back(std::move(summary));
  }
  return out;
}

Lookup RubricCatalog::find_builtin(const std::string& id) {
  RubricCatalog catalog;
  catalog.add_builtins();
  return catalog.find(id);
}

}  // namespace cepin::run
