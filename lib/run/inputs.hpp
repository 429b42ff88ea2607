// Turning command-line paths into the list of input files (SPEC §5 "Folders").
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "util/file.hpp"

namespace cepin::run {

// What a file holds, by its extension (case-insensitive).
enum class FileKind { yaml, csv, tsv, results, other };

// The kind of `path`: .yaml/.yml, .csv, .tsv, .json/.jsonl (saved results), or other.
FileKind kind_of(const std::string& path);

// Whether the input was named on the command line or found in a folder.
enum class Origin { named, found };

// One input: a file, "-" for standard input, or a path that failed (its
// `problem` says why; it is reported in its place).
struct Input {
  std::string path;  // as given, or found under a folder (joined with `/`)
  FileKind kind = FileKind::yaml;
  Origin origin = Origin::named;
  std::shared_ptr<const diag::Diagnostic> problem;  // missing / unreadable (rare: kept small)
};

// Whether saved results (.json, .jsonl) are inputs too: for `compare` and
// `trend` (SPEC §9); `score` reads a named .json file as YAML and skips
// them in folders.
enum class SavedResults { ignore, take };

// Expands folders recursively in bytewise path order, without following
// directory symlinks, skipping dot-entries and files of other kinds; files
// named on the command line are always inputs (a name ending in .csv/.tsv
// is CSV/TSV, anything else YAML). `stdin_kind` is the kind of "-".
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, FileKind stdin_kind = FileKind::yaml,
                                  SavedResults saved = SavedResults::ignore);

// The diagnostic for an input that could not be read (file-too-large or
// input-unreadable), and whether that makes the run exit 2 (a named path that
// cannot be read; a file that is too large is a finding, exit 1).
diag::Diagnostic read_failure(const Input& input, const util::ReadResult& read, bool& usage);

// The directory part of a path ("." when there is none).
std::string directory_of(const std::string& path);

}  // namespace cepin::run

namespace cepin::run {

// Whether `output` names an existing file that is also one of the inputs
// (named, or found under a named folder), compared by real path.
bool output_is_input(const std::string& output, const std::vector<std::string>& paths);

}  // namespace cepin::run
