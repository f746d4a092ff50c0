import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/logging/index.ts'
import { IdleCollector } from '../../src/memory/index.ts'
import { memoryReducingCollection } from '../../src/cli/allocator.ts'

const MiB = 2 ** 20

/** A collector over a scripted event loop and heap. */
function scripted(init: { heap: number }) {
  const s = { busy: 0, heap: init.heap, collections: 0, counted: 0 }
  const collector = new IdleCollector(
    {
      collect: () => {
        s.collections++
        s.heap = 40 * MiB
      },
      logger: silentLogger(),
      counted: () => s.counted++,
      utilization: () => s.busy,
      heapCommitted: () => s.heap
    },
    { quietIntervals: 2, idleBelow: 0.05, minGrowthBytes: 32 * MiB }
  )
  return { s, collector }
}

describe('the idle collector', () => {
  it('collects once the loop has been quiet for the set intervals (and the heap grew since), then waits for new growth', () => {
    const { s, collector } = scripted({ heap: 30 * MiB })
    // under load: nothing, however large the heap
    s.busy = 0.6
    s.heap = 150 * MiB
    expect([collector.tick(), collector.tick(), collector.tick()]).toEqual([false, false, false])
    // quiet: the first quiet interval is not enough, the second collects
    s.busy = 0.01
    expect(collector.tick()).toBe(false)
    expect(collector.tick()).toBe(true)
    expect(s).toMatchObject({ collections: 1, counted: 1, heap: 40 * MiB })
    // still quiet, heap unchanged since: no second collection
    expect([collector.tick(), collector.tick(), collector.tick()]).toEqual([false, false, false])
    // a busy interval resets the count; growth of less than minGrowthBytes is left alone
    s.busy = 0.5
    collector.tick()
    s.busy = 0
    s.heap = 70 * MiB
    expect([collector.tick(), collector.tick()]).toEqual([false, false])
    s.heap = 73 * MiB
    expect(collector.tick()).toBe(true)
    expect(s.collections).toBe(2)
  })

  it('collects at once when the node has started, and measures later growth from there', () => {
    const { s, collector } = scripted({ heap: 90 * MiB })
    expect(collector.collectNow('started')).toBe(true)
    expect(s).toMatchObject({ collections: 1, counted: 1, heap: 40 * MiB })
    // quiet afterwards, with less growth than minGrowthBytes since: nothing more to do
    s.busy = 0
    s.heap = 60 * MiB
    expect([collector.tick(), collector.tick(), collector.tick()]).toEqual([false, false, false])
    s.heap = 80 * MiB
    expect(collector.tick()).toBe(true)
    expect(s.collections).toBe(2)
  })

  it('lets go of what the node keeps for reuse once quiet, and counts those bytes as growth', () => {
    const s = { busy: 0, heap: 40 * MiB, pool: 16 * MiB, collections: 0, releases: 0 }
    const collector = new IdleCollector(
      {
        collect: () => {
          s.collections++
        },
        logger: silentLogger(),
        utilization: () => s.busy,
        heapCommitted: () => s.heap,
        release: () => {
          s.releases++
          const bytes = s.pool
          s.pool = 0
          return bytes
        }
      },
      { quietIntervals: 2, idleBelow: 0.05, minGrowthBytes: 32 * MiB }
    )
    collector.collectNow('started')
    // busy, or not yet quiet long enough: the pool stays
    s.busy = 0.5
    expect(collector.tick()).toBe(false)
    s.busy = 0
    expect(collector.tick()).toBe(false)
    expect(s.releases).toBe(0)
    // quiet: the pool goes; 16 MiB of buffers and 10 MiB of heap growth are not yet worth a collection
    s.heap = 50 * MiB
    expect(collector.tick()).toBe(false)
    expect(s).toMatchObject({ releases: 1, pool: 0, collections: 1 })
    // a transfer refills the pool while the node stays quiet: together with what went before, it is
    s.pool = 16 * MiB
    expect(collector.tick()).toBe(true)
    expect(s.collections).toBe(2)
    // counted from the collection on: an empty pool and no growth collect nothing
    expect([collector.tick(), collector.tick()]).toEqual([false, false])
  })

  it('stops trying when the collection itself fails', async () => {
    let calls = 0
    const collector = new IdleCollector(
      {
        collect: () => {
          calls++
          throw new Error('no gc here')
        },
        logger: silentLogger(),
        utilization: () => 0,
        heapCommitted: () => 100 * MiB
      },
      { quietIntervals: 1, minGrowthBytes: 0, intervalMs: 5 }
    )
    collector.start()
    await new Promise(resolve => setTimeout(resolve, 60))
    collector.stop()
    expect(calls).toBe(1)
  })

  it("V8's memory-reducing collection frees what a process no longer holds", () => {
    const collect = memoryReducingCollection()
    let garbage: unknown[] | null = Array.from({ length: 300_000 }, (_, i) => ({ i, s: `entry ${i}` }))
    const held = process.memoryUsage().heapUsed
    expect(garbage.length).toBe(300_000)
    garbage = null
    collect()
    expect(process.memoryUsage().heapUsed).toBeLessThan(held - 10 * MiB)
  })
})
