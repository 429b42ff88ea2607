#include "yaml/peek.hpp"

namespace cepin::yaml {

namespace {

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-' || c == '@' || c == '/';  // `/`: a schema (`cepin/rubric/1`)
}

// The plain or quoted id-like value of `rest` (what follows `key:`), when
// nothing but spaces and a comment follows it; nothing otherwise.
std::optional<std::string> simple_value(std::string_view rest) {
  std::size_t i = 0;
  auto skip_blanks = [&] {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) {
      ++i;
    }
  };
  skip_blanks();
  char quote = i < rest.size() && (rest[i] == '"' || rest[i] == '\'') ? rest[i] : '\0';
  if (quote != '\0') {
    ++i;
  }
  std::size_t start = i;
  while (i < rest.size() && is_id_char(rest[i])) {
    ++i;
  }
  std::string value(rest.substr(start, i - start));
  if (value.empty()) {
    return std::nullopt;
  }
  if (quote != '\0') {
    if (i >= rest.size() || rest[i] != quote) {
      return std::nullopt;
    }
    ++i;
  }
  std::size_t before_blanks = i;
  skip_blanks();
  if (i < rest.size() && rest[i] == '\r') {
    ++i;
  }
  bool comment = i < rest.size() && rest[i] == '#' && i > before_blanks;
  if (i < rest.size() && !comment) {
    return std::nullopt;
  }
  return value;
}

}  // namespace

std::optional<std::string> top_level_scalar(std::string_view text, std::string_view key) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view line = text.substr(pos, end - pos);
    if (line.size() > key.size() && line.compare(0, key.size(), key) == 0 && line[key.size()] == ':') {
      std::string_view rest = line.substr(key.size() + 1);
      if (!rest.empty() && rest[0] != ' ' && rest[0] != '\t' && rest[0] != '\r') {
        return std::nullopt;  // `id:x` is not a key
      }
      return simple_value(rest);
    }
    pos = end + 1;
  }
  return std::nullopt;
}

}  // namespace cepin::yaml
