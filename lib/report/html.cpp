#include "report/html.hpp"

#include <fmt/format.h>

#include "report/html_page.hpp"
#include "report/html_summary.hpp"
#include "report/naming.hpp"
#include "report/page_labels.hpp"
#include "report/summary.hpp"

namespace cepin::report {

namespace {

// "鄂尔多斯市 <span class="uid">(150600)</span>": the name, and the id beside it.
std::string unit_heading(const std::optional<assessment::Unit>& unit, const std::string& source) {
  std::string name = unit ? unit->name : "";
  std::string id = unit ? unit->id : "";
  if (name.empty() || id.empty()) {
    return html_escape(unit_title(unit, source));
  }
  return html_escape(name) + " <span class=\"uid\">(" + html_escape(id) + ")</span>";
}

std::string outcome_heading(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return unit_heading(result->unit, result->source);
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  return unit_heading(error.unit, error.source);
}

std::string outcome_title(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return unit_title(result->unit, result->source);
  }
  const auto& error = std::get<scoring::ErrorResult>(outcome);
  return unit_title(error.unit, error.source);
}

const void* outcome_key(const scoring::Outcome& outcome) {
  if (const auto* result = std::get_if<scoring::Result>(&outcome)) {
    return result;
  }
  return &std::get<scoring::ErrorResult>(outcome);
}

// A page about one unit: its title, then its section without a page break.
std::string unit_page(const scoring::Outcome& outcome, Lang lang) {
  std::string title = std::string(labels(lang).report) + colon(lang) + outcome_title(outcome);
  std::string body = "<header><h1>" + html_escape(std::string(labels(lang).report) + colon(lang)) +
                     outcome_heading(outcome) + "</h1></header>\n<main>\n<section class=\"unit-only\" id=\"u1\">\n" +
                     html_unit_body(outcome, lang, 2) + "</section>\n</main>\n";
  return html_document(lang, title, body);
}

// The title and the facts of the run: the rubrics (linked to their part of
// the summary), the dates, the number of units.
std::string batch_header(const BatchSummary& summary, Lang lang) {
  const Labels& l = labels(lang);
  std::string rubrics;
  for (std::size_t i = 0; i < summary.rubrics.size(); ++i) {
    if (summary.rubrics[i].rubric != nullptr) {
      rubrics += fmt::format("<li><a href=\"#r{}\">{}</a></li>", i + 1,
                             html_escape(rubric_title(*summary.rubrics[i].rubric)));
    }
  }
  std::vector<std::pair<std::string, std::string>> fields;
  if (!rubrics.empty()) {
    fields.emplace_back(l.rubric, "<ul>" + rubrics + "</ul>");
  }
  std::string dates = dates_text(summary.dates, lang);
  std::string undated = summary.dates.as_of ? "" : undated_text(summary.dates.undated, lang);
  fields.emplace_back(dates_label(summary.dates, lang),
                      html_escape(dates.empty() ? page_labels(lang).not_given : dates) +
                          (undated.empty() || dates.empty()
                               ? ""
                               : fmt::format(lang == Lang::zh ? "（{}）" : " ({})", html_escape(undated))));
  fields.emplace_back(page_labels(lang).units_total, std::to_string(summary.units()));
  return "<header><h1>" + html_escape(batch_title_text(summary, lang)) + "</h1>\n" + html_facts(fields) +
         "</header>\n";
}

}  // namespace

std::string html_report(const std::vector<const scoring::Outcome*>& outcomes, std::vector<std::string> bodies,
                        const HtmlOptions& options) {
  Lang lang = options.lang;
  bool too_many = options.units == HtmlUnits::automatic && outcomes.size() > k_html_units_limit;
  if (outcomes.size() == 1 && !too_many && html_section_wanted(*outcomes[0], options.units)) {
    return unit_page(*outcomes[0], lang);
  }
  BatchSummary summary = summarize(outcomes, options.as_of);
  SectionNumbers sections;
  std::vector<std::string> openings(outcomes.size());  // each section's tag and heading; "" for none
  std::size_t shown = 0;
  std::size_t size = 16384;  // the head and the style sheet
  for (std::size_t i = 0; i < outcomes.size() && !too_many; ++i) {
    if (i < bodies.size() && !bodies[i].empty()) {
      sections[outcome_key(*outcomes[i])] = i + 1;
      openings[i] = fmt::format("<section class=\"unit\" id=\"u{}\">\n<h2>{}. {}</h2>\n", i + 1, i + 1,
                                outcome_heading(*outcomes[i]));
      size += openings[i].size() + bodies[i].size() + 16;
      ++shown;
    }
  }
  std::string top = batch_header(summary, lang);
  if (too_many) {
    top += "<p class=\"note\">" + html_escape(units_left_out_text(outcomes.size(), k_html_units_limit, lang)) +
           "</p>\n";
  } else if (options.units == HtmlUnits::ineligible) {
    top += "<p class=\"note\">" + html_escape(units_shown_text(outcomes.size(), shown, lang)) + "</p>\n";
  }
  top += "<main>\n" + html_summary(summary, sections, lang);
  std::string page;
  page.reserve(size + top.size());  // once: a page of 10,000 sections is never copied as it grows
  append_html_head(page, lang, batch_title_text(summary, lang));
  page += top;
  std::string().swap(top);
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    if (!openings[i].empty()) {
      page += openings[i];
      page += bodies[i];
      std::string().swap(bodies[i]);  // released as it goes
      page += "</section>\n";
    }
  }
  page += "</main>\n";
  append_html_tail(page, lang);
  return page;
}

std::string html_report(const std::vector<scoring::Outcome>& outcomes, const HtmlOptions& options) {
  std::vector<const scoring::Outcome*> pointers;
  std::vector<std::string> bodies;
  for (const scoring::Outcome& outcome : outcomes) {
    pointers.push_back(&outcome);
    bodies.push_back(html_section_wanted(outcome, options.units) ? html_unit_body(outcome, options.lang, 3) : "");
  }
  return html_report(pointers, std::move(bodies), options);
}

}  // namespace cepin::report
