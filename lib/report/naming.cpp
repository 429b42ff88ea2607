#include "report/naming.hpp"

namespace cepin::report {

std::string unit_title(const std::optional<assessment::Unit>& unit, const std::string& source) {
  std::string name = unit ? unit->name : "";
  std::string id = unit ? unit->id : "";
  if (name.empty() && id.empty()) {
    return source;
  }
  return name.empty() || id.empty() ? name + id : name + " (" + id + ")";
}

std::string rubric_title(const rubric::Rubric& rubric) { return rubric.title + " (" + rubric.id + ")"; }

}  // namespace cepin::report
