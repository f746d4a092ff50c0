/**
 * Serializes async work per key (a negotiation process, an agreement's use counter, a
 * download): work for one key runs one at a time in arrival order, different keys run freely.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>()

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve()
    const next = prev.then(fn, fn)
    const tail = next.catch(() => {})
    this.tails.set(key, tail)
    try {
      return await next
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    }
  }

  /** Whether work for `key` is queued or running. */
  has(key: string): boolean {
    return this.tails.has(key)
  }

  /** Settles when everything queued so far has finished. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.tails.values()])
  }
}

/** Run `fn` over `items` (with each one's index), at most `limit` at a time. */
export async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        await fn(items[i] as T, i)
      }
    })
  )
}

/**
 * At most `limit` pieces of work per key at once; the rest wait in arrival order. Used where a
 * peer accepts a bounded number of streams per protocol: local concurrency queues here instead
 * of being refused by the peer (or by libp2p's own outbound stream limit).
 */
export class KeyedLimiter {
  private readonly limit: number
  private readonly running = new Map<string, number>()
  private readonly waiting = new Map<string, Array<() => void>>()

  constructor(limit: number) {
    this.limit = Math.max(1, limit)
  }

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    if ((this.running.get(key) ?? 0) >= this.limit) {
      await new Promise<void>(resolve => {
        const q = this.waiting.get(key) ?? []
        q.push(resolve)
        this.waiting.set(key, q)
      })
    } else {
      this.running.set(key, (this.running.get(key) ?? 0) + 1)
    }
    try {
      return await fn()
    } finally {
      const q = this.waiting.get(key)
      const next = q?.shift()
      if (q !== undefined && q.length === 0) this.waiting.delete(key)
      // a waiter takes over the slot; otherwise it is freed
      if (next !== undefined) next()
      else {
        const n = (this.running.get(key) ?? 1) - 1
        if (n <= 0) this.running.delete(key)
        else this.running.set(key, n)
      }
    }
  }
}

/**
 * Callers waiting for an event about a key (a process reaching a state): resolved by the event,
 * or with undefined after `timeoutMs`. Event-driven, no polling.
 */
export class Waiters<E> {
  private readonly byKey = new Map<string, Set<(e: E) => void>>()

  async wait(key: string, match: (e: E) => boolean, timeoutMs: number, signal?: AbortSignal): Promise<E | undefined> {
    return await new Promise(resolve => {
      const done = (e: E | undefined): void => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        const set = this.byKey.get(key)
        set?.delete(waiter)
        if (set?.size === 0) this.byKey.delete(key)
        resolve(e)
      }
      const waiter = (e: E): void => {
        if (match(e)) done(e)
      }
      const onAbort = (): void => {
        done(undefined)
      }
      const timer = setTimeout(onAbort, timeoutMs)
      signal?.addEventListener('abort', onAbort, { once: true })
      let set = this.byKey.get(key)
      if (set === undefined) {
        set = new Set()
        this.byKey.set(key, set)
      }
      set.add(waiter)
    })
  }

  notify(key: string, e: E): void {
    for (const w of [...(this.byKey.get(key) ?? [])]) w(e)
  }
}
