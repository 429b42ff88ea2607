#include "terminal.hpp"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

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

}  // namespace cepin::cli
