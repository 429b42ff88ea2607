#include "report/clause_order.hpp"

namespace cepin::report {

namespace {

void collect_clauses(const scoring::NodeResult& node,
                     std::vector<const scoring::ClauseResult*>& out) {
  for (const scoring::NodeResult& item : node.items) {
    collect_clauses(item, out);
  }
  for (const scoring::ClauseResult& clause : node.clauses) {
    out.push_back(&clause);
  }
}

}  // namespace

std::vector<const scoring::ClauseResult*> clauses_in_order(const scoring::NodeResult& node) {
  std::vector<const scoring::ClauseResult*> out;
  collect_clauses(node, out);
  return out;
}

}  // namespace cepin::report
