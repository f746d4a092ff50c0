import { randomUUID } from 'node:crypto'
import { backoffDelay } from '../clock/backoff.ts'
import type { Clock } from '../clock/index.ts'
import type { KeyedLock } from '../lock/index.ts'
import type { Logger } from '../logging/index.ts'
import type { NegotiationBinding } from './binding.ts'
import { decodeMessage, encodeMessage, type NegotiationReply, type Outgoing } from './messages.ts'
import type { NegotiationRecord } from './records.ts'
import type { NegotiationRepository } from './repository.ts'

/** Failures of a delivery that no retry changes: the process ends at once with the code. */
const FINAL_CODES: ReadonlySet<string> = new Set(['DSP_ADDRESS_FORBIDDEN'])

export interface OutboxComponents {
  repository: NegotiationRepository
  locks: KeyedLock
  binding: NegotiationBinding
  clock: Clock
  logger: Logger
  /** The counterparty answered the message `messageId` of process `id` (ack or refusal). */
  delivered: (id: string, messageId: string, reply: NegotiationReply) => Promise<void>
  /**
   * The message cannot be delivered: end the process (under its lock), after its attempts
   * (PEER_UNREACHABLE), or at once for a reason no retry changes (`code`).
   */
  undeliverable: (r: NegotiationRecord, error: string, code?: string) => Promise<void>
}

export interface OutboxInit {
  /** First retry delay of an undelivered message; grows up to `retryMaxDelayMs`. */
  retryInitialDelayMs: number
  retryMaxDelayMs: number
  /** Delivery attempts before the negotiation ends in TERMINATED (PEER_UNREACHABLE). */
  retryMaxAttempts: number
  /** How long one message waits for its reply. */
  requestTimeoutMs: number
}

/** Put the next message of `r` in its outbox (the caller persists the record). */
export function enqueue(r: NegotiationRecord, message: Outgoing, now: number): void {
  const messageId = randomUUID()
  const bytes = encodeMessage({ ...message, messageId } as Parameters<typeof encodeMessage>[0])
  r.outbox = { messageId, kind: message.kind, message: Buffer.from(bytes).toString('base64'), attempts: 0, nextAttemptAt: now }
}

/**
 * Delivery of each process's pending message: sent at once, retried with backoff and jitter
 * when it cannot be delivered (and at once when the peer is back), across restarts (the
 * message is part of the stored record), until the attempts run out.
 */
export class Outbox {
  private readonly c: OutboxComponents
  private readonly init: OutboxInit
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private running = false

  constructor(components: OutboxComponents, init: OutboxInit) {
    this.c = components
    this.init = init
  }

  start(): void {
    this.running = true
  }

  stop(): void {
    this.running = false
    for (const t of this.timers.values()) clearTimeout(t)
    this.timers.clear()
  }

  /** Deliver the pending message of `id` after `delayMs`. */
  schedule(id: string, delayMs: number): void {
    clearTimeout(this.timers.get(id))
    const t = setTimeout(() => {
      this.timers.delete(id)
      void this.deliver(id)
    }, delayMs)
    t.unref()
    this.timers.set(id, t)
  }

  /** The peer is reachable again: what waits for it goes now. */
  retryPeer(peer: string): void {
    // every process with a pending message is in the cache (loaded at start, kept while open)
    for (const r of this.c.repository.cached()) {
      if (r.peer === peer && r.outbox !== undefined) this.schedule(r.id, 0)
    }
  }

  /** Deliver the outbox of one process; on failure, back off and try again, up to the limit. */
  async deliver(id: string): Promise<void> {
    if (!this.running) return
    const r = await this.c.repository.get(id)
    const out = r?.outbox
    if (r === undefined || out === undefined) return
    let reply: NegotiationReply
    // a timer cleared once the reply is in: AbortSignal.timeout would still fire after every
    // delivered message, building a DOMException with its stack (0.5% of a busy provider's CPU)
    const timeout = new AbortController()
    const timer = setTimeout(() => timeout.abort(new DOMException('negotiation message timed out', 'TimeoutError')), this.init.requestTimeoutMs)
    timer.unref()
    try {
      reply = await this.c.binding.send(r.peer, { ...decodeMessage(Buffer.from(out.message, 'base64')), messageId: out.messageId }, timeout.signal)
    } catch (err) {
      if (!this.running) return
      const code = (err as { code?: string }).code
      // an address this node does not send to (dsp.destinations) stays one: no retry
      await this.failed(id, out.messageId, (err as Error).message, code !== undefined && FINAL_CODES.has(code) ? code : undefined)
      return
    } finally {
      clearTimeout(timer)
    }
    if ('error' in reply && reply.error.code === 'UNAVAILABLE') {
      // the peer could not process it for now: not a refusal, retry with backoff
      await this.failed(id, out.messageId, reply.error.message || 'UNAVAILABLE')
      return
    }
    await this.c.delivered(id, out.messageId, reply)
  }

  private async failed(id: string, messageId: string, error: string, finalCode?: string): Promise<void> {
    await this.c.locks.run(id, async () => {
      const r = await this.c.repository.get(id)
      if (r?.outbox?.messageId !== messageId) return
      const out = r.outbox
      out.attempts++
      out.lastError = error
      if (finalCode !== undefined) {
        this.c.logger.warn({ negotiation: id, peer: r.peer, code: finalCode, err: error }, 'negotiation message cannot be delivered; terminating')
        await this.c.undeliverable(r, `could not deliver ${out.kind} to ${r.peer}: ${error}`, finalCode)
        return
      }
      if (out.attempts >= this.init.retryMaxAttempts) {
        this.c.logger.warn({ negotiation: id, peer: r.peer, attempts: out.attempts, err: error }, 'negotiation message undeliverable; terminating')
        await this.c.undeliverable(r, `could not deliver ${out.kind} to ${r.peer} after ${out.attempts} attempts: ${error}`)
        return
      }
      const delay = backoffDelay(out.attempts, { initialMs: this.init.retryInitialDelayMs, maxMs: this.init.retryMaxDelayMs })
      out.nextAttemptAt = this.c.clock.now() + delay
      this.c.logger.debug({ negotiation: id, attempts: out.attempts, retryInMs: delay, err: error }, 'negotiation message not delivered; will retry')
      // losing this write only means an earlier retry after a crash
      await this.c.repository.save(r, { sync: false })
      this.schedule(id, delay)
    })
  }
}
