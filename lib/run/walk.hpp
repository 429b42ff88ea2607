// The inputs of command-line paths, one at a time (SPEC §5 "Folders"): a
// folder walk that holds one folder's names at a time, so memory does not
// grow with the number of inputs.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "run/inputs.hpp"

namespace cepin::run {

// Walks `paths` lazily into the inputs collect_inputs lists, in the same
// order: a named path in command-line order, a folder's files in bytewise
// order of the whole path, each folder's `no-inputs` problem after its
// (skipped) files. Or, built from a list, yields that list again.
class InputWalk {
 public:
  InputWalk(std::vector<std::string> paths, FileKind stdin_kind, SavedResults saved);
  explicit InputWalk(std::shared_ptr<const std::vector<Input>> inputs);
  ~InputWalk();
  InputWalk(InputWalk&&) noexcept;
  InputWalk& operator=(InputWalk&&) noexcept;

  // The next input, or nullopt after the last.
  std::optional<Input> next();

 private:
  struct Entry;
  struct Folder;
  std::optional<Input> next_in_folder();
  std::optional<Input> take_named(std::size_t argument);
  // The input of one folder entry (a file), or nullopt: a folder opened for
  // the walk, or a file of no input kind. `csv_beside`: a CSV of the same name is there.
  std::optional<Input> take_entry(const std::string& dir, const Entry& entry, bool csv_beside);
  // Opens `dir` for the walk; false when it cannot be read (`problem` says why).
  bool open(const std::string& dir, diag::Diagnostic& problem);

  std::vector<std::string> m_paths;
  FileKind m_stdin_kind = FileKind::yaml;
  SavedResults m_saved = SavedResults::ignore;
  std::size_t m_next_argument = 0;
  std::vector<Folder> m_folders;  // the open folders, innermost last
  std::string m_named_folder;     // the named folder being walked ("" when none)
  bool m_found_any = false;       // whether it gave an input yet
  std::shared_ptr<const std::vector<Input>> m_list;  // built from a list
  std::size_t m_next_listed = 0;
};

}  // namespace cepin::run
