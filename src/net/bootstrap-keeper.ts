import { backoffDelay } from '../clock/backoff.ts'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { Libp2p, PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { Logger } from '../logging/index.ts'

export interface BootstrapKeeperInit {
  list: readonly string[]
  /** First retry delay; doubles up to `maxDelayMs`. */
  minDelayMs?: number
  maxDelayMs?: number
}

const defaults = { minDelayMs: 500, maxDelayMs: 60_000 }

/**
 * @libp2p/bootstrap dials each bootstrap peer once, at start. A bootstrap peer that is briefly
 * down, or that refuses us (its inbound rate limit, a restart) would leave a new node alone in
 * the data space for good. The keeper redials with exponential backoff until each bootstrap
 * peer has answered once, and again whenever the node loses its last connection.
 */
export class BootstrapKeeper {
  private readonly node: Libp2p
  private readonly log: Logger
  private readonly targets: Array<{ peer: PeerId; addr: Multiaddr; failures: number; timer?: NodeJS.Timeout; reached: boolean }>
  private readonly minDelayMs: number
  private readonly maxDelayMs: number
  private running = false
  private readonly onDisconnect = (): void => {
    if (this.node.getConnections().length > 0) return
    for (const t of this.targets) this.schedule(t, 0)
  }

  constructor(components: { node: Libp2p; logger: Logger }, init: BootstrapKeeperInit) {
    this.node = components.node
    this.log = components.logger
    this.minDelayMs = init.minDelayMs ?? defaults.minDelayMs
    this.maxDelayMs = init.maxDelayMs ?? defaults.maxDelayMs
    this.targets = init.list.map(s => {
      const addr = multiaddr(s)
      return { peer: peerIdFromString(s.slice(s.lastIndexOf('/p2p/') + 5)), addr, failures: 0, reached: false }
    })
  }

  start(): void {
    if (this.running) return
    this.running = true
    this.node.addEventListener('peer:disconnect', this.onDisconnect)
    for (const t of this.targets) this.schedule(t, 0)
  }

  stop(): void {
    this.running = false
    this.node.removeEventListener('peer:disconnect', this.onDisconnect)
    for (const t of this.targets) clearTimeout(t.timer)
  }

  private schedule(t: BootstrapKeeper['targets'][number], delay: number): void {
    if (!this.running) return
    clearTimeout(t.timer)
    t.timer = setTimeout(() => {
      void this.dial(t)
    }, delay)
    t.timer.unref()
  }

  private async dial(t: BootstrapKeeper['targets'][number]): Promise<void> {
    if (!this.running) return
    if (this.node.getConnections(t.peer).length > 0) {
      t.reached = true
      t.failures = 0
      return
    }
    try {
      await this.node.dial(t.addr)
      t.reached = true
      t.failures = 0
    } catch (err) {
      if (!this.running) return
      t.failures++
      // jitter keeps a restarted bootstrap node from being hit by everyone at once
      const wait = backoffDelay(t.failures, { initialMs: this.minDelayMs, maxMs: this.maxDelayMs, jitter: 0.5 })
      this.log.debug({ peer: t.peer.toString(), err, retryInMs: wait }, 'bootstrap dial failed')
      if (!t.reached && t.failures === 4) this.log.warn({ peer: t.peer.toString(), addr: t.addr.toString() }, 'cannot reach bootstrap peer yet; retrying')
      this.schedule(t, wait)
    }
  }
}
