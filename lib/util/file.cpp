#include "util/file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace cepin::util {

namespace {

ReadResult read_fd(int fd, std::size_t limit) {
  ReadResult result;
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
  result = read_fd(fd, limit);
  ::close(fd);
  return result;
}

std::optional<std::string> write_file_atomically(const std::string& path, const std::string& content) {
  struct stat st {};
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    FILE* out = std::fopen(path.c_str(), "wb");
    if (out == nullptr) {
      return std::string(std::strerror(errno));
    }
    std::size_t written = std::fwrite(content.data(), 1, content.size(), out);
    bool ok = written == content.size() && std::fclose(out) == 0;
    return ok ? std::nullopt : std::optional<std::string>(std::strerror(errno));
  }
  std::string dir = ".";
  auto slash = path.rfind('/');
  if (slash != std::string::npos) {
    dir = slash == 0 ? "/" : path.substr(0, slash);
  }
  std::string tmp = dir + "/.cepin-XXXXXX";
  std::vector<char> name(tmp.begin(), tmp.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    return std::string(std::strerror(errno));
  }
  ::fchmod(fd, exists ? (st.st_mode & 07777) : 0644);
  std::size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      std::string error = std::strerror(errno);
      ::close(fd);
      ::unlink(name.data());
      return error;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0 || ::rename(name.data(), path.c_str()) != 0) {
    std::string error = std::strerror(errno);
    ::unlink(name.data());
    return error;
  }
  return std::nullopt;
}

bool strip_utf8_bom(std::string& text) {
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    text.erase(0, 3);
    return true;
  }
  return false;
}

}  // namespace cepin::util
