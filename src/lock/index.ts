/**
 * Serializes async work per key (a negotiation process, an agreement's use counter, a
 * download): work for one key runs one at a time in arrival order, different keys run freely.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<unknown>>()

  async run<T> (key: string, fn: () => Promise<T>): Promise<T> {
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
  has (key: string): boolean { return this.tails.has(key) }

  /** Settles when everything queued so far has finished. */
  async idle (): Promise<void> { await Promise.allSettled([...this.tails.values()]) }
}
