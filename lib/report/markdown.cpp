#include "report/markdown.hpp"

#include "report/messages.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "report/markdown_escape.hpp"
#include "util/utf8.hpp"

namespace cepin::report {

namespace {

using util::Decimal;

// Blocks joined by one blank line; the document ends with one newline.
class Blocks {
 public:
  void add(std::string block) { m_blocks.push_back(std::move(block)); }
  std::string join() const {
    std::string out;
    for (const std::string& block : m_blocks) {
      out += (out.empty() ? "" : "\n\n") + block;
    }
    return out + "\n";
  }

 private:
  std::vector<std::string> m_blocks;
};

std::string heading(int level, const std::string& text) {
  return std::string(level, '#') + " " + text;
}

// A GFM table; cells are already escaped. `right` marks right-aligned columns.
std::string table(const std::vector<std::string>& header, const std::vector<bool>& right,
                  const std::vector<std::vector<std::string>>& rows) {
  auto line = [](const std::vector<std::string>& cells) {
    std::string out = "|";
    for (const std::string& cell : cells) {
      out += " " + cell + " |";
    }
    return out;
  };
  std::string out = line(header) + "\n|";
  for (std::size_t i = 0; i < header.size(); ++i) {
    out += right[i] ? " ---: |" : " --- |";
  }
  for (const auto& row : rows) {
    out += "\n" + line(row);
  }
  return out;
}

int digits_of(const scoring::Result& result) {
  return result.rubric ? result.rubric->precision_digits : 2;
}

// Always ends with ")" so a heading never ends in punctuation (MD026).
std::string unit_title(const std::optional<assessment::Unit>& unit, const std::string& source) {
  std::string name = unit ? unit->name : "";
  std::string id = unit ? unit->id : "";
  std::string primary = !name.empty() ? name : id;
  std::string secondary = !name.empty() && !id.empty() ? id : source;
  if (primary.empty()) {
    return "(" + escape_markdown(secondary) + ")";
  }
  return escape_markdown(primary) + " (" + escape_markdown(secondary) + ")";
}

std::string field(Lang lang, const char* label, const std::string& value) {
  return std::string("- ") + label + colon(lang) + value;
}

// score ÷ max as a percentage with one decimal, exact.
std::string share(Decimal score, Decimal max) {
  if (max <= Decimal()) {
    return "—";
  }
  util::Fraction f{static_cast<__int128>(score.units()) * 100, max.units()};
  f.num *= Decimal::k_scale;
  return util::round_to_step(f, util::precision_step(1)).to_fixed(1) + "%";
}

void collect_clauses(const scoring::NodeResult& node,
                     std::vector<const scoring::ClauseResult*>& out) {
  for (const scoring::NodeResult& item : node.items) {
    collect_clauses(item, out);
  }
  for (const scoring::ClauseResult& clause : node.clauses) {
    out.push_back(&clause);
  }
}

std::vector<std::string> node_row(const scoring::NodeResult& node, int digits) {
  return {escape_markdown(node.node ? node.node->id : ""),
          escape_markdown(node.node ? node.node->title : ""), node.score.to_fixed(digits),
          node.max.to_fixed(digits), share(node.score, node.max)};
}

// `number` ("3.") prefixes the sub-headings of a unit in a batch report, so
// that every heading of the document is unique (markdownlint MD024).
void result_blocks(Blocks& doc, const scoring::Result& result, Lang lang, int level, const std::string& number) {
  auto titled = [&number](int n, const char* label) {
    return number.empty() ? std::string(label) : fmt::format("{}{} {}", number, n, label);
  };
  const Labels& l = labels(lang);
  int digits = digits_of(result);
  std::string head =
      field(lang, l.verdict, std::string("**") + verdict_label(lang, result.verdict) + "**");
  if (!result.reasons.empty()) {
    head += "\n" + field(lang, l.reasons, "");
    while (!head.empty() && head.back() == ' ') {
      head.pop_back();
    }
    for (const scoring::Reason& reason : result.reasons) {
      std::string text = reason_text(result, reason, lang);
      head += "\n  - " + escape_markdown(reason.code) + (text.empty() ? "" : colon(lang) + escape_markdown(text));
    }
  }
  head += "\n" + field(lang, l.score,
                       fmt::format("**{} / {}**", result.score.to_fixed(digits),
                                   result.max.to_fixed(digits)));
  head += "\n" + field(lang, l.base, result.base.to_fixed(digits));
  head += "\n" + field(lang, l.bonus, result.bonus.to_fixed(digits));
  head += "\n" + field(lang, l.penalty, result.penalty.to_fixed(digits));
  head += "\n" + field(lang, l.grade, result.grade ? escape_markdown(*result.grade) : l.none);
  if (result.rubric) {
    head += "\n" + field(lang, l.rubric,
                         escape_markdown(result.rubric->title) + " (" +
                             escape_markdown(result.rubric->id) + ")");
  }
  head += "\n" + field(lang, l.source, escape_markdown(result.source));
  doc.add(head);

  std::vector<std::vector<std::string>> rows;
  for (const scoring::NodeResult& category : result.categories) {
    rows.push_back(node_row(category, digits));
    for (const scoring::NodeResult& item : category.items) {
      rows.push_back(node_row(item, digits));
    }
  }
  doc.add(heading(level, titled(1, l.categories)));
  doc.add(table({l.id, l.title, l.earned, l.max, l.share}, {false, false, true, true, true}, rows));

  rows.clear();
  for (const scoring::NodeResult& category : result.categories) {
    std::vector<const scoring::ClauseResult*> clauses;
    collect_clauses(category, clauses);
    for (const scoring::ClauseResult* clause : clauses) {
      std::string evidence;
      for (const std::string& item : clause->evidence) {
        evidence += (evidence.empty() ? "" : "; ") + escape_markdown(item);
      }
      rows.push_back({escape_markdown(clause->clause ? clause->clause->id : ""),
                      escape_markdown(clause->clause ? clause->clause->text : ""),
                      clause->score.to_fixed(digits), clause->max.to_fixed(digits),
                      escape_markdown(clause->why), evidence});
    }
  }
  doc.add(heading(level, titled(2, l.clauses)));
  doc.add(table({l.id, l.criterion, l.earned, l.max, l.why, l.evidence},
                {false, false, true, true, false, false}, rows));

  if (!result.warnings.empty()) {
    std::string list;
    for (const assessment::Warning& warning : result.warnings) {
      std::string where = warning.id.empty() ? "" : " (" + escape_markdown(warning.id) + ")";
      list += (list.empty() ? "- " : "\n- ") + escape_markdown(warning.code) + where + colon(lang) +
              escape_markdown(warning_text(warning, lang));
    }
    doc.add(heading(level, titled(3, l.warnings)));
    doc.add(list);
  }

  const scoring::Gap& gap = result.gap;
  if (gap.needed > Decimal() || !gap.blocking.empty()) {
    doc.add(heading(level, titled(4, l.gap)));
    if (gap.needed > Decimal()) {
      doc.add(fmt::format("{}{}**{}** ({})", l.needed, colon(lang), gap.needed.to_fixed(digits),
                          gap.reachable ? l.reachable : l.unreachable));
    }
    if (!gap.blocking.empty()) {
      std::string codes;
      for (const std::string& code : gap.blocking) {
        codes += (codes.empty() ? "" : ", ") + escape_markdown(code);
      }
      doc.add(std::string(l.blocking) + colon(lang) + codes);
    }
    if (!gap.plan.empty()) {
      std::string list;
      for (const scoring::GapPick& pick : gap.plan) {
        const rubric::Clause* clause =
            result.rubric ? result.rubric->find_clause(pick.id) : nullptr;
        std::string text = clause ? " " + escape_markdown(clause->text) : "";
        list += (list.empty() ? "" : "\n") +
                fmt::format("- [ ] {}{}{}{} / {}, {} +{}", escape_markdown(pick.id), text,
                            colon(lang), pick.score.to_fixed(digits), pick.max.to_fixed(digits),
                            l.recoverable, pick.recoverable.to_fixed(digits));
      }
      doc.add(list);
    }
  }
}

std::string error_line(const diag::Diagnostic& d) {
  std::string where = d.line > 0 ? fmt::format("{}:{}: ", d.line, d.column) : "";
  std::string code = d.code.empty() ? "" : " (" + escape_markdown(d.code) + ")";
  return where + escape_markdown(d.message) + code;
}

void error_blocks(Blocks& doc, const scoring::ErrorResult& error, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<const diag::Diagnostic*> errors;
  for (const diag::Diagnostic& d : error.errors) {
    if (d.severity == diag::Severity::error) {
      errors.push_back(&d);
    }
  }
  std::string what;
  if (errors.size() > 1) {
    what = field(lang, l.error, "");
    while (!what.empty() && what.back() == ' ') {
      what.pop_back();
    }
    for (const diag::Diagnostic* d : errors) {
      what += "\n  - " + error_line(*d);
    }
  } else {
    what = field(lang, l.error, error_line(error.first_error()));
  }
  doc.add(field(lang, l.verdict, std::string("**") + l.error + "**") + "\n" + what + "\n" +
          field(lang, l.source, escape_markdown(error.source)));
}

std::string outcome_title(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return unit_title(result->unit, result->source);
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  return unit_title(error.unit, error.source);
}

// 20 cells of eighths: "████▌".
std::string bar(Decimal score, Decimal max) {
  static const char* const k_eighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
  __int128 eighths = 0;
  if (max > Decimal() && score > Decimal()) {
    eighths = (static_cast<__int128>(score.units()) * 160 * 2 + max.units()) / (2 * max.units());
    eighths = std::min<__int128>(eighths, 160);
  }
  std::string out;
  for (int i = 0; i < static_cast<int>(eighths / 8); ++i) {
    out += "█";
  }
  return out + k_eighths[static_cast<int>(eighths % 8)];
}

void summary_blocks(Blocks& doc, const std::vector<scoring::Outcome>& outcomes, Lang lang) {
  const Labels& l = labels(lang);
  std::vector<const scoring::Result*> results;
  for (const scoring::Outcome& outcome : outcomes) {
    if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
      results.push_back(result);
    }
  }
  doc.add(heading(2, l.summary));

