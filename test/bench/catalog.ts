import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { FramedStream } from '../../src/wire/index.ts'
import type { Report } from './report.ts'
import { percentile, round } from './report.ts'
import { ECHO_PROTOCOL, benchConfig, benchDir, benchPolicy, localNode, peerProcess } from './util.ts'

/**
 * A provider process with N datasets (100,000; 10,000 in quick mode) and a consumer in this
 * process. Time to the first page (new stream, request, 100 offers) against the baseline of a
 * bare libp2p request/response on a new stream (same Noise + yamux), and the full listing.
 */
export async function benchCatalog(report: Report, opts: { quick: boolean }): Promise<void> {
  const n = opts.quick ? 10_000 : 100_000
  const rounds = opts.quick ? 50 : 200
  const { dir, remove } = benchDir('catalog')
  const policies = benchPolicy(dir, 'open')
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
  const datasets = Array.from({ length: n }, (_, i) => ({
    id: `dataset-${String(i).padStart(6, '0')}`,
    title: `Sensor series ${i}`,
    description: 'Hourly readings of a production line sensor, one CSV file per month.',
    keywords: ['sensor', 'manufacturing', `line-${i % 40}`],
    license: 'CC-BY-4.0',
    mediaType: 'text/csv',
    source: join(dir, 'data.csv'),
    offers: [{ policy: 'open' }]
  }))
  const provider = await peerProcess(dir, benchConfig(dir, 'provider', { policies: { dir: policies }, datasets }))
  const consumer = await localNode(benchConfig(dir, 'consumer'))
  try {
    const libp2p = consumer.parts.net.libp2p
    await libp2p.dial(multiaddr(provider.addr))
    const pid = peerIdFromString(provider.peerId)
    // warm up both paths
    for (let i = 0; i < 10; i++) {
      await echo(libp2p, pid)
      await consumer.parts.catalog.fetchPage(pid, { pageSize: 100 })
    }

    const base: number[] = []
    const first: number[] = []
    for (let i = 0; i < rounds; i++) {
      let t = performance.now()
      await echo(libp2p, pid)
      base.push(performance.now() - t)
      t = performance.now()
      await consumer.parts.catalog.fetchPage(pid, { pageSize: 100 })
      first.push(performance.now() - t)
    }
    base.sort((a, b) => a - b)
    first.sort((a, b) => a - b)
    const b50 = percentile(base, 50)
    report.add({
      name: `catalog_${n}_first_page_p50`,
      value: round(percentile(first, 50), 3),
      unit: 'ms',
      baseline: 'libp2p_new_stream_request_p50',
      baselineValue: round(b50, 3),
      note: 'target < 10 ms p50'
    })
    report.add({ name: `catalog_${n}_first_page_p99`, value: round(percentile(first, 99), 3), unit: 'ms' })

    const t = performance.now()
    const all = await consumer.parts.catalog.fetchAll(pid, { pageSize: 500 })
    const ms = performance.now() - t
    if (all.length !== n) throw new Error(`full listing returned ${all.length} of ${n}`)
    report.add({
      name: `catalog_${n}_full_listing`,
      value: round(ms, 1),
      unit: 'ms',
      note: `${round(n / (ms / 1000), 0)} offers/s, pages of 500, up to 64 on a stream`
    })
  } finally {
    await consumer.stop()
    await provider.stop()
    remove()
  }
}

/** Baseline: open a stream, send 64 bytes, read them back, close. */
async function echo(libp2p: import('../../src/net/index.ts').HanseLibp2p, peer: import('@libp2p/interface').PeerId): Promise<void> {
  const stream = await libp2p.dialProtocol(peer, ECHO_PROTOCOL)
  const framed = new FramedStream(stream)
  await framed.sendFrame(new Uint8Array(64))
  await framed.next()
  await stream.close()
}
