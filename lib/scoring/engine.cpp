#include "scoring/engine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "scoring/gap.hpp"
#include "scoring/rules.hpp"
#include "util/text.hpp"

namespace cepin::scoring {

namespace {

using assessment::ResponseState;
using rubric::AdjustmentKind;

// min(cap, per × count) for a bonus or penalty entry.
Decimal entry_points(const rubric::Adjustment& adjustment, int64_t count) {
  util::Int128 raw = util::checked_mul(adjustment.per.units(), count);
  if (adjustment.cap && raw > adjustment.cap->units()) {
    raw = adjustment.cap->units();
  }
  if (raw > INT64_MAX) {
    throw util::DecimalOverflow();
  }
  return Decimal::from_units(static_cast<int64_t>(raw));
}

// The answer to `id` in one of an assessment's maps, or null when unanswered.
template <typename Map>
const typename Map::mapped_type* answer_to(const Map& answers, const std::string& id) {
  auto found = answers.find(id);
  return found == answers.end() ? nullptr : &found->second;
}

class Scorer {
 public:
  Scorer(const assessment::Assessment& assessment, std::shared_ptr<const rubric::Rubric> rubric,
         const Options& options, const EvidenceChecker& evidence)
      : m_assessment(assessment),
        m_rubric(*rubric),
        m_options(options),
        m_evidence(evidence),
        m_zero(rubric->evidence_policy == rubric::EvidencePolicy::zero || options.strict_evidence) {
    m_result.rubric = std::move(rubric);
    const std::string base = assessment.base_directory.empty() ? "." : assessment.base_directory;
    m_root = assessment.evidence_root.empty() ? base : base + "/" + assessment.evidence_root;
  }

  Result run();

 private:
  // What a scored node gives its parent besides its score.
  struct NodeTotals {
    Decimal applicable;     // its full marks without the n/a clauses (caps and best-k applied)
    bool answered = false;  // some clause under it is neither unanswered nor n/a
  };
  // One child of a node, scored: for its parent's sums and best-k choice.
  struct ChildFacts {
    Decimal score;
    Decimal applicable;
    bool answered = false;
    std::size_t warnings_from = 0;  // the warnings it raised: [from, to)
    std::size_t warnings_to = 0;
  };
  NodeResult score_node(const rubric::Node& node, int parent, NodeTotals& totals);
  // A best-k node's choice: which children count, their sum, and what remains
  // applicable; drops the `unanswered` warnings of children not needed.
  std::vector<bool> best_of(const rubric::Node& node, const ChildFacts* children, std::size_t count, Decimal& sum,
                            Decimal& applicable);
  // below-floor reasons of a node and its items, in pre-order.
  void floor_reasons(const NodeResult& node);
  // Scores `clause` into `out` (a fresh ClauseResult).
  void score_clause(const rubric::Clause& clause, ClauseResult& out);
  void score_adjustments();
  void score_prerequisites();
  void check_title();
  // Checks every item (warning per item that does not count) and returns
  // whether the items fall short of `requirement`.
  bool lacks_evidence(const std::vector<assessment::EvidenceItem>& items,
                      const rubric::EvidenceRequirement& requirement, const std::string& id);
  void warn_missing(const rubric::EvidenceRequirement& requirement, const std::string& id,
                    assessment::Subject subject, diag::Position at);
  // Adds a warning of `kind` about `id`, written at `at`; returns it for details.
  Warning& warn(assessment::WarningKind kind, const std::string& id, diag::Position at = {}) {
    Warning& warning = m_result.warnings.emplace_back();
    warning.kind = kind;
    warning.id = id;
    warning.position = at;
    return warning;
  }

