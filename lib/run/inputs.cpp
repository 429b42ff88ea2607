#include "run/inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

#include "util/path.hpp"
#include "util/text.hpp"

namespace cepin::run {

namespace {

diag::Diagnostic problem(const std::string& path, std::string code, std::string message) {
  return diag::file_diagnostic(path, diag::Severity::error, std::move(code), std::move(message));
}

void walk(const std::string& dir, std::vector<Input>& out) {
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) {
    Input input;
    input.path = dir;
    input.origin = Origin::found;
    input.problem = std::make_shared<const diag::Diagnostic>(
        problem(dir, "unreadable-folder", std::string("cannot read this folder: ") + std::strerror(errno)));
    out.push_back(std::move(input));
    return;
  }
  std::vector<std::string> names;
  while (dirent* entry = ::readdir(handle)) {
    if (entry->d_name[0] != '.') {
      names.emplace_back(entry->d_name);
    }
  }
  ::closedir(handle);
  for (const std::string& name : names) {
    std::string path = util::ends_with(dir, "/") ? dir + name : dir + "/" + name;
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      walk(path, out);
      continue;
    }
    if (S_ISLNK(st.st_mode) && ::stat(path.c_str(), &st) != 0) {
      continue;  // a dangling link
    }
    // Only regular files (a FIFO or device found in a folder would block);
    // a symlink to a directory is not followed.
    FileKind kind = kind_of(path);
    if (!S_ISREG(st.st_mode) || kind == FileKind::other) {
      continue;
    }
    Input input;
    input.path = path;
    input.kind = kind;
    input.origin = Origin::found;
    out.push_back(std::move(input));
  }
}

}  // namespace

FileKind kind_of(const std::string& path) {
  std::string name = util::ascii_lower(path);
  if (util::ends_with(name, ".yaml") || util::ends_with(name, ".yml")) {
    return FileKind::yaml;
  }
  if (util::ends_with(name, ".csv")) {
    return FileKind::csv;
  }
  if (util::ends_with(name, ".tsv")) {
    return FileKind::tsv;
  }
  return FileKind::other;
}

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, FileKind stdin_kind) {
  std::vector<Input> out;
  for (const std::string& path : paths) {
    if (path == "-") {
      Input input;
      input.path = "-";
      input.kind = stdin_kind;
      out.push_back(std::move(input));
      continue;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      Input input;
      input.path = path;
      input.problem = std::make_shared<const diag::Diagnostic>(problem(path, "input-not-found",
                              errno == ENOENT ? "no such file or folder" : std::string("cannot read: ") + std::strerror(errno)));
      out.push_back(std::move(input));
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      std::string dir = path.size() > 1 && util::ends_with(path, "/") ? path.substr(0, path.size() - 1) : path;
      std::size_t before = out.size();
      walk(dir, out);
      // Bytewise order of the whole paths ("a-b/x" < "a.yaml" < "a/x").
      std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                [](const Input& a, const Input& b) { return a.path < b.path; });
      if (before < out.size() && out[before].problem && out[before].path == dir) {
        out[before].origin = Origin::named;
      }
      continue;
    }
    Input input;
    input.path = path;
    FileKind kind = kind_of(path);
    input.kind = kind == FileKind::other ? FileKind::yaml : kind;
    out.push_back(std::move(input));
  }
  return out;
}

namespace {

// How to get past a read failure, by its kind.
std::string read_failure_hint(util::ReadError error) {
  switch (error) {
    case util::ReadError::too_large:
      return "split the file: cepin reads at most 16 MiB per input";
    case util::ReadError::not_found:
      return "the file went away while cepin ran; run again once it is back";
    case util::ReadError::not_a_file:
      return "name a YAML or CSV file, or the folder that holds them";
    default:
      return "make the file readable (ls -l shows its owner and mode; chmod a+r FILE), or move it out of the batch";
  }
}

}  // namespace

diag::Diagnostic read_failure(const Input& input, const util::ReadResult& read, bool& usage) {
  bool too_large = read.error == util::ReadError::too_large;
  usage = usage || (input.origin == Origin::named && !too_large);
  diag::Diagnostic d = diag::file_diagnostic(input.path, diag::Severity::error,
                                             too_large ? "file-too-large" : "input-unreadable",
                                             "cannot read this input: " + read.message);
  d.hint = read_failure_hint(read.error);
  return d;
}

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) {
    return ".";
  }
  return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace cepin::run

namespace cepin::run {

bool output_is_input(const std::string& output, const std::vector<std::string>& paths) {
  std::optional<std::string> target = util::real_path(output);
  if (!target) {
    return false;
  }
  for (const Input& input : collect_inputs(paths)) {
    if (!input.problem && input.path != "-" && util::real_path(input.path) == target) {
      return true;
    }
  }
  return false;
}

}  // namespace cepin::run
