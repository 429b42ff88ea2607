#include "assessment/model.hpp"

#include <algorithm>

namespace cepin::assessment {

Response& Responses::slot(std::size_t ordinal) {
  if (ordinal >= m_slots.size()) {
    m_slots.resize(std::max(ordinal + 1, m_slots.capacity()));  // to what was reserved, in one step
  }
  std::optional<Response>& slot = m_slots[ordinal];
  if (!slot) {
    slot.emplace();
    ++m_count;
  }
  return *slot;
}

void Responses::erase(std::size_t ordinal) {
  if (ordinal < m_slots.size() && m_slots[ordinal]) {
    m_slots[ordinal].reset();
    --m_count;
  }
}

}  // namespace cepin::assessment