  const assessment::Assessment& m_assessment;
  const rubric::Rubric& m_rubric;
  const Options& m_options;
  const EvidenceChecker& m_evidence;
  const bool m_zero;
  std::string m_root;
  Result m_result;
  ScoreTree m_tree;
  std::vector<ChildFacts> m_facts;  // the children of the nodes being scored (score_node)
  std::vector<Reason> m_clause_vetoes;
  std::vector<Reason> m_adjustment_vetoes;
  std::vector<Reason> m_unmet;
  std::vector<Reason> m_floors;
  Decimal m_bonus_sum;
  Decimal m_penalty_sum;
};

bool Scorer::lacks_evidence(const std::vector<assessment::EvidenceItem>& items,
                            const rubric::EvidenceRequirement& requirement, const std::string& id) {
  int counted = 0;
  for (const assessment::EvidenceItem& evidence : items) {
    const std::string& item = evidence.text;
    const EvidenceStatus status = m_evidence.check(m_root, item);
    if (status == EvidenceStatus::not_found || status == EvidenceStatus::outside_root) {
      using assessment::WarningKind;
      warn(status == EvidenceStatus::not_found ? WarningKind::evidence_not_found
                                               : WarningKind::evidence_outside_root,
           id, evidence.position)
          .text = item;
    }
    if (!counts(status)) {
      continue;
    }
    bool of_kind = requirement.kinds.empty();
    if (!of_kind) {
      const std::string extension = evidence_extension(item);
      for (const std::string& kind : requirement.kinds) {
        of_kind = of_kind || (!extension.empty() && extension == kind);
      }
    }
    counted += of_kind ? 1 : 0;
  }
  return counted < requirement.min_items;
}

void Scorer::warn_missing(const rubric::EvidenceRequirement& requirement, const std::string& id,
                          assessment::Subject subject, diag::Position at) {
  Warning& warning = warn(assessment::WarningKind::missing_evidence, id, at);
  warning.subject = subject;
  warning.needed = requirement.min_items;
  warning.kinds = requirement.kinds;
}

void Scorer::score_clause(const rubric::Clause& clause, ClauseResult& out) {
  out.clause = &clause;
  out.max = clause.points;
  const assessment::Response* response = m_assessment.responses.find(clause.ordinal);
  if (response != nullptr) {
    out.evidence.reserve(response->evidence.size());
    for (const assessment::EvidenceItem& item : response->evidence) {
      out.evidence.push_back(item.text);
    }
    out.note = response->note;
  }
  if (response == nullptr || response->state == ResponseState::unanswered) {
    out.status = ClauseStatus::unanswered;
    out.why.kind = WhyKind::unanswered;
    warn(clause.veto ? assessment::WarningKind::veto_unanswered : assessment::WarningKind::unanswered,
         clause.id);
    if (response != nullptr) {
      lacks_evidence(response->evidence, clause.evidence, clause.id);
    }
    return;
  }
  if (response->state == ResponseState::not_applicable) {
    out.status = ClauseStatus::not_applicable;
    out.why.kind = WhyKind::not_applicable;
    out.response.kind = ResponseValue::Kind::text;
    out.response.text = "n/a";
    lacks_evidence(response->evidence, clause.evidence, clause.id);
    return;
  }
  RuleOutcome outcome = evaluate_rule(clause, *response, m_rubric.precision());
  out.status = ClauseStatus::scored;
  out.score = outcome.score;
  out.why = std::move(outcome.why);
  out.response = response_value(clause, *response);
  if (clause.veto && out.score < clause.points) {
    m_clause_vetoes.push_back(Reason{ReasonKind::clause_veto, clause.id, out.score, clause.points});
  }
  const bool lacking = lacks_evidence(response->evidence, clause.evidence, clause.id);
  if (lacking && out.score > Decimal()) {
    warn_missing(clause.evidence, clause.id, assessment::Subject::clause, response->position);
    if (m_zero) {
      out.score = Decimal();
      out.status = ClauseStatus::zeroed;
      out.why = Why{};
      out.why.kind = WhyKind::zeroed;
    }
  }
}

NodeResult Scorer::score_node(const rubric::Node& node, int parent, NodeTotals& totals) {
  NodeResult out;
  out.node = &node;
  out.max = node.full_marks;
  const int index = m_tree.add_node(parent, node.cap, node.best, node.id);
  // This node's children's facts go on m_facts above `base` (each item's own
  // children come and go above them while it is scored).
  const std::size_t base = m_facts.size();
  out.items.reserve(node.items.size());
  out.clauses.reserve(node.clauses.size());
  for (const rubric::Node& item : node.items) {
    const std::size_t from = m_result.warnings.size();
    NodeTotals inner;
    out.items.push_back(score_node(item, index, inner));
    m_facts.push_back(ChildFacts{out.items.back().score, inner.applicable, inner.answered, from,
                                 m_result.warnings.size()});
  }
  for (const rubric::Clause& clause : node.clauses) {
    const std::size_t from = m_result.warnings.size();
    ClauseResult& scored = out.clauses.emplace_back();
    score_clause(clause, scored);
    const bool takes_part = scored.status != ClauseStatus::not_applicable;
    m_tree.add_clause(index, clause.id, scored.score, clause.points, takes_part);
    const bool answered = scored.status == ClauseStatus::scored || scored.status == ClauseStatus::zeroed;
    m_facts.push_back(ChildFacts{scored.score, takes_part ? clause.points : Decimal(), answered, from,
                                 m_result.warnings.size()});
  }
  const ChildFacts* children = m_facts.data() + base;
  const std::size_t count = m_facts.size() - base;
  Decimal sum;
  Decimal applicable;
  if (node.best) {
    const std::vector<bool> counted = best_of(node, children, count, sum, applicable);
    for (std::size_t i = 0; i < count; ++i) {
      (node.items.empty() ? out.clauses[i].counted : out.items[i].counted) = counted[i];
    }
  } else {
    for (std::size_t i = 0; i < count; ++i) {
      sum += children[i].score;
      applicable += children[i].applicable;
    }
  }
  out.score = node.cap ? util::min(*node.cap, sum) : sum;
  totals.applicable = node.cap ? util::min(*node.cap, applicable) : applicable;
  totals.answered = std::any_of(children, children + count, [](const ChildFacts& c) { return c.answered; });
  m_facts.resize(base);
  m_tree.set_takes_part(index, totals.applicable > Decimal());
  if (node.floor && totals.applicable > Decimal()) {
    out.floor = totals.applicable == node.full_marks
                    ? *node.floor
                    : util::round_to_step(util::Fraction{util::checked_mul(node.floor->units(), totals.applicable.units()),
                                                         node.full_marks.units()},
                                          m_rubric.precision());
    m_tree.set_floor(index, *out.floor);
  }
  return out;
}

std::vector<bool> Scorer::best_of(const rubric::Node& node, const ChildFacts* children, std::size_t count,
                                  Decimal& sum, Decimal& applicable) {
  const std::size_t k = static_cast<std::size_t>(*node.best);
  std::vector<std::size_t> candidates;
  std::vector<Decimal> remaining;
  std::size_t answered = 0;
  for (std::size_t i = 0; i < count; ++i) {
    answered += children[i].answered ? 1 : 0;
    if (children[i].applicable > Decimal()) {
      candidates.push_back(i);
      remaining.push_back(children[i].applicable);
    }
  }
  // The K highest scores count (ties: the earlier child); n/a children never do.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](std::size_t a, std::size_t b) { return children[a].score > children[b].score; });
  std::vector<bool> counted(count, false);
  for (std::size_t i = 0; i < candidates.size() && i < k; ++i) {
    counted[candidates[i]] = true;
    sum += children[candidates[i]].score;
  }
  // What remains applicable: the K largest remaining children's full marks.
  std::stable_sort(remaining.begin(), remaining.end(), [](Decimal a, Decimal b) { return a > b; });
  for (std::size_t i = 0; i < remaining.size() && i < k; ++i) {
    applicable += remaining[i];
  }
  // With K children answered, the unanswered ones are simply not chosen.
  if (answered >= k) {
    for (std::size_t i = count; i-- > 0;) {
      if (children[i].answered) {
        continue;
      }
      auto first = m_result.warnings.begin() + static_cast<std::ptrdiff_t>(children[i].warnings_from);
      auto last = m_result.warnings.begin() + static_cast<std::ptrdiff_t>(children[i].warnings_to);
      m_result.warnings.erase(std::remove_if(first, last,
                                             [](const Warning& w) {
                                               return w.kind == assessment::WarningKind::unanswered;
                                             }),
                              last);
    }
  }
  return counted;
}

void Scorer::floor_reasons(const NodeResult& node) {
  if (node.floor && node.score < *node.floor) {
    m_floors.push_back(Reason{ReasonKind::below_floor, node.node->id, node.score, *node.floor});
  }
  for (const NodeResult& item : node.items) {
    floor_reasons(item);
  }
}

void Scorer::score_adjustments() {
  for (const rubric::Adjustment& adjustment : m_rubric.adjustments) {
    AdjustmentResult out;
    out.adjustment = &adjustment;
    const assessment::AdjustmentAnswer* answer = answer_to(m_assessment.adjustments, adjustment.id);
    static const std::vector<assessment::EvidenceItem> k_none;
    const std::vector<assessment::EvidenceItem>& items = answer != nullptr ? answer->evidence : k_none;
    const bool lacking = lacks_evidence(items, adjustment.evidence, adjustment.id);
    if (adjustment.kind == AdjustmentKind::veto) {
      out.occurred = answer != nullptr ? answer->occurred : std::nullopt;
      if (!out.occurred) {
        warn(assessment::WarningKind::veto_unanswered, adjustment.id).subject = assessment::Subject::event;
      } else if (*out.occurred) {
        m_adjustment_vetoes.push_back(Reason{ReasonKind::event_veto, adjustment.id, {}, {}});
      }
    } else {
      out.count = answer != nullptr ? answer->count : 0;
      if (adjustment.kind == AdjustmentKind::bonus && out.count > 0 && lacking) {
        warn_missing(adjustment.evidence, adjustment.id, assessment::Subject::bonus, answer->position);
        if (m_zero) {
          out.count = 0;
        }
      }
      out.points = entry_points(adjustment, out.count);
      (adjustment.kind == AdjustmentKind::bonus ? m_bonus_sum : m_penalty_sum) += out.points;
    }
    m_result.adjustments.push_back(out);
  }
}

void Scorer::score_prerequisites() {
  for (const rubric::Prerequisite& prerequisite : m_rubric.prerequisites) {
    PrerequisiteResult out;
    out.prerequisite = &prerequisite;
    const assessment::PrerequisiteAnswer* answer = answer_to(m_assessment.prerequisites, prerequisite.id);
    out.met = answer != nullptr ? answer->met : std::nullopt;
    Unmet why = Unmet::not_met;
    if (!out.met) {
      warn(assessment::WarningKind::prerequisite_unanswered, prerequisite.id);
      why = Unmet::unanswered;
    }
    static const std::vector<assessment::EvidenceItem> k_none;
    const bool lacking = lacks_evidence(answer != nullptr ? answer->evidence : k_none,
                                        prerequisite.evidence, prerequisite.id);
    if (out.met.value_or(false) && lacking) {
      warn_missing(prerequisite.evidence, prerequisite.id, assessment::Subject::prerequisite, answer->position);
      if (m_zero) {
        out.met = false;
        why = Unmet::lacks_evidence;
      }
    }
    if (!out.met.value_or(false)) {
      m_unmet.push_back(Reason{ReasonKind::prerequisite, prerequisite.id, {}, {}, why});
    }
    m_result.prerequisites.push_back(out);
  }
}

void Scorer::check_title() {
  const std::optional<util::Date> reference =
      m_options.as_of ? m_options.as_of : m_assessment.assessed_on;
  if (!m_rubric.validity_years || !m_assessment.title_named_on || !reference) {
    return;
  }
  const util::Date until = util::add_years(*m_assessment.title_named_on, *m_rubric.validity_years);
  if (*reference > until) {
    warn(assessment::WarningKind::title_expired, "", m_assessment.title_named_on_position).expiry =
        assessment::Expiry{*m_assessment.title_named_on, *m_rubric.validity_years, until, *reference};
  }
}

Result Scorer::run() {
  m_result.source = m_assessment.source;
  m_result.line = m_assessment.line;
  m_result.assessor = m_assessment.assessor;
  m_result.assessed_on = m_assessment.assessed_on;
  m_result.period = m_assessment.period;
  m_result.unit = m_assessment.unit;
  m_result.max = m_rubric.total;
  // Room for a warning per clause, adjustment and prerequisite, the usual most.
  m_result.warnings.reserve(m_assessment.warnings.size() + m_rubric.tree_size().clauses +
                            m_rubric.adjustments.size() + m_rubric.prerequisites.size() + 1);
  m_result.warnings.insert(m_result.warnings.end(), m_assessment.warnings.begin(), m_assessment.warnings.end());

  m_tree.reserve(m_rubric.tree_size().nodes, m_rubric.tree_size().clauses);
  m_facts.reserve(m_rubric.tree_size().nodes + m_rubric.tree_size().clauses);
  Decimal applicable_full;
  for (const rubric::Node& category : m_rubric.categories) {
    NodeTotals totals;
    m_result.categories.push_back(score_node(category, -1, totals));
    m_result.base_raw += m_result.categories.back().score;
    applicable_full += totals.applicable;
    floor_reasons(m_result.categories.back());
  }
  m_tree.finish();
  if (m_rubric.normalize && applicable_full.is_zero()) {
    throw AllNotApplicable();
  }
  score_adjustments();
  score_prerequisites();
  check_title();

  Totals totals;
  totals.normalize = m_rubric.normalize;
  totals.total = m_rubric.total;
  totals.applicable_full = applicable_full;
  totals.precision = m_rubric.precision();
  totals.bonus = m_rubric.bonus_cap ? util::min(*m_rubric.bonus_cap, m_bonus_sum) : m_bonus_sum;
  totals.penalty =
      m_rubric.penalty_cap ? util::min(*m_rubric.penalty_cap, m_penalty_sum) : m_penalty_sum;
  m_result.base = totals.base(m_result.base_raw);
  m_result.bonus = totals.bonus;
  m_result.penalty = totals.penalty;
  m_result.score = totals.final_score(m_result.base_raw);

  std::vector<std::string> blocking;
  for (const std::vector<Reason>* group : {&m_clause_vetoes, &m_adjustment_vetoes, &m_unmet}) {
    for (const Reason& reason : *group) {
      m_result.reasons.push_back(reason);
      blocking.push_back(reason.code());
    }
  }
  m_result.reasons.insert(m_result.reasons.end(), m_floors.begin(), m_floors.end());
  if (m_result.score < m_rubric.threshold) {
    m_result.reasons.push_back(Reason{ReasonKind::below_threshold, "", m_result.score, m_rubric.threshold});
  }
  m_result.verdict = m_result.reasons.empty() ? Verdict::eligible : Verdict::ineligible;
  for (const rubric::Grade& grade : m_rubric.grades) {
    if (grade.min <= m_result.score) {
      m_result.grade = grade.label;
      break;
    }
  }
  m_result.gap = plan_gap(std::move(m_tree), totals, m_rubric.threshold, std::move(blocking));
  return std::move(m_result);
}

}  // namespace

Result score(const assessment::Assessment& assessment, std::shared_ptr<const rubric::Rubric> rubric,
             const Options& options, const EvidenceChecker& evidence) {
  return Scorer(assessment, std::move(rubric), options, evidence).run();
}

Outcome score_outcome(const assessment::Assessment& assessment,
                      std::shared_ptr<const rubric::Rubric> rubric, const Options& options,
                      const EvidenceChecker& evidence) {
  diag::Diagnostic problem;
  problem.path = assessment.source;
  try {
    return score(assessment, rubric, options, evidence);
  } catch (const AllNotApplicable&) {
    problem.code = "all-not-applicable";
    problem.message = "every clause is answered n/a, so nothing remains to score";
  } catch (const util::DecimalOverflow&) {
    problem.code = "score-overflow";
    problem.message = "a score is too large to compute exactly";
  }
  ErrorResult error;
  error.source = assessment.source;
  error.line = assessment.line;
  error.unit = assessment.unit;
  error.rubric = std::move(rubric);
  error.errors.push_back(std::move(problem));
  return error;
}

}  // namespace cepin::scoring
