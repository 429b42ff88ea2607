// Turning command-line paths into the list of input files (SPEC §5 "Folders").
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "util/file.hpp"

namespace cepin::run {

// What a file holds, by its extension (case-insensitive): `workbook` is a
// spreadsheet workbook (.xlsx, .xls, .et) cepin cannot read, `text` a .txt
// (read as TSV when it starts with a UTF-16 byte order mark), `results` saved
// results (.json, .jsonl), `skipped` an entry that only carries a notice.
enum class FileKind { yaml, csv, tsv, workbook, text, results, other, skipped };

// The kind of `path`: .yaml/.yml, .csv, .tsv, .xlsx/.xls/.et, .txt, .json/.jsonl, or other.
FileKind kind_of(const std::string& path);

// Whether the input was named on the command line or found in a folder.
enum class Origin { named, found };

// One input: a file, "-" for standard input, or a path that failed (its
// `problem` says why; it is reported in its place).
struct Input {
  std::string path;  // as given, or found under a folder (joined with `/`)
  FileKind kind = FileKind::yaml;
  Origin origin = Origin::named;
  std::size_t argument = 0;  // the command-line path it comes from
  // Missing, unreadable, a workbook, a folder without inputs (rare: kept
  // small). A named missing or unreadable path makes the run exit 2; the
  // others (`workbook`, `no-inputs`) are findings (exit 1).
  std::shared_ptr<const diag::Diagnostic> problem;
  // A note or warning that goes with the input (a .txt read as TSV), or is
  // all there is of it (kind `skipped`: a workbook found in a folder).
  std::shared_ptr<const diag::Diagnostic> notice;
};

// Whether saved results (.json, .jsonl) are inputs too: for `compare` and
// `trend` (SPEC §9); `score` reads a named .json file as YAML and skips
// them in folders.
enum class SavedResults { ignore, take };

// Expands folders recursively in bytewise path order, without following
// directory symlinks, skipping dot-entries and files of other kinds; files
// named on the command line are always inputs (a name ending in .csv/.tsv
// is CSV/TSV, anything else YAML). Beyond that (SPEC §14 "Nothing silent"):
// a named folder with no input is a `no-inputs` problem; a named workbook a
// `workbook` problem, a found one a `workbook` warning (a note when a CSV of
// the same name sits beside it; none in a folder named `evidence` or 佐证材料,
// where workbooks are evidence); a .txt starting with a UTF-16 byte order
// mark is TSV with a `utf16-text` note. `stdin_kind` is the kind of "-".
// With `saved` take, .json and .jsonl files are saved results.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, FileKind stdin_kind = FileKind::yaml,
                                  SavedResults saved = SavedResults::ignore);

// The diagnostic for an input that could not be read (file-too-large or
// input-unreadable), and whether that makes the run exit 2 (a named path that
// cannot be read; a file that is too large is a finding, exit 1).
diag::Diagnostic read_failure(const Input& input, const util::ReadResult& read, bool& usage);

// Whether an input's problem makes the run exit 2 (a named path that is
// missing or unreadable) rather than 1.
bool problem_is_usage(const Input& input);

// The directory part of a path ("." when there is none).
std::string directory_of(const std::string& path);

}  // namespace cepin::run

namespace cepin::run {

// Whether `output` names an existing regular file that is also one of the
// inputs (named, or found under a named folder): the same file by device and
// inode, so a symlink or a hard link to an input counts. Only walks the
// inputs when the output exists.
bool output_is_input(const std::string& output, const std::vector<std::string>& paths);

}  // namespace cepin::run
