// Writing a report to a file whole or not at all.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace cepin::util {

// An output destination. A regular or new file is written to a temporary file
// in the same folder and renamed over the target on commit(), so readers never
// see a partial report; anything else (/dev/null, a pipe, "-" for stdout) is
// written directly. Destroyed without commit(), the temporary file is removed.
class OutputFile {
 public:
  // Opens the destination; on failure returns null and sets `error`.
  static std::unique_ptr<OutputFile> open(const std::string& path, std::string& error);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Appends text; returns false (and remembers the reason) on a write error.
  bool write(std::string_view text);
  // Finishes: flushes and renames into place. Returns an error message on failure.
  std::optional<std::string> commit();
  // Gives up: removes the temporary file (nothing is left at the target).
  void abort();
  // The first write error, if any.
  const std::optional<std::string>& error() const { return m_error; }

 private:
  OutputFile() = default;
  int m_fd = -1;
  bool m_owns_fd = false;
  std::string m_target;
  std::string m_temp;  // empty when writing directly
  std::optional<std::string> m_error;
  bool m_done = false;
};

}  // namespace cepin::util
