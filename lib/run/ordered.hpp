// Running work items on several threads while emitting results in input order.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <exception>
#include <map>
#include <optional>
#include <mutex>
#include <thread>
#include <vector>

namespace cepin::run {

// Runs `work(i)` for every i in [0, n) on `jobs` threads and calls
// `emit(i, result)` on the calling thread in index order, as soon as i and
// every item before it are done. At most `window` finished results wait to be
// emitted, so memory stays flat however large n is. When `stop()` turns true,
// no new item starts and the call returns after the running ones finish.
// With one job everything runs on the calling thread. An exception thrown by
// `work` reaches the caller as it would with one job: the run stops at that
// item (everything before it is emitted) and the exception is rethrown.
template <typename T>
void run_ordered(std::size_t n, unsigned jobs, const std::function<T(std::size_t)>& work,
                 const std::function<void(std::size_t, T&&)>& emit, const std::function<bool()>& stop = {},
                 std::size_t window = 256) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) {
      if (stop && stop()) {
        return;
      }
      emit(i, work(i));
    }
    return;
  }
  // A finished item: its result, or the exception its work threw.
  struct Slot {
    std::optional<T> value;
    std::exception_ptr error;
  };
  std::mutex mutex;
  std::condition_variable changed;
  std::map<std::size_t, Slot> ready;
  std::exception_ptr failure;
  std::size_t next_to_claim = 0;
  std::size_t next_to_emit = 0;
  bool stopping = false;

  auto worker = [&] {
    for (;;) {
      std::size_t index = 0;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return stopping || next_to_claim >= n || next_to_claim < next_to_emit + window; });
        if (stopping || next_to_claim >= n) {
          return;
        }
        index = next_to_claim++;
      }
      Slot slot;
      try {
        slot.value.emplace(work(index));
      } catch (...) {
        slot.error = std::current_exception();
      }
      bool wanted = false;
      {
        std::lock_guard<std::mutex> lock(mutex);
        ready.emplace(index, std::move(slot));
        wanted = index == next_to_emit;  // only the item the emitter waits for wakes it
      }
      if (wanted) {
        changed.notify_all();
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back(worker);
  }
  {
    std::unique_lock<std::mutex> lock(mutex);
    while (next_to_emit < n) {
      changed.wait_for(lock, std::chrono::milliseconds(100), [&] { return ready.count(next_to_emit) > 0; });
      if (stop && stop()) {
        stopping = true;
        break;
      }
      while (!failure && !ready.empty() && ready.begin()->first == next_to_emit) {
        Slot slot = std::move(ready.begin()->second);
        ready.erase(ready.begin());
        if (slot.error) {
          failure = slot.error;
          stopping = true;
          break;
        }
        T result = std::move(*slot.value);
        std::size_t index = next_to_emit++;
        lock.unlock();
        changed.notify_all();
        try {
          emit(index, std::move(result));
        } catch (...) {
          failure = std::current_exception();
        }
        lock.lock();
      }
      if (failure) {
        stopping = true;
        break;
      }
    }
  }
  changed.notify_all();
  for (std::thread& thread : threads) {
    thread.join();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
}

// The CPUs this process may use (sched_getaffinity), at least 1.
unsigned available_cpus();

}  // namespace cepin::run
