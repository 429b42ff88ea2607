// The progress line on stderr for long runs.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace cepin::run {

// Whether a progress line is drawn on stderr.
enum class Progress { automatic, always, never };

// A single updating line (`\r`) with done/total, rate and elapsed time. Drawn
// when forced (`always`), or, by default, when stderr is a terminal and the
// run is long (≥ 50 items or more than a second); never with `never`.
class ProgressLine {
 public:
  ProgressLine(Progress mode, bool stderr_is_terminal, std::size_t total, std::function<void(const std::string&)> write);
  // Redraws the line for `done` finished items (at most every 100 ms).
  void update(std::size_t done);
  // Clears the line, if one was drawn; the next update() draws it again.
  void clear();
  // Clears the line for good.
  void finish();

 private:
  bool m_enabled;
  bool m_forced;
  std::size_t m_total;
  std::function<void(const std::string&)> m_write;
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_last;
  bool m_drawn = false;
};

}  // namespace cepin::run
