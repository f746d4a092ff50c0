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
async function withLog(node: HanseNode, level = 'info'): Promise<{ node: HanseNode; lines: Array<{ level: number; msg: string }> }> {
  const lines: Array<{ level: number; msg: string }> = []
  const out = new PassThrough()
  out.on('data', (d: Buffer) => {
    for (const l of d.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l))
  })
  const cfg = node.config
  await node.stop()
  const again = new HanseNode(
    { logger: createLogger({ level: level as 'info', pretty: false, destination: out }), clock: systemClock },
    { config: cfg, version: 'test' }
  )
  onCleanup(async () => {
    await again.stop()
  })
  await again.start()
  return { node: again, lines }
}

describe('under load', () => {
  it('metrics equal the stored records after concurrent negotiations and fetches', async () => {
    const { provider, consumer } = await setup()
    await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const a = await agree(consumer, provider, i % 2 === 0 ? 'file' : 'tree')
        const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: join(tempDir(), `out-${i}`) })
        expect((await consumer.parts.transfers.waitFor(t.id, 30_000)).state).toBe('COMPLETED')
      })
    )
    // one refused negotiation too
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'file', narrowing: { purposes: ['marketing'] } })
    await consumer.parts.negotiations.waitFor(r.id, 10_000)
    for (const node of [provider, consumer]) {
      await waitFor(async () => (await node.parts.negotiations.list({})).every(n => n.state === 'FINALIZED' || n.state === 'TERMINATED') || undefined)
      const records = await node.parts.negotiations.list({})
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
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const a = await agree(consumer, provider, 'file')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: join(tempDir(), 'x.bin') })
    await new Promise<void>(resolve => {
      consumer.parts.transfers.on('progress', p => {
        if (p.id === t.id && p.bytes > 256 * 1024) resolve()
      })
    })
    await consumer.parts.transfers.terminate(t.id)
    const id = `${t.id}@${consumer.peerId}`
    const gone = await waitFor(async () => {
      const r = await provider.parts.transfers.get(id)
      return r?.state === 'SUSPENDED' ? r : undefined
    })
    expect(gone.error?.code).toBe('CONSUMER_GONE')
    const ended = await waitFor(async () => {
      const r = await provider.parts.transfers.get(id)
      return r?.state === 'TERMINATED' ? r : undefined
    }, 5_000)
    expect(ended.error?.code).toBe('ABANDONED')
    const logged: EntryView[] = []
    for await (const e of provider.parts.ledger.query({ type: 'transfer.state' })) if (e.transferId === t.id) logged.push(e)
    expect(logged.map(e => e.payload.state)).toEqual(['STARTED', 'SUSPENDED', 'TERMINATED'])
    // a suspend that is resumed in time completes on both sides
    const t2 = await consumer.parts.transfers.fetch({ agreementId: a, dest: join(tempDir(), 'y.bin') })
    await new Promise<void>(resolve => {
      consumer.parts.transfers.on('progress', p => {
        if (p.id === t2.id && p.bytes > 256 * 1024) resolve()
      })
    })
    await consumer.parts.transfers.suspend(t2.id)
    await consumer.parts.transfers.resume(t2.id)
    expect((await consumer.parts.transfers.waitFor(t2.id, 30_000)).state).toBe('COMPLETED')
    await waitFor(async () => (await provider.parts.transfers.get(`${t2.id}@${consumer.peerId}`))?.state === 'COMPLETED' || undefined)
    // every provider record is final or deliberately suspended
    expect((await provider.parts.transfers.list()).filter(r => r.state === 'STARTED' || r.state === 'REQUESTED')).toEqual([])
    // nothing the consumer did is an error for the provider's operator
    expect(lines.filter(l => l.level >= 50).map(l => l.msg)).toEqual([])
  }, 60_000)

  it('our own pings stay within the ping stream limits: four at once to one peer all answer', async () => {
    const a = await startNode(testConfig({ name: 'a' }))
    const b = await startNode(testConfig({ name: 'b' }))
    await a.parts.net.libp2p.dial(multiaddr(nodeAddr(b)))
    const peer = peerIdFromString(b.peerId)
    // a monitor ping still in flight, the next one, a measurement and one more: four streams
    const rtts = await Promise.all(Array.from({ length: 4 }, async () => await a.parts.net.libp2p.services.ping.ping(peer)))
    expect(rtts.every(r => Number.isFinite(r))).toBe(true)
    // and the peers view measures new connections without tearing them down
    await Promise.all(Array.from({ length: 5 }, async () => await a.peers()))
    expect(a.parts.net.libp2p.getConnections(peer).length).toBeGreaterThan(0)
  })

  it('audits while negotiations and transfers run report no problems; afterwards one covers every shared agreement', async () => {
    const { provider, consumer } = await setup()
    let stop = false
    const work = (async () => {
      let n = 0
      while (!stop) {
        const a = await agree(consumer, provider, n % 2 === 0 ? 'file' : 'tree')
        const ts = await Promise.all([0, 1].map(async i => await consumer.parts.transfers.fetch({ agreementId: a, dest: join(tempDir(), `w-${n}-${i}`) })))
        for (const t of ts) await consumer.parts.transfers.waitFor(t.id, 30_000)
        n++
      }
      return n
    })()
    const reports = []
    for (let i = 0; i < 6; i++) {
      await new Promise(resolve => setTimeout(resolve, 150))
      reports.push(await consumer.parts.ledgerService.audit(provider.peerId), await provider.parts.ledgerService.audit(consumer.peerId))
    }
    stop = true
    const rounds = await work
    expect(rounds).toBeGreaterThan(2)
    for (const r of reports) expect(r.findings).toEqual([])
    // after the load, with every exchange done: all shared agreements, nothing pending
    const after = await consumer.parts.ledgerService.audit(provider.peerId)
    expect(after.ok).toBe(true)
    expect(after.sharedAgreements).toBe((await consumer.parts.negotiations.agreements()).length)
    expect(after.coverage).toMatchObject({ complete: true, pending: 0 })
  }, 90_000)

  it('an audit covers thousands of shared agreements (past the old 1,024 cap) in one linear pass; one per peer at a time', async () => {
    const n = Number(process.env.HANSE_TEST_AUDIT_AGREEMENTS ?? 3_000)
    const { provider, consumer } = await setup()
    // the accounts as both ledgers would hold them after n agreements with one exchanged transfer each
    const write = async (node: HanseNode, other: string, role: 'consumer' | 'provider'): Promise<void> => {
      const jobs: Array<Promise<unknown>> = []
      for (let i = 0; i < n; i++) {
        const a = `urn:uuid:synthetic-${i}`
        const t = `urn:uuid:transfer-${i}`
        jobs.push(node.parts.ledger.append({ type: 'agreement.signed', peer: other, agreementId: a, payload: { agreementSha256: `h${i}` } }))
        jobs.push(
          node.parts.ledger.append({
            type: 'transfer.state',
            peer: other,
            agreementId: a,
            transferId: t,
            payload: { role, state: 'COMPLETED', size: i, sha256: 's' }
          })
        )
        jobs.push(node.parts.ledger.append({ type: 'transfer.receipt', peer: other, agreementId: a, transferId: t, payload: { role, bytes: i, sha256: 's' } }))
        jobs.push(node.parts.ledger.append({ type: 'checkpoint.received', peer: other, agreementId: a, transferId: t, payload: {} }))
        if (jobs.length >= 512) await Promise.all(jobs.splice(0))
      }
      await Promise.all(jobs)
    }
    await write(consumer, provider.peerId, 'consumer')
    await write(provider, consumer.peerId, 'provider')
    // six audits asked at once: one runs, the others are refused; memory stays bounded (the
    // accounts are kept compact, never the entries)
    const heap0 = process.memoryUsage().heapUsed
    const six = await Promise.allSettled(Array.from({ length: 6 }, async () => await consumer.parts.ledgerService.audit(provider.peerId)))
    expect(six.filter(x => x.status === 'rejected').map(x => (x as PromiseRejectedResult).reason.code)).toEqual(Array(5).fill('AUDIT_RUNNING'))
    const r = (six.find(x => x.status === 'fulfilled') as PromiseFulfilledResult<Awaited<ReturnType<typeof consumer.parts.ledgerService.audit>>>).value
    expect(process.memoryUsage().heapUsed - heap0).toBeLessThan(64 * 1024 * 1024)
    expect(r.findings).toEqual([])
    expect(r.sharedAgreements).toBe(n)
    expect(r.entriesChecked).toBe(4 * n)
    expect(r.coverage).toMatchObject({ complete: true, pending: 0 })
    // pages of up to 500 entries (fewer when a page reaches its byte limit): linear in the entries
    expect(r.coverage.pages).toBeGreaterThanOrEqual(Math.ceil((4 * n) / 500))
    expect(r.coverage.pages).toBeLessThanOrEqual(Math.ceil((4 * n) / 100))
    // a receipt dropped from one side among thousands is found
    await provider.parts.ledger.append({
      type: 'transfer.receipt',
      peer: consumer.peerId,
      agreementId: 'urn:uuid:synthetic-7',
      transferId: 'urn:uuid:transfer-7',
      payload: { role: 'provider', bytes: 999, sha256: 'other' }
    })
    const bad = await consumer.parts.ledgerService.audit(provider.peerId)
    expect(bad.findings.map(f => f.code)).toEqual(['DISAGREEMENT'])
  }, 120_000)
})
