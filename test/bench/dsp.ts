import { writeFileSync } from 'node:fs'
import { open, rm } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { join } from 'node:path'
import type { Report } from './report.ts'
import { percentile, round } from './report.ts'
import {
  RESEARCH_ONLY,
  SYNCED_WRITES_PER_NEGOTIATION,
  benchConfig,
  benchDir,
  benchPolicy,
  cpuPerRound,
  localNode,
  peerProcess,
  syncedWriteLatencies,
  writesInPlace
} from './util.ts'
import { readToken } from '../../src/identity/index.ts'

/**
 * Contract negotiation over the DSP HTTPS binding (plain HTTP on loopback) between two
 * processes: request → FINALIZED on both sides, every transition synced on its side. A DSP
 * negotiation is four HTTP round trips (request, agreement, verification, finalized event);
 * the baseline is four sequential POSTs of the same size to a bare Node HTTP server in the
 * provider's process, with node:http on a kept-alive connection (as hanse's client). EDC takes seconds per negotiation. Then the
 * HTTP data plane's pull against a bare HTTP stream of the same file.
 */
export async function benchDsp(report: Report, opts: { quick: boolean }): Promise<void> {
  const rounds = opts.quick ? 100 : 400
  const { dir, remove } = benchDir('dsp')
  const policies = benchPolicy(dir, 'research', [RESEARCH_ONLY, '{ leftOperand: count, operator: lteq, rightOperand: 10 }'])
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
  const bigSize = (opts.quick ? 64 : 512) * 1024 * 1024
  const block = Buffer.alloc(1024 * 1024)
  for (let i = 0; i < block.length; i++) block[i] = (i * 7) & 0xff
  const fh0 = await open(join(dir, 'big.bin'), 'w')
  for (let written = 0; written < bigSize; written += block.length) await fh0.write(block)
  await fh0.close()
  benchPolicy(dir, 'open', [])
  const dsp = { enabled: true, listen: { host: '127.0.0.1', port: 0 }, requestsPerMinute: 1_000_000 }
  const provider = await peerProcess(
    dir,
    benchConfig(dir, 'provider', {
      network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
      dsp,
      policies: { dir: policies },
      datasets: [
        { id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ policy: 'research' }] },
        { id: 'big', title: 'Big', source: join(dir, 'big.bin'), offers: [{ id: 'big', policy: 'open' }] }
      ]
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
    // the bare transport: node:http on a kept-alive connection, as hanse's DSP client uses it
    const agent = new Agent({ keepAlive: true })
    const postOnce = async (): Promise<void> =>
      await new Promise<void>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: ports.http,
            method: 'POST',
            path: '/',
            agent,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          },
          res => {
            res.resume()
            res.on('end', resolve)
          }
        )
        req.on('error', reject)
        req.end(body)
      })
    const fourPosts = async (): Promise<void> => {
      for (let i = 0; i < 4; i++) await postOnce()
    }
    for (let i = 0; i < 20; i++) {
      await fourPosts()
      await negotiate()
    }
    const base: number[] = []
    const lat: number[] = []
    const inPlace = writesInPlace(consumer.parts.store)
    for (let i = 0; i < rounds; i++) {
      let t = performance.now()
      await fourPosts()
      base.push(performance.now() - t)
      t = performance.now()
      await negotiate()
      lat.push(performance.now() - t)
    }
    inPlace.stop()
    // the CPU of one negotiation (consumer here, provider there) against four bare POSTs
    report.add(
      await cpuPerRound(
        provider.child.pid as number,
        opts.quick ? 100 : 300,
        { name: 'dsp_negotiation_cpu_single_flight', baseline: 'http_4_round_trips_cpu' },
        fourPosts,
        negotiate
      )
    )
    agent.destroy()
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
    // the floor, as for libp2p (negotiation.ts): four messages one way (two POST round trips)
    // and the three synced writes on the critical path
    const syncP50 = percentile(await syncedWriteLatencies(join(dir, 'sync-probe'), rounds), 50)
    const inPlaceP50 = percentile(inPlace.sorted(), 50)
    const floorInPlace = percentile(base, 50) / 2 + SYNCED_WRITES_PER_NEGOTIATION * inPlaceP50
    report.add({
      name: 'dsp_negotiation_latency_p50_vs_floor',
      value: round(percentile(lat, 50), 3),
      unit: 'ms',
      baseline: 'two_post_round_trips_plus_three_synced_writes',
      baselineValue: round(percentile(base, 50) / 2 + SYNCED_WRITES_PER_NEGOTIATION * syncP50, 3),
      note: `the floor: four messages one way and three synced puts in a row (${round(syncP50, 3)} ms each), no CPU; with the consumer's synced batches as long as they took in place (${round(inPlaceP50, 3)} ms) ${round(floorInPlace, 2)} ms, ${round(floorInPlace / percentile(base, 50), 2)}x the four POSTs`
    })
    report.add({
      name: 'dsp_negotiation_latency_p99',
      value: round(percentile(lat, 99), 3),
      unit: 'ms',
      baseline: 'http_4_round_trips_keepalive_p99',
      baselineValue: round(percentile(base, 99), 3)
    })

    // the HTTP data plane: a verified, synced pull of one file against a bare HTTP stream of it
    // written to disk the same way (writes of a MiB) and synced, both from the provider's
    // process, both on loopback
    const size = (opts.quick ? 64 : 512) * 1024 * 1024
    const fileOffer = catalog.offers.find((o: { offerId: string }) => o.offerId === 'big')
    if (fileOffer === undefined) throw new Error('the big offer is not visible')
    const bare: number[] = []
    const pulled: number[] = []
    for (let i = 0; i < (opts.quick ? 2 : 3); i++) {
      const out = join(dir, `bare-${i}.bin`)
      let t = performance.now()
      const res = await fetch(`http://127.0.0.1:${ports.http}/file?path=${encodeURIComponent(join(dir, 'big.bin'))}`)
      const fh = await open(out, 'w')
      // written as hanse's pull writes: gathered into writes of a MiB, up to four under way
      // while the next bytes arrive
      let batch: Uint8Array[] = []
      let batched = 0
      let at = 0
      const writing: Array<Promise<unknown>> = []
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        batch.push(chunk)
        batched += chunk.byteLength
        if (batched >= 1024 * 1024) {
          writing.push(fh.writev(batch, at))
          at += batched
          batch = []
          batched = 0
          if (writing.length >= 4) await writing.shift()
        }
      }
      if (batched > 0) writing.push(fh.writev(batch, at))
      await Promise.all(writing)
      await fh.sync()
      await fh.close()
      bare.push(performance.now() - t)
      await rm(out)
      const n = await admin('/v1/dsp/negotiations?wait=true', { url: ports.dsp, offerId: 'big' })
      t = performance.now()
      const tr = await admin('/v1/dsp/transfers?wait=true', { agreementId: n.negotiation.agreementId, out: join(dir, `pulled-${i}.bin`) })
      if (tr.transfer.state !== 'COMPLETED') throw new Error(`DSP pull ended ${tr.transfer.state}: ${JSON.stringify(tr.transfer.error)}`)
      pulled.push(performance.now() - t)
      await rm(join(dir, `pulled-${i}.bin`))
    }
    const mibs = (ms: number): number => size / 1024 / 1024 / (ms / 1000)
    const best = (xs: number[]): number => Math.min(...xs)
    report.add({
      name: 'dsp_pull_throughput',
      value: round(mibs(best(pulled)), 1),
      unit: 'MiB/s',
      baseline: 'bare_http_stream_to_disk',
      baselineValue: round(mibs(best(bare)), 1),
      note: `target ratio >= 0.8; ${size / 1024 / 1024} MiB, verified (SHA-256) and synced, best of ${pulled.length}`
    })
  } finally {
    await consumer.stop()
    await provider.stop()
    remove()
  }
}
