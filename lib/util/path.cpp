#include "util/path.hpp"

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace cepin::util {

namespace {

bool is_separator(char c) {
  return c == '/' || c == '\\';
}

bool is_ascii_letter(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

bool is_absolute_path(std::string_view path) {
  if (!path.empty() && is_separator(path.front())) {
    return true;
  }
  return path.size() >= 2 && path[1] == ':' && is_ascii_letter(path[0]);
}

std::optional<std::string> normalize_relative_path(std::string_view path) {
  if (is_absolute_path(path)) {
    return std::nullopt;
  }
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i < path.size() && !is_separator(path[i])) {
      continue;
    }
    std::string_view segment = path.substr(start, i - start);
    start = i + 1;
    if (segment.empty() || segment == ".") {
      continue;
    }
    if (segment == "..") {
      if (segments.empty()) {
        return std::nullopt;
      }
      segments.pop_back();
      continue;
    }
    segments.push_back(segment);
  }
  std::string out;
  for (std::string_view segment : segments) {
    out += out.empty() ? "" : "/";
    out += segment;
  }
  return out;
}

std::optional<std::string> real_path(const std::string& path) {
  char* resolved = ::realpath(path.c_str(), nullptr);
  if (resolved == nullptr) {
    return std::nullopt;
  }
  std::string out(resolved);
  std::free(resolved);
  return out;
}

bool real_path_inside(const std::string& root, const std::string& candidate) {
  if (candidate == root) {
    return true;
  }
  std::string prefix = root == "/" ? root : root + "/";
  return candidate.compare(0, prefix.size(), prefix) == 0;
}

std::string join_path(std::string_view dir, std::string_view path) {
  std::filesystem::path joined(std::string{path});
  if (!is_absolute_path(path) && !dir.empty() && dir != ".") {
    joined = std::filesystem::path(std::string{dir}) / joined;
  }
  std::string out = joined.lexically_normal().generic_string();
  if (out.size() > 1 && out.back() == '/') {
    out.pop_back();
  }
  return out.empty() ? "." : out;
}

}  // namespace cepin::util
