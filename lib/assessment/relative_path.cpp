#include "assessment/relative_path.hpp"

#include "util/path.hpp"

namespace cepin::assessment {

std::optional<std::string> normalize_relative_path(std::string_view path) {
  return util::normalize_relative_path(path);
}

}  // namespace cepin::assessment
