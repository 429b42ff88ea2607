#include "run/walk.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

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

std::string joined(const std::string& dir, const std::string& name) {
  return util::ends_with(dir, "/") ? dir + name : dir + "/" + name;
}

}  // namespace

// One name in a folder. `key` orders the walk: a readable folder's name
// with `/` appended, so that its files fall where their whole paths sort
// ("a-b/x" < "a.yaml" < "a/x"); anything else (an unreadable folder too,
// reported under its own path) its name.
struct InputWalk::Entry {
  std::string key;
  bool folder = false;
  unsigned char type = DT_UNKNOWN;  // readdir's d_type

  std::string name() const { return folder && util::ends_with(key, "/") ? key.substr(0, key.size() - 1) : key; }
};

// An open folder: its entries in walk order and the next one to take.
struct InputWalk::Folder {
  std::string dir;
  std::vector<Entry> entries;
  std::size_t next = 0;
};

InputWalk::InputWalk(std::vector<std::string> paths, FileKind stdin_kind, SavedResults saved)
    : m_paths(std::move(paths)), m_stdin_kind(stdin_kind), m_saved(saved) {}

InputWalk::InputWalk(std::shared_ptr<const std::vector<Input>> inputs) : m_list(std::move(inputs)) {}

InputWalk::~InputWalk() = default;
InputWalk::InputWalk(InputWalk&&) noexcept = default;
InputWalk& InputWalk::operator=(InputWalk&&) noexcept = default;

bool InputWalk::open(const std::string& dir, diag::Diagnostic& failure) {
  DIR* handle = ::opendir(dir.c_str());
  if (handle == nullptr) {
    failure = problem(dir, "unreadable-folder", std::string("cannot read this folder: ") + std::strerror(errno));
    return false;
  }
  Folder folder;
  folder.dir = dir;
  while (dirent* found = ::readdir(handle)) {
    if (found->d_name[0] == '.') {
      continue;
    }
    Entry entry;
    entry.key = found->d_name;
    entry.type = found->d_type;
    if (entry.type == DT_DIR) {
      entry.folder = true;
    } else if (entry.type == DT_UNKNOWN) {
      struct stat st {};
      entry.folder = ::lstat(joined(dir, entry.key).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    }
    if (entry.folder && ::access(joined(dir, entry.key).c_str(), R_OK | X_OK) == 0) {
      entry.key += '/';
    }
    folder.entries.push_back(std::move(entry));
  }
  ::closedir(handle);
  std::sort(folder.entries.begin(), folder.entries.end(),
            [](const Entry& a, const Entry& b) { return a.key < b.key; });
  m_folders.push_back(std::move(folder));
  return true;
}

std::optional<Input> InputWalk::take_entry(const std::string& dir, const Entry& entry, bool csv_beside) {
  const std::string name = entry.name();
  const std::string path = joined(dir, name);
  if (entry.folder) {
    diag::Diagnostic failure;
    if (!open(path, failure)) {
      Input input;
      input.path = path;
      input.origin = Origin::found;
      input.problem = std::make_shared<const diag::Diagnostic>(std::move(failure));
      return input;
    }
    return std::nullopt;
  }
  if (entry.type != DT_REG) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      return std::nullopt;
    }
    if (S_ISLNK(st.st_mode) && ::stat(path.c_str(), &st) != 0) {
      return std::nullopt;  // a dangling link
    }
    // Only regular files (a FIFO or device found in a folder would block);
    // a symlink to a directory is not followed.
    if (!S_ISREG(st.st_mode)) {
      return std::nullopt;
    }
  }
  FileKind kind = kind_of(path);
  if (kind == FileKind::other || (kind == FileKind::results && m_saved == SavedResults::ignore)) {
    return std::nullopt;
  }
  Input input;
  input.path = path;
  input.kind = kind;
  input.origin = Origin::found;
  if (kind == FileKind::text) {
    if (!starts_with_utf16_bom(path)) {
      return std::nullopt;  // a plain text file: notes, a README
    }
    input.kind = FileKind::tsv;
    input.notice = utf16_text_note(path);
  } else if (kind == FileKind::workbook) {
    if (in_evidence_folder(path)) {
      return std::nullopt;
    }
    input.kind = FileKind::skipped;
    const std::string sibling = csv_sibling(name);
    input.notice = csv_beside ? notice(path, diag::Severity::note, "workbook",
                                   fmt::format("skipped: a spreadsheet workbook; the CSV beside it ({}) is read", sibling))
                          : notice(path, diag::Severity::warning, "workbook",
                                   "skipped: a spreadsheet workbook, which cepin cannot read; save it as CSV "
                                   "(CSV UTF-8) to score it");
  }
  return input;
}

