/**
 * The one retry schedule: exponential backoff with jitter. Every retry loop (negotiation
 * outbox, transfer resume, bootstrap redial, membership exchange) takes its delays from here.
 * The jitter spreads the retries of many processes that failed together (a peer restarting
 * makes hundreds fail at once) instead of sending them back in lock-step.
 * https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/
 */
export interface Backoff {
  /** Delay before the first retry. */
  initialMs: number
  /** No delay is longer. */
  maxMs: number
  /** Growth per attempt; 2 by default. */
  factor?: number
  /**
   * Fraction of the delay that is random, 0 to 1 (default 0.2): the delay lies between
   * (1 - jitter) and 1 times the exponential one, so it never exceeds `maxMs`.
   */
  jitter?: number
}

/** Milliseconds to wait before retry number `attempt` (1 for the first retry). */
export function backoffDelay(attempt: number, b: Backoff, random: () => number = Math.random): number {
  const exp = b.initialMs * (b.factor ?? 2) ** Math.max(0, attempt - 1)
  const base = Math.min(b.maxMs, exp)
  const jitter = Math.min(1, Math.max(0, b.jitter ?? 0.2))
  return Math.max(0, Math.round(base * (1 - jitter * random())))
}
