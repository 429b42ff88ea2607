#include "util/output_file.hpp"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace cepin::util {

std::unique_ptr<OutputFile> OutputFile::open(const std::string& path, std::string& error) {
  std::unique_ptr<OutputFile> out(new OutputFile());
  out->m_target = path;
  if (path == "-") {
    out->m_fd = STDOUT_FILENO;
    return out;
  }
  struct stat st {};
  bool exists = ::stat(path.c_str(), &st) == 0;
  std::string target = path;
  char real[PATH_MAX];
  if (exists && S_ISREG(st.st_mode) && ::realpath(path.c_str(), real) != nullptr) {
    target = real;  // write through a symlink, not over it
    out->m_target = target;
  }
  if (exists && !S_ISREG(st.st_mode)) {
    out->m_fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (out->m_fd < 0) {
      error = std::strerror(errno);
      return nullptr;
    }
    out->m_owns_fd = true;
    return out;
  }
  std::string dir = ".";
  auto slash = target.rfind('/');
  if (slash != std::string::npos) {
    dir = slash == 0 ? "/" : target.substr(0, slash);
  }
  std::string pattern = dir + "/.cepin-output-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  out->m_fd = ::mkstemp(name.data());
  if (out->m_fd < 0) {
    error = std::strerror(errno);
    return nullptr;
  }
  out->m_owns_fd = true;
  out->m_temp = name.data();
  ::fchmod(out->m_fd, exists ? (st.st_mode & 07777) : 0644);
  return out;
}

OutputFile::~OutputFile() {
  if (!m_done) {
    abort();
  }
}

bool OutputFile::write(std::string_view text) {
  if (m_error) {
    return false;
  }
  while (!text.empty()) {
    ssize_t n = ::write(m_fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      m_error = std::strerror(errno);
      return false;
    }
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

std::optional<std::string> OutputFile::commit() {
  m_done = true;
  if (m_error) {
    abort();
    return m_error;
  }
  if (!m_temp.empty() && ::fsync(m_fd) != 0) {
    m_error = std::strerror(errno);
    abort();
    return m_error;
  }
  if (m_owns_fd && ::close(m_fd) != 0) {
    m_fd = -1;
    std::string error = std::strerror(errno);
    if (!m_temp.empty()) {
      ::unlink(m_temp.c_str());
    }
    return error;
  }
  m_fd = -1;
  if (!m_temp.empty() && ::rename(m_temp.c_str(), m_target.c_str()) != 0) {
    std::string error = std::strerror(errno);
    ::unlink(m_temp.c_str());
    return error;
  }
  return std::nullopt;
}

void OutputFile::abort() {
  m_done = true;
  if (m_owns_fd && m_fd >= 0) {
    ::close(m_fd);
  }
  m_fd = -1;
  if (!m_temp.empty()) {
    ::unlink(m_temp.c_str());
    m_temp.clear();
  }
}

}  // namespace cepin::util
