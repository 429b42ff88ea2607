#include "scoring/evidence.hpp"

#include <sys/stat.h>

#include <optional>

#include "util/path.hpp"

namespace cepin::scoring {

namespace {

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char to_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool starts_with_ignoring_case(const std::string& text, const char* prefix) {
  std::size_t i = 0;
  for (; prefix[i] != '\0'; ++i) {
    if (i >= text.size() || to_lower(text[i]) != prefix[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string evidence_extension(const std::string& item) {
  // Back from the end over the letters and digits: the extension, if the
  // character before them is a dot with something of the segment before it.
  constexpr std::size_t k_longest = 10;
  const std::size_t end = item.size();
  std::size_t start = end;
  bool has_letter = false;
  while (start > 0 && end - start <= k_longest && is_ascii_alnum(item[start - 1])) {
    has_letter = has_letter || is_ascii_alpha(item[start - 1]);
    --start;
  }
  if (start == end || end - start > k_longest || !has_letter || start < 2 || item[start - 1] != '.') {
    return "";
  }
  const char before_dot = item[start - 2];
  if (before_dot == '/' || before_dot == '\\') {
    return "";  // `.bashrc`: the dot starts the segment
  }
  std::string out(item, start);
  for (char& c : out) {
    c = to_lower(c);
  }
  return out;
}

EvidenceText classify_evidence(const std::string& item) {
  EvidenceText out;
  if (starts_with_ignoring_case(item, "http://") || starts_with_ignoring_case(item, "https://")) {
    out.kind = EvidenceText::Kind::link;
    return out;
  }
  const bool has_separator =
      item.find('/') != std::string::npos || item.find('\\') != std::string::npos;
  if (!has_separator && evidence_extension(item).empty()) {
    out.kind = EvidenceText::Kind::named;
    return out;
  }
  out.kind = EvidenceText::Kind::path;
  std::optional<std::string> normalized = util::normalize_relative_path(item);
  if (!normalized) {
    out.inside = false;
    return out;
  }
  out.normalized = std::move(*normalized);
  return out;
}

EvidenceStatus FileEvidenceChecker::check(const std::string& root, const std::string& item) const {
  const EvidenceText text = classify_evidence(item);
  if (text.kind == EvidenceText::Kind::link) {
    return EvidenceStatus::link;
  }
  if (text.kind == EvidenceText::Kind::named) {
    return EvidenceStatus::named;
  }
  if (!text.inside) {
    return EvidenceStatus::outside_root;
  }
  if (text.normalized.empty()) {
    return EvidenceStatus::not_found;  // the root itself is not an item inside it
  }
  const std::string base = root.empty() ? std::string(".") : root;
  const std::string full = base + "/" + text.normalized;
  struct stat info {};
  if (::lstat(full.c_str(), &info) != 0) {
    return EvidenceStatus::not_found;
  }
  const std::optional<std::string> real = util::real_path(full);
  const std::optional<std::string> real_root = util::real_path(base);
  if (!real || !real_root) {
    return EvidenceStatus::not_found;  // a dangling symlink, or no root
  }
  if (*real == *real_root || !util::real_path_inside(*real_root, *real)) {
    return EvidenceStatus::outside_root;
  }
  return EvidenceStatus::found;
}

}  // namespace cepin::scoring
