import { afterEach, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { cleanup, nodeAddr, onCleanup, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { agree, setup } from '../two-nodes.ts'
import { HanseNode } from '../../src/node/index.ts'
import { createLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import type { EntryView } from '../../src/ledger/index.ts'

afterEach(cleanup)

/** A provider like `setup()`'s, restarted with its log captured (one JSON object per line). */
async function withLog (node: HanseNode, level = 'info'): Promise<{ node: HanseNode, lines: Array<{ level: number, msg: string }> }> {
  const lines: Array<{ level: number, msg: string }> = []
  const out = new PassThrough()
  out.on('data', (d: Buffer) => { for (const l of d.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l)) })
  const cfg = node.config
  await node.stop()
  const again = new HanseNode({ logger: createLogger({ level: level as 'info', pretty: false, destination: out }), clock: systemClock }, { config: cfg, version: 'test' })
  onCleanup(async () => { await again.stop() })
  await again.start()
  return { node: again, lines }
}

describe('under load', () => {
  it('metrics equal the stored records after concurrent negotiations and fetches', async () => {
    const { provider, consumer } = await setup()
    await Promise.all(Array.from({ length: 24 }, async (_, i) => {
      const a = await agree(consumer, provider, i % 2 === 0 ? 'file' : 'tree')
      const t = await consumer.transfers!.fetch({ agreementId: a, dest: join(tempDir(), `out-${i}`) })
      expect((await consumer.transfers!.waitFor(t.id, 30_000)).state).toBe('COMPLETED')
    }))
    // one refused negotiation too
    const r = await consumer.negotiations!.request({ peer: provider.peerId, offerId: 'file', narrowing: { purposes: ['marketing'] } })
    await consumer.negotiations!.waitFor(r.id, 10_000)
    for (const node of [provider, consumer]) {
      await waitFor(async () => (await node.negotiations!.list({})).every(n => n.state === 'FINALIZED' || n.state === 'TERMINATED') || undefined)
      const records = await node.negotiations!.list({})
      const expected = new Map<string, number>()
      for (const n of records) for (const s of new Set(n.history.map(h => h.state))) expected.set(`${n.role}/${s}`, (expected.get(`${n.role}/${s}`) ?? 0) + 1)
      const counted = new Map<string, number>()
      for (const v of (await node.metrics.negotiationTransitions.get()).values) counted.set(`${String(v.labels.role)}/${String(v.labels.state)}`, v.value)
      expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(expected))
      const finalized = records.filter(n => n.state === 'FINALIZED').length
      const outcome = (await node.metrics.negotiationOutcomes.get()).values.filter(v => v.labels.outcome === 'finalized').reduce((a, v) => a + v.value, 0)
      expect(outcome).toBe(finalized)
    }
  }, 90_000)

  it('a transfer whose consumer terminates or vanishes ends on the provider too (after the grace period), and is logged as info, not error', async () => {
    const base = await setup({ fileBytes: 8 * 1024 * 1024, chunk: 16 * 1024, transfer: { abandonAfterMs: 400 } })
    const { node: provider, lines } = await withLog(base.provider)
    const consumer = base.consumer
    await consumer.net!.libp2p.dial(multiaddr(nodeAddr(provider)))
    const a = await agree(consumer, provider, 'file')
    const t = await consumer.transfers!.fetch({ agreementId: a, dest: join(tempDir(), 'x.bin') })
    await new Promise<void>((resolve) => { consumer.transfers!.on('progress', (p) => { if (p.id === t.id && p.bytes > 256 * 1024) resolve() }) })
    await consumer.transfers!.terminate(t.id)
    const id = `${t.id}@${consumer.peerId}`
    const gone = await waitFor(async () => { const r = await provider.transfers!.get(id); return r?.state === 'SUSPENDED' ? r : undefined })
    expect(gone.error?.code).toBe('CONSUMER_GONE')
    const ended = await waitFor(async () => { const r = await provider.transfers!.get(id); return r?.state === 'TERMINATED' ? r : undefined }, 5_000)
    expect(ended.error?.code).toBe('ABANDONED')
    const logged: EntryView[] = []
    for await (const e of provider.ledger!.query({ type: 'transfer.state' })) if (e.transferId === t.id) logged.push(e)
    expect(logged.map(e => e.payload.state)).toEqual(['STARTED', 'SUSPENDED', 'TERMINATED'])
    // a suspend that is resumed in time completes on both sides
    const t2 = await consumer.transfers!.fetch({ agreementId: a, dest: join(tempDir(), 'y.bin') })
    await new Promise<void>((resolve) => { consumer.transfers!.on('progress', (p) => { if (p.id === t2.id && p.bytes > 256 * 1024) resolve() }) })
    await consumer.transfers!.suspend(t2.id)
    await consumer.transfers!.resume(t2.id)
    expect((await consumer.transfers!.waitFor(t2.id, 30_000)).state).toBe('COMPLETED')
    await waitFor(async () => (await provider.transfers!.get(`${t2.id}@${consumer.peerId}`))?.state === 'COMPLETED' || undefined)
    // every provider record is final or deliberately suspended
    expect((await provider.transfers!.list()).filter(r => r.state === 'STARTED' || r.state === 'REQUESTED')).toEqual([])
    // nothing the consumer did is an error for the provider's operator
    expect(lines.filter(l => l.level >= 50).map(l => l.msg)).toEqual([])
  }, 60_000)

  it('our own pings stay within the ping stream limits: two at once to one peer both answer', async () => {
    const a = await startNode(testConfig({ name: 'a' }))
    const b = await startNode(testConfig({ name: 'b' }))
    await a.net!.libp2p.dial(multiaddr(nodeAddr(b)))
    const peer = peerIdFromString(b.peerId)
    const rtts = await Promise.all([a.net!.libp2p.services.ping.ping(peer), a.net!.libp2p.services.ping.ping(peer)])
    expect(rtts.every(r => Number.isFinite(r))).toBe(true)
    // and the peers view measures new connections without tearing them down
    await Promise.all(Array.from({ length: 5 }, async () => await a.peers()))
    expect(a.net!.libp2p.getConnections(peer).length).toBeGreaterThan(0)
  })
})
