#include "run/inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

#include <fmt/format.h>

#include "util/path.hpp"
#include "util/text.hpp"

namespace cepin::run {

namespace {

diag::Diagnostic problem(const std::string& path, std::string code, std::string message) {
  return diag::file_diagnostic(path, diag::Severity::error, std::move(code), std::move(message));
}

// Whether the file's first bytes are a UTF-16 byte order mark (FF FE or FE FF).
bool starts_with_utf16_bom(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    return false;
  }
  unsigned char bom[2] = {0, 0};
  std::size_t n = std::fread(bom, 1, 2, file);
  std::fclose(file);
  return n == 2 && ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF));
}

std::shared_ptr<const diag::Diagnostic> notice(const std::string& path, diag::Severity severity, std::string code,
                                               std::string message) {
  return std::make_shared<const diag::Diagnostic>(
      diag::file_diagnostic(path, severity, std::move(code), std::move(message)));
}

// The note of a .txt read as TSV.
std::shared_ptr<const diag::Diagnostic> utf16_text_note(const std::string& path) {
  auto d = std::make_shared<diag::Diagnostic>(diag::file_diagnostic(
      path, diag::Severity::note, "utf16-text",
      "a UTF-16 text file (Excel's \"Unicode text\"): read as a tab-separated sheet"));
  d->hint = "save sheets as CSV UTF-8 to skip this guess";
  return d;
}

// Whether a path lies in an evidence folder, where workbooks are evidence.
bool in_evidence_folder(const std::string& path) {
  std::size_t start = 0;
  while (start < path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) {
      return false;  // the last component is the file itself
    }
    std::string component = util::ascii_lower(path.substr(start, slash - start));
    if (component == "evidence" || component == "佐证材料") {
      return true;
    }
    start = slash + 1;
  }
  return false;
}

// The name of `name` with its extension replaced by `.csv`, or "" without one.
std::string csv_sibling(const std::string& name) {
  std::size_t dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(0, dot) + ".csv";
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
    if (kind == FileKind::text) {
      if (!starts_with_utf16_bom(path)) {
        continue;  // a plain text file: notes, a README
      }
      input.kind = FileKind::tsv;
      input.notice = utf16_text_note(path);
    } else if (kind == FileKind::workbook) {
      if (in_evidence_folder(path)) {
        continue;
      }
      input.kind = FileKind::skipped;
      std::string sibling = csv_sibling(name);
      bool beside = std::find(names.begin(), names.end(), sibling) != names.end();
      input.notice = beside ? notice(path, diag::Severity::note, "workbook",
                                     fmt::format("skipped: a spreadsheet workbook; the CSV beside it ({}) is read", sibling))
                            : notice(path, diag::Severity::warning, "workbook",
                                     "skipped: a spreadsheet workbook, which cepin cannot read; save it as CSV "
                                     "(CSV UTF-8) to score it");
    }
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
  if (util::ends_with(name, ".xlsx") || util::ends_with(name, ".xls") || util::ends_with(name, ".et")) {
    return FileKind::workbook;
  }
  if (util::ends_with(name, ".txt")) {
    return FileKind::text;
  }
  return FileKind::other;
}

namespace {

void collect_one(const std::string& path, FileKind stdin_kind, std::vector<Input>& out) {
  if (path == "-") {
    Input input;
    input.path = "-";
    input.kind = stdin_kind;
    out.push_back(std::move(input));
    return;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    Input input;
    input.path = path;
    input.problem = std::make_shared<const diag::Diagnostic>(problem(path, "input-not-found",
                            errno == ENOENT ? "no such file or folder" : std::string("cannot read: ") + std::strerror(errno)));
    out.push_back(std::move(input));
    return;
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
    bool any = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                           [](const Input& input) { return input.kind != FileKind::skipped || input.problem; });
    if (!any) {
      Input input;
      input.path = dir;
      input.kind = FileKind::skipped;
      auto empty = std::make_shared<diag::Diagnostic>(
          problem(dir, "no-inputs", "this folder holds no assessment (no .yaml, .yml, .csv or .tsv file)"));
      empty->hint = "name the folder that holds the assessments; a workbook must be saved as CSV first";
      input.problem = std::move(empty);
      out.push_back(std::move(input));
    }
    return;
  }
  Input input;
  input.path = path;
  FileKind kind = kind_of(path);
  input.kind = kind == FileKind::other ? FileKind::yaml : kind;
  if (kind == FileKind::workbook) {
    auto workbook = std::make_shared<diag::Diagnostic>(problem(
        path, "workbook", "a spreadsheet workbook, which cepin cannot read"));
    workbook->hint = "save it as CSV (in Excel or WPS: Save As, CSV UTF-8) and score the .csv file";
    input.problem = std::move(workbook);
  } else if (kind == FileKind::text) {
    input.kind = FileKind::yaml;
    if (starts_with_utf16_bom(path)) {
      input.kind = FileKind::tsv;
      input.notice = utf16_text_note(path);
    }
  }
  out.push_back(std::move(input));
}

}  // namespace

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, FileKind stdin_kind) {
  std::vector<Input> out;
  for (std::size_t argument = 0; argument < paths.size(); ++argument) {
    const std::string& path = paths[argument];
    std::size_t first = out.size();
    collect_one(path, stdin_kind, out);
    for (std::size_t i = first; i < out.size(); ++i) {
      out[i].argument = argument;
    }
  }
  return out;
}

bool problem_is_usage(const Input& input) {
  return input.origin == Origin::named && input.problem &&
         (input.problem->code == "input-not-found" || input.problem->code == "unreadable-folder" ||
          input.problem->code == "input-unreadable");
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
    if (!input.problem && input.path != "-" && input.kind != FileKind::skipped &&
        util::real_path(input.path) == target) {
      return true;
    }
  }
  return false;
}

}  // namespace cepin::run
