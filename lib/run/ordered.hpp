// Running work items on several threads while emitting results in input order.
#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <exception>
#include <limits>
#include <map>
#include <optional>
#include <mutex>
#include <thread>
#include <vector>

namespace cepin::run {

// Runs `work(job)` for every job that `next()` gives (until it gives
// nullopt) on `jobs` threads and calls `emit(index, result)` on the calling
// thread in the order the jobs came, as soon as a job and every one before it
// are done. `next` runs on the calling thread, and at most `window` jobs are
// taken ahead of the emitted ones, so memory stays flat however many jobs
// there are. When `stop()` turns true, no new job starts and the call returns
// after the running ones finish. With one job everything runs on the calling
// thread. An exception thrown by `work` reaches the caller as it would with
// one job: the run stops at that job (everything before it is emitted) and
// the exception is rethrown. What `emit` leaves of a result is destroyed on
// the thread that made it.
template <typename Job, typename T>
void run_in_order(const std::function<std::optional<Job>()>& next, unsigned jobs,
                  const std::function<T(Job&)>& work, const std::function<void(std::size_t, T&&)>& emit,
                  const std::function<bool()>& stop = {}, std::size_t window = 64) {
  if (jobs <= 1) {
    for (std::size_t i = 0;; ++i) {
      if (stop && stop()) {
        return;
      }
      std::optional<Job> job = next();
      if (!job) {
        return;
      }
      emit(i, work(*job));
    }
  }
  // A finished job: its result, or the exception its work threw.
  struct Slot {
    std::optional<T> value;
    std::exception_ptr error;
    unsigned worker = 0;  // the thread that made it
  };
  std::mutex mutex;
  std::condition_variable work_waits;  // workers: a job is queued, or the run ends
  std::condition_variable emit_waits;  // the emitter: the job it waits for is done
  std::deque<std::pair<std::size_t, Job>> queue;  // taken, not started
  std::map<std::size_t, Slot> ready;
  // What emit() leaves of each result goes back to the thread that made it,
  // to be released there: freeing on the emitter would contend for the
  // workers' allocator arenas.
  std::vector<std::vector<T>> spent(jobs);
  std::exception_ptr failure;
  std::size_t taken = 0;  // jobs taken from `next` so far
  std::size_t next_to_emit = 0;
  bool exhausted = false;
  // Set under the lock, and also read by workers between the jobs of a batch
  // without it, as is the lowest index whose job threw (no later job is wanted).
  std::atomic<bool> stopping{false};
  std::atomic<std::size_t> first_failed{std::numeric_limits<std::size_t>::max()};

  // A thread takes a run of consecutive jobs at once (up to 16, a fair share
  // of what waits), so that threads meet at the lock and wake the emitter
  // once a run rather than once a job. Called with the lock held.
  auto take_share = [&](std::vector<std::pair<std::size_t, Job>>& batch) {
    batch.clear();
    const std::size_t share = std::max<std::size_t>(1, std::min<std::size_t>(16, queue.size() / jobs));
    for (std::size_t i = 0; i < share && !queue.empty(); ++i) {
      batch.push_back(std::move(queue.front()));
      queue.pop_front();
    }
  };
  // Runs a batch without the lock, then files its results under it; true
  // when the emitter waits for one of them.
  auto run_batch = [&](unsigned who, std::vector<std::pair<std::size_t, Job>>& batch,
                       std::vector<std::pair<std::size_t, Slot>>& done, std::vector<T>& released,
                       std::unique_lock<std::mutex>& lock) {
    done.clear();
    lock.unlock();
    released.clear();
    for (auto& job : batch) {
      if (stopping.load(std::memory_order_relaxed) || job.first > first_failed.load(std::memory_order_relaxed)) {
        break;  // stopping, or after a job that threw: the rest of the batch is not wanted
      }
      Slot slot;
      slot.worker = who;
      try {
        slot.value.emplace(work(job.second));
      } catch (...) {
        slot.error = std::current_exception();
        std::size_t lowest = first_failed.load();
        while (job.first < lowest && !first_failed.compare_exchange_weak(lowest, job.first)) {
        }
      }
      done.emplace_back(job.first, std::move(slot));
    }
    lock.lock();
    bool wanted = false;
    for (auto& [index, slot] : done) {
      wanted = wanted || index == next_to_emit;
      ready.emplace(index, std::move(slot));
    }
    return wanted;
  };
  auto worker = [&](unsigned who) {
    std::vector<std::pair<std::size_t, Job>> batch;
    std::vector<std::pair<std::size_t, Slot>> done;
    std::vector<T> released;
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      work_waits.wait(lock, [&] { return stopping || !queue.empty() || exhausted; });
      if (stopping || queue.empty()) {
        return;
      }
      take_share(batch);
      released.swap(spent[who]);
      if (run_batch(who, batch, done, released, lock)) {
        emit_waits.notify_one();  // only the job the emitter waits for wakes it
      }
    }
  };
  // Takes jobs from `next` until `window` wait ahead of the emitted ones.
  // Called with the lock held; `next` itself runs without it.
  auto refill = [&](std::unique_lock<std::mutex>& lock) {
    bool added = false;
    while (!exhausted && !stopping && taken < next_to_emit + window) {
      lock.unlock();
      std::optional<Job> job = next();
      lock.lock();
      if (!job) {
        exhausted = true;
        added = true;  // idle workers may return
        break;
      }
      queue.emplace_back(taken++, std::move(*job));
      added = true;
    }
    if (added) {
      work_waits.notify_all();  // once a refill, so that each worker takes its share
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back(worker, t);
  }
  {
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      refill(lock);
      if (exhausted && next_to_emit == taken) {
        break;
      }
      emit_waits.wait_for(lock, std::chrono::milliseconds(100), [&] { return ready.count(next_to_emit) > 0; });
      if (stop && stop()) {
        stopping = true;
        break;
      }
      while (!failure && !ready.empty() && ready.begin()->first == next_to_emit) {
        Slot slot = std::move(ready.begin()->second);
        ready.erase(ready.begin());
        if (slot.error) {
          failure = slot.error;
          break;
        }
        T result = std::move(*slot.value);
        std::size_t index = next_to_emit++;
        lock.unlock();
        try {
          emit(index, std::move(result));
        } catch (...) {
          failure = std::current_exception();
        }
        lock.lock();
        spent[slot.worker].push_back(std::move(result));
      }
      if (failure) {
        stopping = true;
        break;
      }
    }
  }
  work_waits.notify_all();
  for (std::thread& thread : threads) {
    thread.join();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
}

// Runs `work(i)` for every i in [0, n) as run_in_order runs its jobs.
template <typename T>
void run_ordered(std::size_t n, unsigned jobs, const std::function<T(std::size_t)>& work,
                 const std::function<void(std::size_t, T&&)>& emit, const std::function<bool()>& stop = {},
                 std::size_t window = 64) {
  std::size_t next_index = 0;
  std::function<std::optional<std::size_t>()> next = [&]() -> std::optional<std::size_t> {
    return next_index < n ? std::optional<std::size_t>(next_index++) : std::nullopt;
  };
  std::function<T(std::size_t&)> run = [&](std::size_t& i) { return work(i); };
  run_in_order<std::size_t, T>(next, n <= 1 ? 1 : jobs, run, emit, stop, window);
}

// The CPUs this process may use (sched_getaffinity), at least 1.
unsigned available_cpus();

}  // namespace cepin::run
