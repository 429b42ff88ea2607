// The report formats (SPEC §11) and their names, shared by every command.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cepin::report {

// Every format a report can be written in.
enum class Format { text, json, jsonl, csv, md, html, junit, sarif, github };

// Whether a text report also holds the diagnostics (a file does; on
// standard output they go to stderr instead).
enum class WithDiagnostics { no, yes };

// "text", "json", …, as the command line writes them.
const char* format_name(Format format);

// The format named `name` exactly; nothing for an unknown name.
std::optional<Format> parse_format(std::string_view name);

// The format a file's extension stands for (`.txt` text, `.json`, `.jsonl`,
// `.csv`, `.md`, `.html`, `.xml` junit, `.sarif`; ASCII case-insensitive);
// nothing for another extension. `extension` includes the dot.
std::optional<Format> format_of_extension(std::string_view extension);

// Every extension format_of_extension knows (for "did you mean").
std::vector<std::string> known_extensions();

// The names of `formats`, in order (for help texts and messages).
std::vector<std::string> format_names(const std::vector<Format>& formats);

}  // namespace cepin::report