  // Ranking: by score, highest first; equal scores share a rank.
  std::vector<const scoring::Result*> ranked = results;
  std::stable_sort(
      ranked.begin(), ranked.end(),
      [](const scoring::Result* a, const scoring::Result* b) { return a->score > b->score; });
  std::vector<std::vector<std::string>> rows;
  for (std::size_t i = 0; i < ranked.size(); ++i) {
    std::size_t rank = i + 1;
    while (rank > 1 && ranked[rank - 2]->score == ranked[i]->score) {
      --rank;
    }
    const scoring::Result& r = *ranked[i];
    rows.push_back({std::to_string(rank), unit_title(r.unit, r.source),
                    r.score.to_fixed(digits_of(r)), r.max.to_fixed(digits_of(r)),
                    verdict_label(lang, r.verdict), r.grade ? escape_markdown(*r.grade) : l.none});
  }
  doc.add(heading(3, l.ranking));
  doc.add(table({l.rank, l.unit, l.score, l.max, l.verdict, l.grade},
                {true, false, true, true, false, false}, rows));

  // Counts by verdict and by reason code.
  std::size_t eligible = 0;
  std::vector<std::pair<std::string, std::size_t>> reasons;
  for (const scoring::Result* r : results) {
    eligible += r->verdict == scoring::Verdict::eligible ? 1 : 0;
    for (const scoring::Reason& reason : r->reasons) {
      auto it = std::find_if(reasons.begin(), reasons.end(),
                             [&](const auto& p) { return p.first == reason.code; });
      if (it == reasons.end()) {
        reasons.emplace_back(reason.code, 1);
      } else {
        ++it->second;
      }
    }
  }
  rows = {{l.eligible, std::to_string(eligible)},
          {l.ineligible, std::to_string(results.size() - eligible)},
          {l.error, std::to_string(outcomes.size() - results.size())}};
  doc.add(heading(3, l.by_verdict));
  doc.add(table({l.verdict, l.count}, {false, true}, rows));
  if (!reasons.empty()) {
    rows.clear();
    for (const auto& [code, n] : reasons) {
      rows.push_back({escape_markdown(code), std::to_string(n)});
    }
    doc.add(heading(3, l.by_reason));
    doc.add(table({l.reasons, l.count}, {false, true}, rows));
  }

