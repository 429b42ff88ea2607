#include "run/progress.hpp"

#include <fmt/format.h>


namespace cepin::run {

ProgressLine::ProgressLine(Progress mode, bool stderr_is_terminal, std::size_t total,
                           std::function<void(const std::string&)> write)
    : m_enabled(mode == Progress::always || (mode == Progress::automatic && stderr_is_terminal)),
      m_forced(mode == Progress::always),
      m_total(total),
      m_write(std::move(write)),
      m_start(std::chrono::steady_clock::now()),
      m_last(m_start) {}

void ProgressLine::update(std::size_t done) {
  if (!m_enabled || !m_write) {
    return;
  }
  auto now = std::chrono::steady_clock::now();
  double elapsed = std::chrono::duration<double>(now - m_start).count();
  bool long_run = m_total >= 50 || elapsed > 1.0;
  if (!m_forced && !long_run) {
    return;
  }
  if (m_drawn && now - m_last < std::chrono::milliseconds(100) && done < m_total) {
    return;
  }
  m_last = now;
  double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0;
  int seconds = static_cast<int>(elapsed);
  m_write(fmt::format("\r\x1b[Kcepin: {}/{} scored, {:.0f}/s, {}:{:02}", done, m_total, rate, seconds / 60, seconds % 60));
  m_drawn = true;
}

void ProgressLine::clear() {
  if (m_drawn && m_write) {
    m_write("\r\x1b[K");
    m_drawn = false;
  }
}

void ProgressLine::finish() {
  if (m_drawn && m_write) {
    m_write("\r\x1b[K");
    m_drawn = false;
  }
}

}  // namespace cepin::run
