#include "assessment/model.hpp"

#include <algorithm>
#include <stdexcept>

namespace cepin::assessment {

Response& Responses::slot(std::size_t ordinal) {
  if (ordinal == static_cast<std::size_t>(-1)) {
    throw std::logic_error("a response to a clause without an ordinal (the rubric was not indexed)");
  }
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
