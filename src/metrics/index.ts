import { Registry, Counter, Gauge, Histogram, collectDefaultMetrics } from 'prom-client'

/**
 * The node's Prometheus metrics, one registry per node (several nodes can share a process in
 * tests and benchmarks). Names follow Prometheus conventions: `hanse_` prefix, `_total` for
 * counters, base units.
 */
export class Metrics {
  readonly registry = new Registry()
  /** Streams reset because a frame was malformed, oversized, truncated or late. */
  readonly protocolErrors: Counter<'protocol' | 'reason'>
  readonly catalogRequests: Counter<'outcome'>
  readonly catalogOffersServed: Counter
  readonly datasets: Gauge
  readonly transferRefusals: Counter<'code'>
  readonly bytesSent: Counter
  readonly bytesReceived: Counter
  readonly ledgerEntries: Gauge
  readonly ledgerAppendSeconds: Histogram
  readonly ledgerAppends: Counter<'type'>
  readonly members: Gauge<'status'>
  readonly membershipRefusals: Counter<'protocol'>
  readonly connectedPeers: Gauge
  readonly negotiationTransitions: Counter<'role' | 'state'>
  readonly negotiationOutcomes: Counter<'role' | 'outcome' | 'code'>
  readonly agreements: Gauge<'role'>
  readonly transferTransitions: Counter<'role' | 'state'>
  readonly transfersActive: Gauge<'role'>
  readonly transferRate: Gauge<'role'>
  readonly policyDenials: Counter<'scope' | 'code'>
  readonly idleCollections: Counter
  readonly dspRequests: Counter<'area' | 'status'>
  /**
   * Where gauges read their value when Prometheus scrapes (the node fills these in once its
   * components run; until then they read zero).
   */
  readonly sources: {
    connectedPeers?: () => number
    agreements?: () => Promise<Record<string, number>>
    activeTransfers?: () => Array<{ role: string; bytesPerSecond: number }>
  } = {}

  constructor(init: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry]
    this.protocolErrors = new Counter({
      name: 'hanse_protocol_errors_total',
      help: 'Streams reset because of a malformed, oversized or late message',
      labelNames: ['protocol', 'reason'],
      registers
    })
    this.catalogRequests = new Counter({
      name: 'hanse_catalog_requests_total',
      help: 'Catalogue requests served, by outcome',
      labelNames: ['outcome'],
      registers
    })
    this.catalogOffersServed = new Counter({ name: 'hanse_catalog_offers_served_total', help: 'Offers listed to peers in catalogue pages', registers })
    this.datasets = new Gauge({ name: 'hanse_datasets', help: 'Datasets this node offers', registers })
    this.transferRefusals = new Counter({
      name: 'hanse_transfer_refusals_total',
      help: 'Transfers refused or ended by a check, by code',
      labelNames: ['code'],
      registers
    })
    this.bytesSent = new Counter({ name: 'hanse_transfer_sent_bytes_total', help: 'Dataset bytes sent', registers })
    this.bytesReceived = new Counter({ name: 'hanse_transfer_received_bytes_total', help: 'Dataset bytes received and verified', registers })
    this.ledgerEntries = new Gauge({ name: 'hanse_ledger_entries', help: 'Entries in the usage ledger (durable)', registers })
    this.ledgerAppendSeconds = new Histogram({
      name: 'hanse_ledger_append_seconds',
      help: 'Time from a ledger append to its synced write',
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers
    })
    this.ledgerAppends = new Counter({ name: 'hanse_ledger_appends_total', help: 'Ledger entries appended, by type', labelNames: ['type'], registers })
    this.members = new Gauge({
      name: 'hanse_members',
      help: 'Peers by membership status (valid, expired, revoked, invalid, missing, pending)',
      labelNames: ['status'],
      registers
    })
    this.membershipRefusals = new Counter({
      name: 'hanse_membership_refusals_total',
      help: 'Streams refused because the peer is not a verified member, by protocol',
      labelNames: ['protocol'],
      registers
    })
    const sources = this.sources
    this.connectedPeers = new Gauge({
      name: 'hanse_connected_peers',
      help: 'Peers with an open connection',
      registers,
      collect() {
        this.set(sources.connectedPeers?.() ?? 0)
      }
    })
    this.negotiationTransitions = new Counter({
      name: 'hanse_negotiation_transitions_total',
      help: 'Contract negotiation state transitions, by role and new state',
      labelNames: ['role', 'state'],
      registers
    })
    this.negotiationOutcomes = new Counter({
      name: 'hanse_negotiations_total',
      help: 'Finished contract negotiations, by role, outcome (finalized, terminated) and termination code',
      labelNames: ['role', 'outcome', 'code'],
      registers
    })
    this.agreements = new Gauge({
      name: 'hanse_agreements',
      help: 'Agreements held, by role',
      labelNames: ['role'],
      registers,
      async collect() {
        const counts = (await sources.agreements?.()) ?? {}
        this.reset()
        for (const role of ['consumer', 'provider']) this.set({ role }, counts[role] ?? 0)
      }
    })
    this.transferTransitions = new Counter({
      name: 'hanse_transfer_transitions_total',
      help: 'Transfer state changes, by role and new state',
      labelNames: ['role', 'state'],
      registers
    })
    this.transfersActive = new Gauge({
      name: 'hanse_transfers_active',
      help: 'Transfers running now, by role',
      labelNames: ['role'],
      registers,
      collect() {
        const list = sources.activeTransfers?.() ?? []
        for (const role of ['consumer', 'provider']) this.set({ role }, list.filter(t => t.role === role).length)
      }
    })
    this.transferRate = new Gauge({
      name: 'hanse_transfer_rate_bytes',
      help: 'Bytes per second of the transfers running now (average since each started), by role',
      labelNames: ['role'],
      registers,
      collect() {
        const list = sources.activeTransfers?.() ?? []
        for (const role of ['consumer', 'provider'])
          this.set(
            { role },
            list.filter(t => t.role === role).reduce((a, t) => a + t.bytesPerSecond, 0)
          )
      }
    })
    this.dspRequests = new Counter({
      name: 'hanse_dsp_requests_total',
      help: 'DSP requests answered, by protocol area and status class',
      labelNames: ['area', 'status'],
      registers
    })
    this.idleCollections = new Counter({
      name: 'hanse_idle_collections_total',
      help: 'Memory-reducing garbage collections run because the node went quiet',
      registers
    })
    this.policyDenials = new Counter({
      name: 'hanse_policy_denials_total',
      help: 'Requests a policy or membership check refused, by scope (negotiation, transfer) and code',
      labelNames: ['scope', 'code'],
      registers
    })
    if (init.defaultMetrics === true) collectDefaultMetrics({ register: this.registry, prefix: 'hanse_' })
  }

  async text(): Promise<string> {
    return await this.registry.metrics()
  }
  get contentType(): string {
    return this.registry.contentType
  }
}
