#include "util/file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>


namespace cepin::util {

namespace {

// Reads `fd` to its end; `expected`: its size when known (a regular file), so
// that the text is allocated once.
ReadResult read_fd(int fd, std::size_t limit, std::size_t expected = 0) {
  ReadResult result;
  result.bytes.reserve(expected);
  char buffer[65536];
  for (;;) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      result.error = ReadError::unreadable;
      result.message = std::strerror(errno);
      return result;
    }
    if (n == 0) {
      return result;
    }
    if (result.bytes.size() + static_cast<std::size_t>(n) > limit) {
      result.bytes.clear();
      result.error = ReadError::too_large;
      result.message = "larger than 16 MiB";
      return result;
    }
    result.bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

}  // namespace

ReadResult read_file(const std::string& path, std::size_t limit) {
  if (path == "-") {
    return read_fd(STDIN_FILENO, limit);
  }
  ReadResult result;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    result.error = errno == ENOENT ? ReadError::not_found : ReadError::unreadable;
    result.message = std::strerror(errno);
    return result;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      ::close(fd);
      result.error = ReadError::not_a_file;
      result.message = "is a directory";
      return result;
    }
    if (S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) > limit) {
      ::close(fd);
      result.error = ReadError::too_large;
      result.message = "larger than 16 MiB";
      return result;
    }
  }
  const bool regular = S_ISREG(st.st_mode);
  result = read_fd(fd, limit, regular ? static_cast<std::size_t>(st.st_size) : 0);
  ::close(fd);
  return result;
}

bool strip_utf8_bom(std::string& text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text.erase(0, 3);
    return true;
  }
  return false;
}

}  // namespace cepin::util
