#include "assessment/relative_path.hpp"

#include <vector>

namespace cepin::assessment {

std::optional<std::string> normalize_relative_path(std::string_view path) {
  if (!path.empty() && (path.front() == '/' || path.front() == '\\')) {
    return std::nullopt;
  }
  bool drive = path.size() >= 2 && path[1] == ':' &&
               ((path[0] >= 'A' && path[0] <= 'Z') || (path[0] >= 'a' && path[0] <= 'z'));
  if (drive) {
    return std::nullopt;
  }
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '/' && path[i] != '\\') {
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

}  // namespace cepin::assessment