  // Per-category averages per rubric, in first-seen order.
  std::vector<const rubric::Rubric*> rubrics;
  for (const scoring::Result* r : results) {
    if (r->rubric && std::none_of(rubrics.begin(), rubrics.end(), [&](const rubric::Rubric* seen) {
          return seen->id == r->rubric->id;
        })) {
      rubrics.push_back(r->rubric.get());
    }
  }
  if (!rubrics.empty()) {
    doc.add(heading(3, l.averages));
  }
  for (const rubric::Rubric* rubric : rubrics) {
    rows.clear();
    for (std::size_t c = 0; c < rubric->categories.size(); ++c) {
      const rubric::Node& category = rubric->categories[c];
      __int128 sum = 0;
      int64_t n = 0;
      for (const scoring::Result* r : results) {
        if (!r->rubric || r->rubric->id != rubric->id) {
          continue;
        }
        for (const scoring::NodeResult& node : r->categories) {
          if (node.node && node.node->id == category.id) {
            sum += node.score.units();
            ++n;
          }
        }
      }
      std::string average = n == 0
                                ? ""
                                : util::round_to_step(util::Fraction{sum, n}, rubric->precision())
                                      .to_fixed(rubric->precision_digits);
      rows.push_back({escape_markdown(category.id), escape_markdown(category.title), average,
                      category.full_marks.to_fixed(rubric->precision_digits), std::to_string(n)});
    }
    doc.add(heading(4, escape_markdown(rubric->title) + " (" + escape_markdown(rubric->id) + ")"));
    doc.add(
        table({l.id, l.title, l.average, l.max, l.units}, {false, false, true, true, true}, rows));
  }

