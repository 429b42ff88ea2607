#include "assessment/warning.hpp"

namespace cepin::assessment {

namespace {

// Every kind with its code: the one list of warning codes.
struct KindCode {
  WarningKind kind;
  const char* code;
};
constexpr KindCode k_codes[] = {
    {WarningKind::unanswered, "unanswered"},
    {WarningKind::veto_unanswered, "veto-unanswered"},
    {WarningKind::missing_evidence, "missing-evidence"},
    {WarningKind::evidence_not_found, "evidence-not-found"},
    {WarningKind::evidence_outside_root, "evidence-outside-root"},
    {WarningKind::prerequisite_unanswered, "prerequisite-unanswered"},
    {WarningKind::title_expired, "title-expired"},
    {WarningKind::rubric_version, "rubric-version"},
    {WarningKind::unit_kind, "unit-kind"},
    {WarningKind::unit_id_scientific, "unit-id-scientific"},
    {WarningKind::value_looks_like_fraction, "value-looks-like-fraction"},
    {WarningKind::duplicate_result, "duplicate-result"},
};

}  // namespace

const char* warning_code(WarningKind kind) {
  for (const KindCode& known : k_codes) {
    if (known.kind == kind) {
      return known.code;
    }
  }
  return "unanswered";
}

std::optional<WarningKind> parse_warning_code(std::string_view code) {
  for (const KindCode& known : k_codes) {
    if (code == known.code) {
      return known.kind;
    }
  }
  return std::nullopt;
}

std::vector<std::string> warning_codes() {
  std::vector<std::string> out;
  for (const KindCode& known : k_codes) {
    out.emplace_back(known.code);
  }
  return out;
}

}  // namespace cepin::assessment
