// Reading the answer sections of a YAML assessment — `responses`,
// `prerequisites` and `adjustments` — against the rubric (SPEC §3).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "assessment/model.hpp"
#include "diag/source.hpp"
#include "rubric/model.hpp"
#include "yaml/document.hpp"

namespace cepin::assessment {

// Reads `responses:`, one normalised Response per known clause. Codes:
// wrong-type, unknown-clause, wrong-response-kind, unknown-key, and those of
// parse_response (response.hpp). Answers with errors are left out; a
// value-looks-like-fraction warning is added to `warnings`.
void read_responses(const yaml::MapEntry& section, const rubric::Rubric& rubric, diag::DiagnosticList& diagnostics,
                    Responses& out, std::vector<Warning>& warnings);

// Reads `prerequisites:` (id → boolean or {met, evidence, note}). Codes:
// wrong-type, unknown-prerequisite, unknown-key, bad-boolean.
void read_prerequisites(const yaml::MapEntry& section, const rubric::Rubric& rubric,
                        diag::DiagnosticList& diagnostics,
                        std::map<std::string, PrerequisiteAnswer>& out);

// Reads `adjustments:` (id → count / boolean / {count|occurred, evidence,
// note}). Codes: wrong-type, unknown-adjustment, wrong-response-kind,
// unknown-key, bad-count, bad-boolean.
void read_adjustments(const yaml::MapEntry& section, const rubric::Rubric& rubric,
                      diag::DiagnosticList& diagnostics,
                      std::map<std::string, AdjustmentAnswer>& out);

// Reads an `evidence` value: one text or a list of texts (null: none), kept
// as written with their positions; empty items are dropped.
// Reports wrong-type and returns false on anything else.
bool read_evidence(const yaml::MapEntry& entry, diag::DiagnosticList& diagnostics,
                   std::vector<EvidenceItem>& out);

}  // namespace cepin::assessment