  // Bar chart of scores, in input order, labels aligned by display width.
  if (!results.empty()) {
    std::vector<std::string> names;
    std::size_t width = 0;
    for (const scoring::Result* r : results) {
      std::string name =
          util::escape_for_terminal(!r->unit.name.empty() ? r->unit.name : r->unit.id);
      width = std::max(width, util::display_width(name));
      names.push_back(name);
    }
    std::string body;
    std::size_t ticks = 0;
    for (std::size_t i = 0; i < results.size(); ++i) {
      const scoring::Result& r = *results[i];
      std::string b = bar(r.score, r.max);
      body += names[i] + std::string(width - util::display_width(names[i]), ' ') + " | " + b +
              std::string(20 - util::code_point_count(b), ' ') + " | " +
              r.score.to_fixed(digits_of(r)) + "\n";
      std::size_t run = 0;
      for (char ch : names[i]) {
        run = ch == '`' ? run + 1 : 0;
        ticks = std::max(ticks, run);
      }
    }
    std::string fence(std::max<std::size_t>(3, ticks + 1), '`');
    doc.add(heading(3, l.chart));
    doc.add(fence + "text\n" + body + fence);
  }
}

}  // namespace

std::string markdown_report(const std::vector<scoring::Outcome>& outcomes, Lang lang) {
  const Labels& l = labels(lang);
  Blocks doc;
  if (outcomes.size() == 1) {
    doc.add(heading(1, std::string(l.report) + colon(lang) + outcome_title(outcomes[0])));
    if (const auto* result = std::get_if<scoring::Result>(&outcomes[0])) {
      result_blocks(doc, *result, lang, 2, "");
    } else {
      error_blocks(doc, std::get<scoring::ErrorResult>(outcomes[0]), lang);
    }
    return doc.join();
  }
  doc.add(heading(1, l.report));
  summary_blocks(doc, outcomes, lang);
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    doc.add(heading(2, fmt::format("{}. {}", i + 1, outcome_title(outcomes[i]))));
    if (const auto* result = std::get_if<scoring::Result>(&outcomes[i])) {
      result_blocks(doc, *result, lang, 3, fmt::format("{}.", i + 1));
    } else {
      error_blocks(doc, std::get<scoring::ErrorResult>(outcomes[i]), lang);
    }
  }
  return doc.join();
}

}  // namespace cepin::report
