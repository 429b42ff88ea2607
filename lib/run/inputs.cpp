#include "run/inputs.hpp"

#include <sys/stat.h>

#include "run/walk.hpp"
#include "util/text.hpp"

namespace cepin::run {

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
  if (util::ends_with(name, ".json") || util::ends_with(name, ".jsonl")) {
    return FileKind::results;
  }
  return FileKind::other;
}

std::vector<Input> collect_inputs(const std::vector<std::string>& paths, FileKind stdin_kind, SavedResults saved) {
  std::vector<Input> out;
  InputWalk walk(paths, stdin_kind, saved);
  while (std::optional<Input> input = walk.next()) {
    out.push_back(std::move(*input));
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
  struct stat target {};
  if (::stat(output.c_str(), &target) != 0 || !S_ISREG(target.st_mode)) {
    return false;  // not there yet, or a device such as /dev/null: no input file is it
  }
  InputWalk walk(paths, FileKind::yaml, SavedResults::ignore);
  while (std::optional<Input> input = walk.next()) {
    struct stat found {};
    if (!input->problem && input->path != "-" && input->kind != FileKind::skipped &&
        ::stat(input->path.c_str(), &found) == 0 && found.st_dev == target.st_dev &&
        found.st_ino == target.st_ino) {
      return true;
    }
  }
  return false;
}

}  // namespace cepin::run
