/**
 * Lets the first event per key and window through and counts the rest, so a peer that repeats
 * the same refused request a thousand times a second produces one log line (or ledger entry)
 * a window with the count, not a thousand. Keys are bounded: the oldest are forgotten first.
 */
export class Throttle {
  private readonly windowMs: number
  private readonly maxKeys: number
  private readonly now: () => number
  private readonly keys = new Map<string, { since: number; suppressed: number }>()

  constructor(init: { windowMs: number; maxKeys?: number; now?: () => number }) {
    this.windowMs = init.windowMs
    this.maxKeys = init.maxKeys ?? 10_000
    this.now = init.now ?? Date.now
  }

  /**
   * undefined: suppress this one (it is counted). A number: let it through; that many events of
   * this key were suppressed since the last one let through.
   */
  hit(key: string): number | undefined {
    const t = this.now()
    const cur = this.keys.get(key)
    if (cur !== undefined && t - cur.since < this.windowMs) {
      cur.suppressed++
      return undefined
    }
    const suppressed = cur?.suppressed ?? 0
    this.keys.delete(key)
    this.keys.set(key, { since: t, suppressed: 0 })
    if (this.keys.size > this.maxKeys) this.keys.delete(this.keys.keys().next().value as string)
    return suppressed
  }

  /** Counts suppressed and not yet reported, by key (then forgotten): for a summary at stop. */
  drain(): Array<[string, number]> {
    const out: Array<[string, number]> = []
    for (const [k, v] of this.keys) if (v.suppressed > 0) out.push([k, v.suppressed])
    this.keys.clear()
    return out
  }
}
