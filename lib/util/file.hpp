// Reading inputs and writing outputs safely.
#pragma once

#include <cstddef>
#include <string>

namespace cepin::util {

// The largest input cepin reads (16 MiB).
constexpr std::size_t k_max_input_bytes = 16u * 1024u * 1024u;

// Why a file could not be read.
enum class ReadError { none, not_found, not_a_file, unreadable, too_large };

// The bytes of a file, or why there are none. Reads at most `limit` bytes and
// reports too_large beyond that, without reading the rest.
struct ReadResult {
  std::string bytes;
  ReadError error = ReadError::none;
  std::string message;  // the OS's reason, for messages
};

// Reads a whole regular file (or "-" for standard input).
ReadResult read_file(const std::string& path, std::size_t limit = k_max_input_bytes);

// Strips a UTF-8 byte order mark; returns whether there was one.
bool strip_utf8_bom(std::string& text);

}  // namespace cepin::util
