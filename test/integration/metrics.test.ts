import { afterEach, describe, expect, it } from 'vitest'
import { cleanup } from '../helpers.ts'
import { agree, setup } from '../two-nodes.ts'
import { readToken } from '../../src/identity/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

type Samples = Map<string, number>

/**
 * Parse the Prometheus text exposition format (https://prometheus.io/docs/instrumenting/exposition_formats/):
 * every line is a comment (# HELP / # TYPE) or `name{labels} value`; anything else fails the test.
 */
function parsePrometheus(text: string): Samples {
  const out: Samples = new Map()
  const typed = new Set<string>()
  for (const line of text.split('\n')) {
    if (line === '') continue
    const meta = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/.exec(line)
    if (meta !== null) {
      if (meta[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram', 'summary', 'untyped']).toContain(meta[3])
        typed.add(meta[2] as string)
      }
      continue
    }
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.eE+-]+|NaN|\+Inf|-Inf)( \d+)?$/.exec(line)
    expect(m, `not a Prometheus sample line: ${line}`).not.toBeNull()
    out.set(`${m![1] as string}${m![2] ?? ''}`, Number(m![3]))
  }
  expect(typed.size).toBeGreaterThan(10)
  return out
}

async function scrape(node: HanseNode): Promise<Samples> {
  const res = await fetch(`${node.parts.api.url}/metrics`, { headers: { authorization: `Bearer ${readToken(node.config.dataDir)}` } })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/text\/plain/)
  return parsePrometheus(await res.text())
}

const get = (s: Samples, key: string): number => s.get(key) ?? 0

describe('/metrics', () => {
  it('parses as Prometheus text, and the counters move with a negotiation, a refusal and a transfer', async () => {
    const { provider, consumer } = await setup()
    const before = await scrape(provider)
    expect(get(before, 'hanse_connected_peers')).toBe(1)
    // libp2p's own metrics are there too, in each node's registry (the consumer, started second
    // in this process, used to find the provider's in @libp2p/prometheus-metrics' global map)
    expect([...before.keys()].some(k => k.startsWith('libp2p_'))).toBe(true)
    expect([...(await scrape(consumer)).keys()].some(k => k.startsWith('libp2p_'))).toBe(true)

    const agreementId = await agree(consumer, provider, 'file')
    const denied = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'file', narrowing: { purposes: ['marketing'] } })
    expect((await consumer.parts.negotiations.waitFor(denied.id, 10_000)).state).toBe('TERMINATED')
    const t = await consumer.parts.transfers.fetch({ agreementId })
    expect((await consumer.parts.transfers.waitFor(t.id, 10_000)).state).toBe('COMPLETED')

    const after = await scrape(provider)
    const moved = (key: string): number => get(after, key) - get(before, key)
    expect(moved('hanse_negotiations_total{role="provider",outcome="finalized",code=""}')).toBe(1)
    expect(moved('hanse_negotiations_total{role="provider",outcome="terminated",code="POLICY_DENIED"}')).toBe(1)
    expect(moved('hanse_policy_denials_total{scope="negotiation",code="POLICY_DENIED"}')).toBe(1)
    expect(moved('hanse_negotiation_transitions_total{role="provider",state="FINALIZED"}')).toBe(1)
    expect(get(after, 'hanse_agreements{role="provider"}')).toBe(1)
    expect(moved('hanse_transfer_transitions_total{role="provider",state="COMPLETED"}')).toBe(1)
    expect(moved('hanse_transfer_sent_bytes_total')).toBe(300_000)
    expect(get(after, 'hanse_transfers_active{role="provider"}')).toBe(0)
    expect(moved('hanse_ledger_entries')).toBeGreaterThan(5)
    expect(moved('hanse_ledger_append_seconds_count')).toBeGreaterThan(0)
    expect(moved('hanse_catalog_requests_total{outcome="ok"}')).toBeGreaterThan(0)

    const c = await scrape(consumer)
    expect(get(c, 'hanse_transfer_received_bytes_total')).toBe(300_000)
    expect(get(c, 'hanse_transfer_transitions_total{role="consumer",state="COMPLETED"}')).toBe(1)
    expect(get(c, 'hanse_agreements{role="consumer"}')).toBe(1)
  })
})
