#include "run/base_finder.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "rubric/loader.hpp"
#include "run/builtin.hpp"
#include "run/inputs.hpp"
#include "util/file.hpp"
#include "yaml/peek.hpp"

namespace cepin::run {

namespace {

namespace fs = std::filesystem;

using rubric::BaseFound;

// The built-in rubrics by id: (id, file index), read once.
const std::map<std::string, std::size_t>& builtin_ids() {
  static const std::map<std::string, std::size_t> k_ids = [] {
    std::map<std::string, std::size_t> ids;
    const std::vector<EmbeddedFile>& files = builtin_rubric_files();
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::string schema;
      std::string id = peek_rubric_id(std::string(files[i].name), std::string(files[i].data, files[i].size), schema);
      if (!id.empty()) {
        ids.emplace(id, i);
      }
    }
    return ids;
  }();
  return k_ids;
}

std::string identity_of(const std::string& path) {
  std::error_code error;
  fs::path real = fs::weakly_canonical(path, error);
  return error ? path : real.string();
}

// The rubric files directly in `dir` (not below), by id, in bytewise name order.
std::map<std::string, std::vector<std::string>> folder_rubrics(const std::string& from_path) {
  std::map<std::string, std::vector<std::string>> out;
  std::string dir = directory_of(from_path);
  std::error_code error;
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    std::string name = it->path().filename().string();
    std::error_code type_error;
    if (name.empty() || name[0] == '.' || kind_of(name) != FileKind::yaml || !it->is_regular_file(type_error)) {
      continue;
    }
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    std::string path = from_path.find('/') == std::string::npos ? name : dir + "/" + name;
    util::ReadResult read = util::read_file(path);
    std::string schema;
    std::string id = read.error == util::ReadError::none ? peek_rubric_id(path, read.bytes, schema) : "";
    if (!id.empty() && schema == rubric::k_rubric_schema) {
      out[id].push_back(path);
    }
  }
  return out;
}

// The one file among `paths` that is not `self`: found, ambiguous, or none.
std::optional<BaseFound> pick(const std::vector<std::string>& paths, const std::string& self) {
  std::vector<std::string> others;
  for (const std::string& path : paths) {
    if (identity_of(path) != self) {
      others.push_back(path);
    }
  }
  if (others.empty()) {
    return std::nullopt;
  }
  BaseFound found;
  if (others.size() > 1) {
    found.status = BaseFound::Status::ambiguous;
    found.places = others;
    return found;
  }
  found.path = others.front();
  found.identity = identity_of(found.path);
  util::ReadResult read = util::read_file(found.path);
  if (read.error != util::ReadError::none) {
    found.status = BaseFound::Status::unreadable;
    found.problem = read.message;
    return found;
  }
  found.status = BaseFound::Status::found;
  found.bytes = std::move(read.bytes);
  return found;
}

// A note when the base found shadows a built-in of that id with other text
// (a copy of the built-in's own file, as in the repository's rubrics/, is not noted).
void add_shadow_note(BaseFound& found, const std::string& id) {
  auto builtin = builtin_ids().find(id);
  if (found.status != BaseFound::Status::found || builtin == builtin_ids().end()) {
    return;
  }
  const EmbeddedFile& file = builtin_rubric_files()[builtin->second];
  if (found.bytes != std::string_view(file.data, file.size)) {
    found.notes.push_back(diag::file_diagnostic(found.path, diag::Severity::note, "rubric-shadows-builtin",
                                                fmt::format("rubric `{}` here shadows the built-in rubric of that id", id)));
  }
}

std::vector<std::string> known_ids(const std::vector<const std::map<std::string, std::vector<std::string>>*>& maps) {
  std::vector<std::string> ids;
  for (const auto* map : maps) {
    for (const auto& [id, paths] : *map) {
      ids.push_back(id);
    }
  }
  for (const auto& [id, index] : builtin_ids()) {
    ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

std::string peek_rubric_id(const std::string& path, const std::string& bytes, std::string& schema) {
  auto quick_id = yaml::top_level_scalar(bytes, "id");
  auto quick_schema = yaml::top_level_scalar(bytes, "schema");
  if (quick_id && quick_schema && !quick_id->empty()) {
    schema = *quick_schema;
    return *quick_id;
  }
  yaml::Input input = yaml::parse_input(path, bytes);
  rubric::Header header = rubric::peek_header(input);
  schema = header.schema;
  return header.id;
}

BaseFound find_builtin_base(const std::string& id) {
  BaseFound found;
  auto it = builtin_ids().find(id);
  if (it == builtin_ids().end()) {
    for (const auto& [known, index] : builtin_ids()) {
      found.known.push_back(known);
    }
    return found;
  }
  const EmbeddedFile& file = builtin_rubric_files()[it->second];
  found.status = BaseFound::Status::found;
  found.path = "builtin:" + id;
  found.identity = found.path;
  found.bytes = std::string(file.data, file.size);
  found.builtin = true;
  return found;
}

BaseFound find_base(const rubric::BaseRequest& request, const RubricIndex& index) {
  if (request.from_builtin) {
    return find_builtin_base(request.id);
  }
  const std::string self = identity_of(request.from_path);
  auto in = [&](const std::map<std::string, std::vector<std::string>>& map) -> std::optional<BaseFound> {
    auto it = map.find(request.id);
    return it == map.end() ? std::nullopt : pick(it->second, self);
  };
  if (std::optional<BaseFound> named = in(index.named)) {
    add_shadow_note(*named, request.id);
    return *named;
  }
  const auto folder = folder_rubrics(request.from_path);
  if (std::optional<BaseFound> near = in(folder)) {
    add_shadow_note(*near, request.id);
    return *near;
  }
  if (std::optional<BaseFound> listed = in(index.folders)) {
    return *listed;
  }
  BaseFound builtin = find_builtin_base(request.id);
  if (builtin.status == BaseFound::Status::not_found) {
    builtin.known = known_ids({&index.named, &folder, &index.folders});
  }
  return builtin;
}

rubric::LoadOptions file_load_options(const std::string& path, rubric::BaseResolver resolver) {
  return rubric::LoadOptions{std::move(resolver), false, identity_of(path)};
}

rubric::LoadOptions builtin_load_options(const std::string& id) {
  return rubric::LoadOptions{[](const rubric::BaseRequest& request) { return find_builtin_base(request.id); }, true,
                             "builtin:" + id};
}

}  // namespace cepin::run
