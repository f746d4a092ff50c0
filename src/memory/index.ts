import { performance, type EventLoopUtilization } from 'node:perf_hooks'
import type { Logger } from '../logging/index.ts'

/**
 * Memory that comes back once a node goes quiet.
 *
 * V8 collects its old generation when allocation pushes the heap to its limit; an idle node
 * allocates little, and V8's memory reducer gives up after a few rounds. In a 12-minute soak
 * (test/integration/soak.test.ts) the provider idled at 278 MiB RSS with 126 MiB of JS heap in
 * use, of which a heap snapshot found 49 MiB alive. So the node says when it is idle: after
 * `quietIntervals` intervals whose event-loop utilisation stayed below `idleBelow`, when the
 * committed heap (what RSS pays for, `heapTotal`) grew by `minGrowthBytes` since the last such
 * collection (the node also collects once when it has started: start-up leaves garbage too), one
 * memory-reducing full collection runs (V8's "last resort" flavour, the one
 * `LowMemoryNotification` runs; it also returns pooled pages). On this machine it took ~50 ms
 * for a 190 MiB heap and brought a test process from 268 to 64 MiB RSS. Under load nothing
 * changes: the loop is busy and V8 schedules its own collections.
 */
export interface IdleCollectorComponents {
  /** A full, memory-reducing collection. The entry point provides it (it needs a V8 flag). */
  collect: () => void
  logger: Logger
  /** Counts collections (hanse_idle_collections_total). */
  counted?: () => void
  /** Event-loop utilisation (0..1) since the previous call; Node's by default. */
  utilization?: () => number
  /** Bytes of JS heap committed (`heapTotal`); Node's by default. */
  heapCommitted?: () => number
  /**
   * Let go of what the node keeps for reuse (the transfer provider's idle read buffers) once it
   * is quiet; returns the bytes let go, which count as growth: outside the JS heap, they are
   * freed only by a full collection when V8 has promoted them.
   */
  release?: () => number
}

export interface IdleCollectorInit {
  intervalMs: number
  /** An interval counts as quiet when the event loop was busy less than this share of it. */
  idleBelow: number
  quietIntervals: number
  minGrowthBytes: number
}

export const idleCollectorDefaults: IdleCollectorInit = {
  intervalMs: 5_000,
  idleBelow: 0.05,
  quietIntervals: 2,
  minGrowthBytes: 16 * 1024 * 1024
}

export class IdleCollector {
  private readonly components: Required<IdleCollectorComponents>
  private readonly init: IdleCollectorInit
  private timer: NodeJS.Timeout | undefined
  private quiet = 0
  private baseline = 0
  /** Bytes let go since the last collection (see `release`). */
  private released = 0

  constructor(components: IdleCollectorComponents, init: Partial<IdleCollectorInit> = {}) {
    let last: EventLoopUtilization | undefined
    this.components = {
      counted: () => {},
      utilization: () => {
        const now = performance.eventLoopUtilization()
        const delta = last === undefined ? now : performance.eventLoopUtilization(now, last)
        last = now
        return delta.utilization
      },
      heapCommitted: () => process.memoryUsage().heapTotal,
      release: () => 0,
      ...components
    }
    this.init = { ...idleCollectorDefaults, ...init }
  }

  start(): void {
    if (this.timer !== undefined) return
    this.components.utilization()
    this.timer = setInterval(() => this.tick(), this.init.intervalMs)
    // a quiet node must still be free to exit
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** One interval's decision; public for tests that drive it without waiting. */
  tick(): boolean {
    const { utilization, heapCommitted, release } = this.components
    this.quiet = utilization() < this.init.idleBelow ? this.quiet + 1 : 0
    if (this.quiet < this.init.quietIntervals) return false
    this.released += release()
    if (heapCommitted() - this.baseline + this.released < this.init.minGrowthBytes) return false
    return this.collectNow('idle')
  }

  /**
   * Collect now. The node calls it once when it has started: start-up (loading modules, opening
   * the stores, describing datasets) leaves some 45 MiB of garbage that would otherwise stay
   * until the first quiet period, or under a node that is busy from the start, for good.
   */
  collectNow(why: 'idle' | 'started'): boolean {
    const { heapCommitted, collect, logger, counted } = this.components
    const before = heapCommitted()
    const t = performance.now()
    try {
      collect()
    } catch (err) {
      // a collector that cannot run is not worth a crash; memory stays as V8 leaves it
      logger.warn({ err }, 'idle collection failed; not trying again')
      this.stop()
      return false
    }
    this.baseline = heapCommitted()
    this.released = 0
    this.quiet = 0
    counted()
    logger.debug(
      { heapBeforeMiB: Math.round(before / 2 ** 20), heapAfterMiB: Math.round(this.baseline / 2 ** 20), ms: Math.round(performance.now() - t) },
      `${why}: collected garbage`
    )
    return true
  }
}
