import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from './report.ts'
import { percentile, round } from './report.ts'
import { RESEARCH_ONLY, benchConfig, benchDir, benchPolicy, localNode, peerProcess } from './util.ts'
import { readToken } from '../../src/identity/index.ts'

/**
 * Contract negotiation over the DSP HTTPS binding (plain HTTP on loopback) between two
 * processes: request → FINALIZED on both sides, every transition synced on its side. A DSP
 * negotiation is four HTTP round trips (request, agreement, verification, finalized event);
 * the baseline is four sequential POSTs of the same size to a bare Node HTTP server in the
 * provider's process, on a kept-alive connection. EDC takes seconds per negotiation.
 */
export async function benchDsp(report: Report, opts: { quick: boolean }): Promise<void> {
  const rounds = opts.quick ? 100 : 400
  const { dir, remove } = benchDir('dsp')
  const policies = benchPolicy(dir, 'research', [RESEARCH_ONLY, '{ leftOperand: count, operator: lteq, rightOperand: 10 }'])
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
  const dsp = { enabled: true, listen: { host: '127.0.0.1', port: 0 }, requestsPerMinute: 1_000_000 }
  const provider = await peerProcess(
    dir,
    benchConfig(dir, 'provider', {
      network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
      dsp,
      policies: { dir: policies },
      datasets: [{ id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ policy: 'research' }] }]
    })
  )
  const consumer = await localNode(
    benchConfig(dir, 'consumer', { network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } }, dsp, api: { enabled: true, port: 0 } })
  )
  try {
    const ports = (await provider.ask({ cmd: 'ports' })) as { http: number; dsp: string }
    const admin = async (path: string, body: unknown): Promise<any> => {
      const res = await fetch(`${consumer.parts.api.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${readToken(consumer.config.dataDir)}`, 'content-type': 'application/json' },
        body: JSON.stringify(body)
      })
      return await res.json()
    }
    // reading the catalogue once tells the consumer where the provider is and what it offers
    const { catalog } = await admin('/v1/dsp/catalog', { url: ports.dsp })
    const offer = catalog.offers.find((o: { offerId: string }) => o.offerId === 'data')
    const m = consumer.parts.negotiations
    const negotiate = async (): Promise<void> => {
      const r = await m.request({
        peer: catalog.participantId,
        offerId: 'data',
        narrowing: { purposes: ['research'] },
        knownOffer: { policy: offer.policy, dataset: { id: 'data' } }
      })
      const done = await m.waitFor(r.id, 30_000)
      if (done.state !== 'FINALIZED') throw new Error(`DSP negotiation ended ${done.state}: ${done.termination?.reason ?? ''}`)
    }
    const body = JSON.stringify({ '@context': ['https://w3id.org/dspace/2025/1/context.jsonld'], pad: 'x'.repeat(900) })
    const fourPosts = async (): Promise<void> => {
      for (let i = 0; i < 4; i++) {
        const res = await fetch(`http://127.0.0.1:${ports.http}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        await res.arrayBuffer()
      }
    }
    for (let i = 0; i < 20; i++) {
      await fourPosts()
      await negotiate()
    }
    const base: number[] = []
    const lat: number[] = []
    for (let i = 0; i < rounds; i++) {
      let t = performance.now()
      await fourPosts()
      base.push(performance.now() - t)
      t = performance.now()
      await negotiate()
      lat.push(performance.now() - t)
    }
    base.sort((a, b) => a - b)
    lat.sort((a, b) => a - b)
    report.add({
      name: 'dsp_negotiation_latency_p50',
      value: round(percentile(lat, 50), 3),
      unit: 'ms',
      baseline: 'http_4_round_trips_keepalive_p50',
      baselineValue: round(percentile(base, 50), 3),
      note: `target ratio <= 3; ${rounds} sequential, loopback HTTP`
    })
    report.add({
      name: 'dsp_negotiation_latency_p99',
      value: round(percentile(lat, 99), 3),
      unit: 'ms',
      baseline: 'http_4_round_trips_keepalive_p99',
      baselineValue: round(percentile(base, 99), 3)
    })
  } finally {
    await consumer.stop()
    await provider.stop()
    remove()
  }
}