std::optional<Input> InputWalk::next_in_folder() {
  while (!m_folders.empty()) {
    Folder& folder = m_folders.back();
    if (folder.next == folder.entries.size()) {
      m_folders.pop_back();
      continue;
    }
    // take_entry may open a folder (m_folders grows): it gets copies.
    const Entry entry = folder.entries[folder.next++];
    const std::string dir = folder.dir;
    bool csv_beside = false;
    if (!entry.folder && kind_of(entry.key) == FileKind::workbook) {
      const std::string sibling = csv_sibling(entry.key);
      csv_beside = std::any_of(folder.entries.begin(), folder.entries.end(),
                               [&](const Entry& other) { return other.name() == sibling; });
    }
    if (std::optional<Input> input = take_entry(dir, entry, csv_beside)) {
      m_found_any = m_found_any || input->kind != FileKind::skipped || input->problem;
      return input;
    }
  }
  return std::nullopt;
}

std::optional<Input> InputWalk::take_named(std::size_t argument) {
  const std::string& path = m_paths[argument];
  Input input;
  input.path = path;
  if (path == "-") {
    input.kind = m_stdin_kind;
    return input;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    input.problem = std::make_shared<const diag::Diagnostic>(problem(path, "input-not-found",
                            errno == ENOENT ? "no such file or folder" : std::string("cannot read: ") + std::strerror(errno)));
    return input;
  }
  if (S_ISDIR(st.st_mode)) {
    std::string dir = path.size() > 1 && util::ends_with(path, "/") ? path.substr(0, path.size() - 1) : path;
    diag::Diagnostic failure;
    if (!open(dir, failure)) {
      input.path = dir;
      input.problem = std::make_shared<const diag::Diagnostic>(std::move(failure));
      return input;
    }
    m_named_folder = dir;
    m_found_any = false;
    return std::nullopt;
  }
  FileKind kind = kind_of(path);
  bool yaml = kind == FileKind::other || (kind == FileKind::results && m_saved == SavedResults::ignore);
  input.kind = yaml ? FileKind::yaml : kind;
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
  return input;
}

std::optional<Input> InputWalk::next() {
  if (m_list) {
    if (m_next_listed == m_list->size()) {
      return std::nullopt;
    }
    return (*m_list)[m_next_listed++];
  }
  for (;;) {
    if (!m_named_folder.empty()) {
      if (std::optional<Input> found = next_in_folder()) {
        found->argument = m_next_argument - 1;
        return found;
      }
      std::string dir = std::move(m_named_folder);
      m_named_folder.clear();
      if (!m_found_any) {
        Input input;
        input.path = dir;
        input.kind = FileKind::skipped;
        input.argument = m_next_argument - 1;
        auto empty = std::make_shared<diag::Diagnostic>(
            problem(dir, "no-inputs", "this folder holds no assessment (no .yaml, .yml, .csv or .tsv file)"));
        empty->hint = "name the folder that holds the assessments; a workbook must be saved as CSV first";
        input.problem = std::move(empty);
        return input;
      }
    }
    if (m_next_argument == m_paths.size()) {
      return std::nullopt;
    }
    const std::size_t argument = m_next_argument++;
    if (std::optional<Input> input = take_named(argument)) {
      input->argument = argument;
      return input;
    }
  }
}

}  // namespace cepin::run
