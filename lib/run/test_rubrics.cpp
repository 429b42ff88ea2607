#include "run/test_rubrics.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>

#include "rubric/loader.hpp"
#include "run/inputs.hpp"
#include "run/rubric_argument.hpp"
#include "util/file.hpp"
#include "util/path.hpp"
#include "util/text.hpp"

namespace cepin::run {

namespace {

const std::string k_builtin_prefix = "builtin:";

bool is_regular_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// The YAML files directly in `dir` (not below it), sorted.
std::vector<std::string> yaml_files_in(const std::string& dir) {
  std::vector<std::string> out;
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) {
    return out;
  }
  while (dirent* entry = ::readdir(handle)) {
    std::string path = util::join_path(dir, entry->d_name);
    if (entry->d_name[0] != '.' && kind_of(path) == FileKind::yaml && is_regular_file(path)) {
      out.push_back(path);
    }
  }
  ::closedir(handle);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

const std::map<std::string, std::vector<std::string>>& CaseRubrics::folder(const std::string& dir) {
  auto [it, inserted] = m_folders.try_emplace(dir);
  if (inserted) {
    for (const std::string& path : yaml_files_in(dir)) {
      util::ReadResult read = util::read_file(path);
      std::string schema;
      std::string id = read.error == util::ReadError::none ? peek_id(path, read.bytes, schema) : "";
      if (!id.empty() && schema == rubric::k_rubric_schema) {
        it->second[id].push_back(path);
      }
    }
  }
  return it->second;
}

CaseRubric CaseRubrics::load_file(const std::string& path) {
  auto [it, inserted] = m_files.try_emplace(path);
  if (inserted) {
    it->second.lookup = load_rubric_file(path, m_shared->load_options(path)).lookup;
    it->second.path = path;
  }
  return it->second;
}

CaseRubric CaseRubrics::report_once(CaseRubric found) {
  if (found.lookup.status == LookupStatus::invalid && m_reported.insert(found.path).second) {
    found.first_report = found.lookup.diagnostics;
  }
  return found;
}

CaseRubric CaseRubrics::find(const std::string& value, const std::string& test_path, TestOrigin origin) {
  bool forced = util::starts_with(value, k_builtin_prefix);
  if (forced || origin == TestOrigin::builtin) {
    if (!m_builtins_ready) {
      m_builtins.add_builtins();
      m_builtins_ready = true;
    }
    CaseRubric out;
    std::string id = forced ? value.substr(k_builtin_prefix.size()) : value;
    out.lookup = m_builtins.find(id);
    out.path = out.lookup.rubric ? out.lookup.rubric->path : k_builtin_prefix + id;
    return report_once(std::move(out));
  }
  std::string dir = directory_of(test_path);
  std::string path = util::join_path(dir, value);
  if (is_regular_file(path)) {
    return report_once(load_file(path));
  }
  const auto& index = folder(dir);
  auto it = index.find(value);
  if (it != index.end() && it->second.size() > 1) {
    CaseRubric out;
    out.lookup.status = LookupStatus::ambiguous;
    out.lookup.places = it->second;
    return out;
  }
  if (it != index.end()) {
    return report_once(load_file(it->second.front()));
  }
  CaseRubric out;
  out.lookup = m_shared->find(value);
  out.path = out.lookup.rubric ? out.lookup.rubric->path : value;
  return report_once(std::move(out));
}

std::vector<std::string> CaseRubrics::ids_near(const std::string& test_path, TestOrigin origin) {
  if (origin == TestOrigin::builtin) {
    return m_builtins.ids();
  }
  std::vector<std::string> ids;
  for (const auto& [id, paths] : folder(directory_of(test_path))) {
    ids.push_back(id);
  }
  for (const std::string& id : m_shared->ids()) {
    ids.push_back(id);
  }
  return ids;
}

}  // namespace cepin::run
