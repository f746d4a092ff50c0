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

  constructor (init: { defaultMetrics?: boolean } = {}) {
    const registers = [this.registry]
    this.protocolErrors = new Counter({ name: 'hanse_protocol_errors_total', help: 'Streams reset because of a malformed, oversized or late message', labelNames: ['protocol', 'reason'], registers })
    this.catalogRequests = new Counter({ name: 'hanse_catalog_requests_total', help: 'Catalogue requests served, by outcome', labelNames: ['outcome'], registers })
    this.catalogOffersServed = new Counter({ name: 'hanse_catalog_offers_served_total', help: 'Offers listed to peers in catalogue pages', registers })
    this.datasets = new Gauge({ name: 'hanse_datasets', help: 'Datasets this node offers', registers })
    this.transferRefusals = new Counter({ name: 'hanse_transfer_refusals_total', help: 'Transfers refused or ended by a check, by code', labelNames: ['code'], registers })
    this.bytesSent = new Counter({ name: 'hanse_transfer_sent_bytes_total', help: 'Dataset bytes sent', registers })
    this.bytesReceived = new Counter({ name: 'hanse_transfer_received_bytes_total', help: 'Dataset bytes received and verified', registers })
    this.ledgerEntries = new Gauge({ name: 'hanse_ledger_entries', help: 'Entries in the usage ledger (durable)', registers })
    this.ledgerAppendSeconds = new Histogram({ name: 'hanse_ledger_append_seconds', help: 'Time from a ledger append to its synced write', buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5], registers })
    this.ledgerAppends = new Counter({ name: 'hanse_ledger_appends_total', help: 'Ledger entries appended, by type', labelNames: ['type'], registers })
    this.members = new Gauge({ name: 'hanse_members', help: 'Peers by membership status (valid, expired, revoked, invalid, missing, pending)', labelNames: ['status'], registers })
    this.membershipRefusals = new Counter({ name: 'hanse_membership_refusals_total', help: 'Streams refused because the peer is not a verified member, by protocol', labelNames: ['protocol'], registers })
    if (init.defaultMetrics === true) collectDefaultMetrics({ register: this.registry, prefix: 'hanse_' })
  }

  async text (): Promise<string> { return await this.registry.metrics() }
  get contentType (): string { return this.registry.contentType }
}
