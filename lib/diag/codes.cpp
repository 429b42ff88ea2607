#include "diag/codes.hpp"

namespace cepin::diag {

namespace {

struct Entry {
  const char* code;
  const char* description;
  const char* help;
};

// Every code cepin emits. Keep in the README's order of the diagnostics table.
constexpr Entry k_codes[] = {
    {"yaml-syntax", "The file is not valid YAML.", "Fix the YAML at the position shown."},
    {"yaml-tab", "A tab is used for indentation.", "Indent with spaces."},
    {"yaml-too-deep", "The YAML nests deeper than cepin allows.", "Flatten the nesting."},
    {"yaml-too-many-nodes", "The YAML holds more nodes than cepin allows.", "Split the file."},
    {"yaml-alias-expansion", "Aliases would expand past cepin's limit.", "Stop nesting aliases; repeat the values."},
    {"yaml-recursive-alias", "An alias refers to itself.", "Remove the recursive alias."},
    {"invalid-utf8", "The file is not UTF-8.", "Save the file as UTF-8."},
    {"file-too-large", "The file is larger than 16 MiB.", "Split the file."},
    {"empty-file", "The file is empty.", "Write the file's content, starting with its schema."},
    {"multiple-documents", "The file holds more than one YAML document.", "Keep one document per file."},
    {"duplicate-key", "A key is repeated in one map.", "Keep one of the keys."},
    {"merge-key", "A `<<` merge key is used; cepin does not support it.", "Repeat the values, or use an anchor."},
    {"missing-key", "A required key is absent.", "Add the key."},
    {"unknown-key", "A key cepin does not know.", "Remove or correct the key (see the suggestion)."},
    {"wrong-type", "A value is of the wrong kind.", "Write the kind of value the message names."},
    {"bad-value", "A value is not one of its choices.", "Use one of the values the message lists."},
    {"key-not-allowed", "A key is not allowed here.", "Remove the key."},
    {"unknown-schema", "`schema` is not a cepin schema.", "Write the schema the hint names."},
    {"bad-decimal", "A number is not an exact decimal.", "Write digits with at most 6 decimals, such as 2.5."},
    {"bad-precision", "`precision` is not a power of ten.", "Write 1, 0.1, 0.01, …"},
    {"off-grid", "A constant is not a multiple of the precision.", "Round the constant to the precision."},
    {"decimal-overflow", "A number is too large to compute with.", "Use smaller numbers."},
    {"bad-id", "An id is not valid.", "Use letters, digits, `.`, `_` and `-`."},
    {"duplicate-id", "An id is used twice.", "Give every entry its own id."},
    {"duplicate-label", "A label is given twice.", "Give each label once."},
    {"empty-node", "A category or item has no children.", "Add its items or clauses."},
    {"tiers-order", "Tiers are out of order.", "List tiers from the best bound down."},
    {"tiers-mixed", "Tiers mix `min` and `max`.", "Use `min` for every tier, or `max` for every tier."},
    {"tiers-increasing", "A lower tier earns more points.", "Give lower tiers fewer points."},
    {"points-above-clause", "A level, tier or element earns more than the clause.", "Lower its points."},
    {"unreachable-full-marks", "The rule's best outcome is below the clause's points.", "Raise the best outcome."},
    {"per-not-positive", "`per` is not above 0.", "Write a positive `per`."},
    {"from-equals-to", "`from` equals `to`.", "Give the range two ends."},
    {"step-not-positive", "`step` is not above 0.", "Write a positive `step`."},
    {"cap-above-children", "A cap is above what its children sum to.", "Lower the cap, or remove it."},
    {"subtotal-mismatch", "A declared subtotal does not add up.", "Fix `points`, or the children's points."},
    {"total-mismatch", "`total` is not the sum of the categories.", "Fix `total`, or a category's points."},
    {"threshold-too-high", "The pass line can never be reached.", "Lower `threshold`."},
    {"grades-order", "Grades are not in descending order.", "List grades from the highest `min` down."},
    {"best-above-children", "`best` counts more children than the node has.", "Lower `best`, or add children."},
    {"floor-above-full-marks", "A node's floor `min` is above its full marks.", "Lower `min`."},
    {"extends-cycle", "Rubrics extend each other in a cycle.", "Make one of them not extend the others."},
    {"extends-depth", "A rubric has more than 8 bases in its chain.", "Write one of the bases out in full."},
    {"extends-moved", "An extending rubric names a base entry under another parent.",
     "Add the id to `remove`, then write the entry in full where it goes."},
    {"extends-shape", "An extending rubric turns an item list into a clause list or back.",
     "Merge into the base's list, or remove the node and write it again."},
    {"extends-version", "The base does not have the version `extends: id@version` pins.",
     "Pin the base's version, or drop the pin."},
    {"unknown-clause", "An assessment answers a clause the rubric lacks.", "Correct the id (see the suggestion)."},
    {"unknown-adjustment", "An assessment answers an adjustment the rubric lacks.", "Correct the id."},
    {"unknown-prerequisite", "An assessment answers a prerequisite the rubric lacks.", "Correct the id."},
    {"wrong-response-kind", "A response uses another rule's key.", "Use the key the clause's rule takes."},
    {"unknown-label", "A level or element label the rule lacks.", "Use one of the rule's labels."},
    {"bad-boolean", "Not a yes/no answer.", "Write one of the accepted booleans."},
    {"bad-count", "Not a whole count.", "Write a whole number from 0."},
    {"points-out-of-range", "Manual points outside the clause's range.", "Write points from 0 to the clause's points."},
    {"points-off-step", "Manual points not a multiple of the step.", "Round to the rule's step."},
    {"not-optional", "`n/a` on a clause that is not optional.", "Answer the clause."},
    {"bad-date", "Not a date.", "Write YYYY-MM-DD."},
    {"bad-period", "Not a period.", "Write YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM (or 2025年, 2025年上半年, …)."},
    {"bad-rubric-ref", "`rubric` or `extends` does not name a rubric.", "Write the rubric's id, or id@version."},
    {"rubric-mismatch", "The input names another rubric.", "Score it against its own rubric."},
    {"rubric-as-assessment", "A rubric is given where an assessment is expected.", "Pass it with -r, or validate it."},
    {"reserved-id", "A rubric id is also a CSV column name, which wins.", "Rename the id."},
    {"ambiguous-unit-kind", "A unit kind name that can mean two kinds.", "Write the kind's code."},
    {"evidence-root-outside", "`evidence_root` leaves the assessment's folder.", "Give a relative folder inside it."},
    {"unknown-rubric", "No rubric has that id (for an input, or as a base to extend).",
     "Correct the id, or pass --rubrics or -r."},
    {"ambiguous-rubric", "A rubric id is defined twice.", "Keep one file per rubric id."},
    {"invalid-rubric", "The rubric the input names, or a base it extends, is not valid.",
     "Run `cepin validate` on the rubric."},
    {"missing-rubric", "The input names no rubric.", "Add `rubric: <id>`, or pass -r."},
    {"rubric-unreadable", "A rubric file cannot be read.", "Check the file."},
    {"rubrics-folder", "A --rubrics folder cannot be read.", "Check the folder."},
    {"rubric-shadows-builtin", "A rubric in a folder shadows a built-in one.", "Rename it if that is not meant."},
    {"input-not-found", "An input path does not exist.", "Check the path."},
    {"input-unreadable", "An input cannot be read.", "Check its permissions."},
    {"unreadable-folder", "A folder cannot be read.", "Check its permissions."},
    {"skipped", "A file a folder walk leaves out.", "Nothing to fix."},
    {"no-inputs", "A folder named on the command line yields no input.", "Name the folder that holds the assessments."},
    {"workbook", "A spreadsheet workbook, which cepin cannot read.", "Save it as CSV (CSV UTF-8) and score that."},
    {"utf16-text", "A UTF-16 text file was read as a tab-separated sheet.", "Save sheets as CSV UTF-8."},
    {"stdin-sheet", "Standard input is a CSV sheet read as YAML.", "Pass --input-format csv (or tsv)."},
    {"results-syntax", "A saved result is not valid JSON.", "Give results as `cepin score --format jsonl` saved them."},
    {"not-a-result", "A saved record is not a result (`cepin/result/1`).", "Give saved results of `cepin score`."},
    {"bad-result", "A saved result's field is missing or of the wrong kind.", "Give the result unchanged."},
    {"result-too-large", "A saved result is larger than 16 MiB.", "Save one result per line."},
    {"results-csv", "A results CSV cannot be read back.", "Save results with --format jsonl."},
    {"no-results", "A saved results file holds no result.", "Score again, or leave the file out."},
    {"duplicate-match", "A unit is on one side of a comparison twice.", "Keep one result per unit and side."},
    {"duplicate-period", "A unit has two results for one period.", "Keep one result per unit and period."},
    {"period-mixed", "One rubric's results mix periods of different lengths.", "Trend one length at a time."},
    {"no-period", "A result has neither a period nor an assessed_on date.", "Add `period` to the assessment."},
    {"period-from-date", "Results without a period took that of their assessed_on.", "Add `period` to be exact."},
    {"rubric-changed", "The two results use different rubrics.", "Compare like with like, or use --match unit."},
    {"bad-encoding", "A CSV file does not decode.", "Name its encoding with --encoding."},
    {"decoded-gb18030", "A CSV file was read as GB18030.", "Nothing to fix."},
    {"title-rows", "Rows above the CSV header were skipped as a title.", "Nothing to fix."},
    {"unclosed-quote", "A CSV quote is never closed.", "Close the quote."},
    {"missing-unit-id-column", "The CSV header has no unit id column.", "Add a `unit_id` column."},
    {"unknown-column", "A CSV column cepin does not know.", "Correct the column (see the suggestion)."},
    {"duplicate-column", "A CSV column is repeated.", "Keep one of them."},
    {"ragged-row", "A CSV row has more or fewer fields than the header.", "Quote fields that hold separators."},
    {"text-after-quote", "Text follows a closing CSV quote.", "Quote the whole field."},
    {"missing-unit-id", "A CSV row has no unit id.", "Fill the unit id on every row."},
    {"duplicate-unit", "A CSV unit has two rows in the wide layout.", "Merge the rows."},
    {"missing-id", "A CSV row has no clause id.", "Name the clause the row answers."},
    {"unknown-id", "A CSV answer, or `remove`, names an id the rubric lacks.", "Correct the id."},
    {"unnamed-column", "A value stands under a column with no name.", "Name the column, or clear the cell."},
    {"conflicting-unit", "A CSV unit's rows disagree.", "Give every row of a unit the same value."},
    {"conflicting-rubric", "A CSV unit's rows name different rubrics.", "Give every row the same rubric."},
    {"no-rubric", "A CSV unit names no rubric.", "Add a `rubric` column, or pass -r."},
    {"all-not-applicable", "Every clause is `n/a`.", "Answer at least one clause."},
    {"score-overflow", "A score is too large to compute exactly.", "Use smaller points."},
    {"internal-error", "cepin failed on this input.", "Report it, with the input."},
    {"no-inputs", "A folder named on the command line holds nothing the command takes.", "Check the folder."},
    {"test-failed", "A rubric test case's expectation does not hold.", "Fix the rubric, or the expectation."},
    {"duplicate-case", "Two cases of a test file share a name.", "Give every case its own name."},
    {"unanswered", "A clause is unanswered and scores 0.", "Answer the clause."},
    {"veto-unanswered", "A veto item is unanswered.", "Answer the veto item."},
    {"missing-evidence", "A response that earns points lacks evidence.", "Add the evidence it needs."},
    {"evidence-not-found", "An evidence file is not found.", "Check the path under the evidence folder."},
    {"evidence-outside-root", "An evidence path leaves the evidence folder.", "Keep evidence inside its folder."},
    {"prerequisite-unanswered", "A prerequisite is unanswered and taken as unmet.", "Answer the prerequisite."},
    {"title-expired", "A granted title is past its validity.", "Check the title's date."},
    {"rubric-version", "The input pins another rubric version.", "Score against the version it names."},
    {"unit-kind", "The unit's kind is not one the rubric applies to.", "Check the unit kind."},
    {"unit-id-scientific", "A unit id looks mangled by a spreadsheet.", "Format the id column as text."},
    {"value-looks-like-fraction", "A value looks like a fraction of 1 where percent is meant.", "Write it with `%`."},
    {"duplicate-result", "A unit is scored twice in one run.", "Remove the duplicate input."},
    {"rubric-version-changed", "The two results use different rubric versions.", "Compare like with like."},
};

}  // namespace

CodeInfo code_info(std::string_view code) {
  for (const Entry& entry : k_codes) {
    if (code == entry.code) {
      return {entry.description, entry.help};
    }
  }
  std::string words(code);
  for (char& c : words) {
    c = c == '-' ? ' ' : c;
  }
  return {"cepin reports: " + words + ".", "See the message."};
}

bool is_known_code(std::string_view code) {
  for (const Entry& entry : k_codes) {
    if (code == entry.code) {
      return true;
    }
  }
  return false;
}

}  // namespace cepin::diag
