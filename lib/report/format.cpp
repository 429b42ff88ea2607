#include "report/format.hpp"

#include "util/text.hpp"

namespace cepin::report {

namespace {

// Every format with its name and the file extension that selects it.
struct FormatName {
  Format format;
  const char* name;
  const char* extension;
};
constexpr FormatName k_formats[] = {
    {Format::text, "text", ".txt"},    {Format::json, "json", ".json"},   {Format::jsonl, "jsonl", ".jsonl"},
    {Format::csv, "csv", ".csv"},      {Format::md, "md", ".md"},         {Format::html, "html", ".html"},
    {Format::junit, "junit", ".xml"},  {Format::sarif, "sarif", ".sarif"}, {Format::github, "github", nullptr},
};

}  // namespace

const char* format_name(Format format) {
  for (const FormatName& known : k_formats) {
    if (known.format == format) {
      return known.name;
    }
  }
  return "text";
}

std::optional<Format> parse_format(std::string_view name) {
  for (const FormatName& known : k_formats) {
    if (name == known.name) {
      return known.format;
    }
  }
  return std::nullopt;
}

std::optional<Format> format_of_extension(std::string_view extension) {
  std::string lower = util::ascii_lower(extension);
  for (const FormatName& known : k_formats) {
    if (known.extension != nullptr && lower == known.extension) {
      return known.format;
    }
  }
  return std::nullopt;
}

std::vector<std::string> known_extensions() {
  std::vector<std::string> out;
  for (const FormatName& known : k_formats) {
    if (known.extension != nullptr) {
      out.emplace_back(known.extension);
    }
  }
  return out;
}

std::vector<std::string> format_names(const std::vector<Format>& formats) {
  std::vector<std::string> out;
  for (Format format : formats) {
    out.emplace_back(format_name(format));
  }
  return out;
}

}  // namespace cepin::report
