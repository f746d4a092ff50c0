/**
 * The only source of time below the entry point. Components receive a Clock so tests can
 * move time (agreement expiry, credential validity) without sleeping.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now: () => number
}

export const systemClock: Clock = { now: () => Date.now() }

/** A clock that only moves when told to; for tests. */
export class ManualClock implements Clock {
  private t: number
  constructor(start = Date.UTC(2026, 0, 1)) {
    this.t = start
  }
  now(): number {
    return this.t
  }
  set(ms: number): void {
    this.t = ms
  }
  advance(ms: number): void {
    this.t += ms
  }
}
