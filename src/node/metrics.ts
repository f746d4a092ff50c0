import type { Metrics } from '../metrics/index.ts'
import type { NegotiationManager } from '../negotiation/index.ts'
import type { TransferService } from '../transfer/index.ts'

/** Feed the node's metrics from its parts: gauges read on scrape, counters from transitions. */
export function wireMetrics(m: Metrics, parts: { libp2p: { getPeers: () => unknown[] }; negotiations: NegotiationManager; transfers: TransferService }): void {
  const { libp2p, negotiations, transfers } = parts
  m.sources.connectedPeers = () => libp2p.getPeers().length
  m.sources.agreements = async () => {
    const counts: Record<string, number> = {}
    for (const a of await negotiations.agreements()) counts[a.role] = (counts[a.role] ?? 0) + 1
    return counts
  }
  m.sources.activeTransfers = () => transfers.activeTransfers()
  // a transition can be announced more than once (the step after a message, the save that
  // follows, a delivery retry): each state of a process is counted once
  const seen = new Map<string, string>()
  negotiations.on('transition', e => {
    const r = e
    if (seen.get(r.id) === e.to) return
    seen.delete(r.id)
    seen.set(r.id, e.to)
    if (seen.size > 10_000) seen.delete(seen.keys().next().value as string)
    m.negotiationTransitions.inc({ role: r.role, state: e.to })
    if (e.to === 'FINALIZED') m.negotiationOutcomes.inc({ role: r.role, outcome: 'finalized', code: '' })
    if (e.to === 'TERMINATED') {
      const code = r.termination?.code ?? ''
      m.negotiationOutcomes.inc({ role: r.role, outcome: 'terminated', code })
      if (r.termination?.by === 'local' && (code === 'POLICY_DENIED' || code === 'MEMBERSHIP_INVALID')) m.policyDenials.inc({ scope: 'negotiation', code })
    }
  })
  const last = new Map<string, string>()
  transfers.on('state', r => {
    // saves that keep the state (progress, receipts) are not transitions
    if (last.get(r.id) === r.state) return
    m.transferTransitions.inc({ role: r.role, state: r.state })
    last.delete(r.id)
    last.set(r.id, r.state)
    if (last.size > 10_000) last.delete(last.keys().next().value as string)
    if (r.role === 'provider' && r.state === 'TERMINATED' && (r.error?.code === 'POLICY_DENIED' || r.error?.code === 'MEMBERSHIP_INVALID'))
      m.policyDenials.inc({ scope: 'transfer', code: r.error.code })
  })
}
