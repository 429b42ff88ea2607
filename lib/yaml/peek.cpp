#include "yaml/peek.hpp"

namespace cepin::yaml {

std::optional<std::string> top_level_scalar(std::string_view text, std::string_view key) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(pos, end - pos);
    if (line.size() > key.size() && line.compare(0, key.size(), key) == 0 && line[key.size()] == ':') {
      std::string_view value = line.substr(key.size() + 1);
      value = value.substr(0, value.find(" #"));
      auto is_edge = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '"' || c == '\''; };
      while (!value.empty() && is_edge(value.front())) {
        value.remove_prefix(1);
      }
      while (!value.empty() && is_edge(value.back())) {
        value.remove_suffix(1);
      }
      return std::string(value);
    }
    pos = end + 1;
  }
  return std::nullopt;
}

}  // namespace cepin::yaml
