#include "terminal.hpp"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include <fmt/format.h>

#include "run/exit_codes.hpp"
#include "util/output_file.hpp"

namespace cepin::cli {

diag::Color color_for(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  bool disabled = no_color != nullptr && no_color[0] != '\0';
  return !disabled && ::isatty(fd) ? diag::Color::yes : diag::Color::no;
}

void print_diagnostics(const std::vector<diag::Diagnostic>& diagnostics) {
  diag::Color color = color_for(STDERR_FILENO);
  std::string text;
  for (const diag::Diagnostic& d : diagnostics) {
    text += diag::render_text(d, color);
  }
  write_stderr(text);
}

void write_stdout(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

void write_stderr(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

int write_report(const std::string& path, const std::string& text, const std::string& command) {
  if (path.empty() || path == "-") {
    write_stdout(text);
    return run::k_exit_ok;
  }
  std::string error;
  std::unique_ptr<util::OutputFile> file = util::OutputFile::open(path, error);
  std::optional<std::string> failure;
  if (!file) {
    failure = error;
  } else if (!file->write(text)) {
    failure = file->error();
  } else {
    failure = file->commit();
  }
  if (failure) {
    write_stderr(fmt::format("cepin {}: cannot write {}: {}\n", command, path, *failure));
    return run::k_exit_usage;
  }
  return run::k_exit_ok;
}

}  // namespace cepin::cli
