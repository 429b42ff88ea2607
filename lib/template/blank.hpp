// Blank assessments for `cepin template`: a YAML file or a CSV sheet holding
// every question of a rubric, ready to fill in. Pure functions; never fail.
#pragma once

#include <string>

#include "rubric/model.hpp"

namespace cepin::tmpl {

// The unit id the templates put in as a placeholder.
inline constexpr const char* k_placeholder_unit_id = "000000";

// A YAML assessment: placeholder unit, then every prerequisite, adjustment and
// clause with its text, points, rule and expected response as comments and an
// empty (unanswered) value. It loads with only unanswered-type warnings. `lang`
// ("" for the rubric's) picks the language of the comments and the
// placeholder unit name.
std::string yaml_template(const rubric::Rubric& rubric, const std::string& lang = "");

// The CSV layouts a template can take.
enum class CsvLayout { long_form, wide_form };

// A CSV sheet a unit can fill, UTF-8 with a BOM and LF line ends: English
// headers and guidance, or Chinese when `lang` is "zh" ("" means the
// rubric's lang); a first unit to copy. Long: one row per id, the unit
// columns first, then 指标编号, 测评内容, 分值, 填写说明 (guidance, ignored
// when read back), 自评结果, 佐证材料, 备注. Wide: one column per id (and
// `<id>:佐证材料` where evidence is required), a 填写说明 guidance row under
// the header (skipped when read back), then the unit's row.
std::string csv_template(const rubric::Rubric& rubric, CsvLayout layout,
                         const std::string& lang = "");

}  // namespace cepin::tmpl
