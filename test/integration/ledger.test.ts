import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, nodeAddr, runCli, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { agree, setup } from '../two-nodes.ts'
import { Store } from '../../src/store/index.ts'
import { Ledger, LEDGER_PROTOCOL, type EntryView } from '../../src/ledger/index.ts'
import { loadOrCreateIdentity } from '../../src/identity/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { ManualClock } from '../../src/clock/index.ts'
import { openFramed, hanse } from '../../src/wire/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

async function entries(node: HanseNode, q: Parameters<Ledger['query']>[0] = {}): Promise<EntryView[]> {
  const out: EntryView[] = []
  for await (const e of node.parts.ledger.query(q)) out.push(e)
  return out
}

/** Run the CLI against a running node (found through its data dir). */
async function cli(node: HanseNode, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const file = join(tempDir(), 'cli.yaml')
  writeFileSync(file, `name: cli\ndataDir: ${node.config.dataDir}\n`)
  return await runCli(['--config', file, ...args])
}

async function fetchOnce(consumer: HanseNode, agreementId: string): Promise<string> {
  const t = await consumer.parts.transfers.fetch({ agreementId })
  const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
  expect(done.state).toBe('COMPLETED')
  return t.id
}

/**
 * Rewrite a stopped node's ledger from scratch, as a dishonest operator with the node's own key
 * would: every hash, tree node and checkpoint is recomputed and re-signed, with `drop` left out.
 */
async function rewriteHistory(dataDir: string, drop: (e: EntryView) => boolean): Promise<void> {
  const identity = await loadOrCreateIdentity(dataDir)
  const store = new Store({ clock: new ManualClock(0) }, { dataDir })
  await store.start()
  try {
    const clock = new ManualClock(0)
    const signer = { peerId: identity.peerId.toString(), sign: (d: Uint8Array) => identity.privateKey.sign(d) }
    const old = new Ledger({ store, clock, signer, logger: silentLogger() })
    await old.start()
    const kept: EntryView[] = []
    for await (const e of old.query()) if (!drop(e)) kept.push(e)
    await old.stop()
    for (const name of ['ledger', 'ledgernodes', 'ledgerindex'] as const) await store.sublevel(name).clear()
    const cps = store.sublevel<unknown>('checkpoints')
    for await (const k of cps.keys({ gte: 'own:', lt: 'own:\xff' })) await cps.del(k)
    await store.sublevel('meta').del('ledgerHead')
    await store.sublevel('meta').del('ledgerIndexedTo')
    const forged = new Ledger({ store, clock, signer, logger: silentLogger() })
    await forged.start()
    for (const e of kept) {
      clock.set(e.time)
      await forged.append({ type: e.type, peer: e.peer, agreementId: e.agreementId, transferId: e.transferId, payload: e.payload })
    }
    await forged.checkpoint()
    expect((await forged.verify()).ok).toBe(true)
    await forged.stop()
  } finally {
    await store.stop()
  }
}

describe('usage ledger between two nodes', () => {
  it('a negotiation and a transfer are in both ledgers; checkpoints are swapped; audits pass both ways', async () => {
    const { provider, consumer } = await setup()
    const agreementId = await agree(consumer, provider, 'file')
    const transferId = await fetchOnce(consumer, agreementId)

    for (const [node, role] of [
      [consumer, 'consumer'],
      [provider, 'provider']
    ] as const) {
      const about = await entries(node, { agreement: agreementId })
      const types = about.map(e => e.type)
      expect(types).toContain('agreement.signed')
      expect(types).toContain('transfer.receipt')
      expect(about.filter(e => e.type === 'negotiation.state').map(e => e.payload.state)).toContain('FINALIZED')
      expect(about.filter(e => e.type === 'transfer.state' && e.transferId === transferId).map(e => e.payload.state)).toEqual(
        expect.arrayContaining(['STARTED', 'COMPLETED'])
      )
      const receipt = about.find(e => e.type === 'transfer.receipt')!
      expect(receipt.payload.role).toBe(role)
      expect(receipt.payload.providerSignature).toEqual(expect.any(String))
      expect((await node.parts.ledger.verify()).ok).toBe(true)
    }
    // the provider logged the catalogue lookup the consumer's request made, and its config
    // (catalogue requests are summed per peer over a one-second window)
    const served = await waitFor(async () => {
      const e = await entries(provider, { type: 'catalog.served' })
      return e.length > 0 ? e : undefined
    }, 5_000)
    expect(served[0]!.peer).toBe(consumer.peerId)
    expect(served[0]!.payload.requests).toBeGreaterThan(0)
    expect((await entries(provider, { type: 'config.loaded' })).length).toBe(1)
    // each holds the other's signed checkpoint
    expect((await consumer.parts.ledger.peerCheckpoints(provider.peerId)).length).toBe(1)
    expect((await provider.parts.ledger.peerCheckpoints(consumer.peerId)).length).toBe(1)

    const a = await consumer.parts.ledgerService.audit(provider.peerId)
    expect(a.findings).toEqual([])
    expect(a.ok).toBe(true)
    expect(a.checkedCheckpoints.length).toBe(1)
    expect(a.entriesChecked).toBeGreaterThan(3)
    const b = await provider.parts.ledgerService.audit(consumer.peerId)
    expect(b.ok).toBe(true)
    // the audit is itself in the ledger
    const last = (await entries(consumer, { type: 'audit.result' })).at(-1)!
    expect(last.payload.ok).toBe(true)
  })

  it('a checkpoint exchange is recorded only for a transfer between the two, and once', async () => {
    const { provider, consumer } = await setup()
    const agreementId = await agree(consumer, provider, 'file')
    const transferId = await fetchOnce(consumer, agreementId)
    const received = async (): Promise<EntryView[]> => await entries(provider, { type: 'checkpoint.received' })
    // the consumer's exchange at the end of the transfer
    await waitFor(async () => (await received()).length === 1 || undefined)
    expect((await received())[0]).toMatchObject({ peer: consumer.peerId, agreementId, transferId })
    const size = provider.parts.ledger.size
    const refused = async (from: HanseNode, info: { agreementId?: string; transferId?: string }): Promise<unknown> =>
      await from.parts.ledgerService.exchange(provider.peerId, info).then(
        () => 'recorded',
        (err: { code?: string }) => err.code
      )
    // none named, a transfer that does not exist, another agreement's, and someone else's transfer
    const stranger = await startNode(testConfig({ name: 'stranger' }))
    await stranger.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    expect(await refused(consumer, {})).toBe('TRANSFER_NOT_FOUND')
    expect(await refused(consumer, { agreementId, transferId: 'urn:uuid:00000000-0000-4000-8000-000000000000' })).toBe('TRANSFER_NOT_FOUND')
    expect(await refused(consumer, { agreementId: 'urn:uuid:00000000-0000-4000-8000-000000000001', transferId })).toBe('TRANSFER_NOT_FOUND')
    expect(await refused(stranger, { agreementId, transferId })).toBe('TRANSFER_NOT_FOUND')
    // the real one again is answered, and not written a second time
    for (let i = 0; i < 5; i++) expect(await refused(consumer, { agreementId, transferId })).toBe('recorded')
    expect(provider.parts.ledger.size).toBe(size)
    expect(await received()).toHaveLength(1)
    expect((await provider.parts.ledger.verify()).ok).toBe(true)
  })

  it('a provider that rewrites its history after the exchange is caught, with the receipt it dropped', async () => {
    const { provider, consumer } = await setup()
    const agreementId = await agree(consumer, provider, 'file')
    await fetchOnce(consumer, agreementId)
    const cfg = provider.config
    await provider.stop()
    await rewriteHistory(cfg.dataDir, e => e.type === 'transfer.receipt')
    const again = await startNode(cfg)
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(again)))
    const report = await consumer.parts.ledgerService.audit(again.peerId)
    expect(report.ok).toBe(false)
    const codes = report.findings.map(f => f.code)
    expect(codes).toContain('REWRITTEN_HISTORY')
    expect(codes).toContain('MISSING_RECEIPT')
    // the evidence stays: the checkpoint the provider signed before is still held
    expect((await consumer.parts.ledger.peerCheckpoints(again.peerId)).length).toBeGreaterThanOrEqual(1)
    const logged = (await entries(consumer, { type: 'audit.result' })).at(-1)!
    expect(logged.payload.ok).toBe(false)
    // and the CLI says so with a non-zero exit
    const audit = await cli(consumer, ['--json', 'ledger', 'audit', again.peerId])
    expect(audit.code).not.toBe(0)
    expect(audit.stderr).toMatch(/AUDIT_FAILED/)
  })

  it('a decision whose ledger entry cannot be written is not acted on: no agreement, no dataset byte', async () => {
    const { provider, consumer } = await setup({ transfer: { retryBaseMs: 100 } })
    const ledger = provider.parts.ledger
    const stage = ledger.stage.bind(ledger)
    let failing = new Set(['agreement.signed'])
    // the provider's disk refuses exactly these entries (the component's narrow interface, stubbed)
    ledger.stage = (batch, input) => {
      if (failing.has(input.type) || (failing.has('transfer.started') && input.type === 'transfer.state' && input.payload?.state === 'STARTED')) {
        throw Object.assign(new Error('simulated write failure'), { code: 'LEDGER_UNAVAILABLE' })
      }
      return stage(batch, input)
    }
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'file', narrowing: { purposes: ['research'] } })
    // the provider has refused the request twice (UNAVAILABLE: it could not write) and the
    // consumer keeps it for a retry
    await waitFor(async () => ((await consumer.parts.negotiations.get(r.id))?.outbox?.attempts ?? 0) >= 2 || undefined, 10_000)
    expect((await consumer.parts.negotiations.get(r.id))?.state).not.toBe('FINALIZED')
    expect((await provider.parts.negotiations.list()).some(n => n.state === 'FINALIZED')).toBe(false)
    expect(await entries(provider, { type: 'agreement.signed' })).toEqual([])
    // the disk is back: the retried message goes through and both sides finalize
    failing = new Set()
    const done = await consumer.parts.negotiations.waitFor(r.id, 20_000)
    expect(done.state).toBe('FINALIZED')
    expect((await entries(provider, { type: 'agreement.signed' })).length).toBe(1)

    failing = new Set(['transfer.started'])
    const received = async (): Promise<number> => (await consumer.metrics.bytesReceived.get()).values[0]?.value ?? 0
    // the first attempt fails (the provider cannot log the start, so it sends nothing) and the
    // download waits SUSPENDED for its retry
    const failedOnce = new Promise<void>(resolve => {
      const on = (x: { role: string; state: string }): void => {
        if (x.role !== 'consumer' || x.state !== 'SUSPENDED') return
        consumer.parts.transfers.off('state', on)
        resolve()
      }
      consumer.parts.transfers.on('state', on)
    })
    const t = await consumer.parts.transfers.fetch({ agreementId: done.agreementId! })
    await failedOnce
    expect(await received()).toBe(0)
    expect((await provider.parts.transfers.list()).filter(x => x.state === 'STARTED')).toEqual([])
    failing = new Set()
    const finished = await waitFor(async () => {
      const x = await consumer.parts.transfers.get(t.id)
      return x?.state === 'COMPLETED' ? x : undefined
    }, 20_000)
    expect(finished.bytes).toBe(300_000)
  })

  it("a peer is shown only its own agreements' entries", async () => {
    const { provider, consumer } = await setup()
    const mine = await agree(consumer, provider, 'file')
    await fetchOnce(consumer, mine)
    const other = await startNode(testConfig({ name: 'other' }))
    await other.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const theirs = await agree(other, provider, 'file')
    const framed = await openFramed(other.parts.net.libp2p, peerIdFromString(provider.peerId), LEDGER_PROTOCOL, { maxFrameBytes: 1024 * 1024 })
    await framed.write(hanse.v1.LedgerRequest, { audit: { agreementIds: [mine, theirs], afterSeq: -1, limit: 100 } })
    const res = await framed.read(hanse.v1.LedgerResponse)
    const ids = new Set((res?.audit?.entries ?? []).map(e => e.entry?.agreementId))
    expect(ids.has(theirs)).toBe(true)
    expect(ids.has(mine)).toBe(false)
  })

  it('a denied negotiation is logged with its reasons; the CLI lists, verifies, exports and sums up', async () => {
    const { provider, consumer } = await setup()
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'file', narrowing: { purposes: ['marketing'] } })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.state).toBe('TERMINATED')
    const denied = await entries(provider, { type: 'policy.denied' })
    expect(denied.length).toBe(1)
    expect(denied[0]!.payload.scope).toBe('negotiation')
    expect(String((denied[0]!.payload.reasons as string[]).join(' '))).toMatch(/purpose/)

    const agreementId = await agree(consumer, provider, 'file')
    await fetchOnce(consumer, agreementId)
    const list = await cli(consumer, ['--json', 'ledger', 'list', '--type', 'transfer.*', '--limit', '100'])
    expect(list.code).toBe(0)
    const listed = JSON.parse(list.stdout).entries as EntryView[]
    expect(listed.length).toBeGreaterThan(0)
    expect(listed.every(e => e.type.startsWith('transfer.'))).toBe(true)
    const verify = await cli(consumer, ['ledger', 'verify'])
    expect(verify.code).toBe(0)
    expect(verify.stdout).toMatch(/ledger OK: \d+ entries/)
    const jsonl = await cli(consumer, ['ledger', 'export', '--format', 'jsonl'])
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map(l => JSON.parse(l))
    expect(lines.length).toBe(consumer.parts.ledger.size)
    expect(lines.map(l => l.seq)).toEqual(lines.map((_, i) => i))
    const csv = await cli(consumer, ['ledger', 'export', '--format', 'csv'])
    expect(csv.stdout.split('\n')[0]).toBe('seq,time,type,peer,agreementId,transferId,payload,prevHash,hash')
    const usage = await cli(consumer, ['--json', 'ledger', 'usage', '--agreement', agreementId])
    const u = JSON.parse(usage.stdout).usage[0]
    expect(u).toMatchObject({ agreementId, completed: 1, transfers: 1, bytes: 300_000 })
    // a stopped node's ledger is verified by opening its data dir
    await consumer.stop()
    const offline = await cli(consumer, ['--json', 'ledger', 'verify'])
    expect(offline.code).toBe(0)
    expect(JSON.parse(offline.stdout)).toMatchObject({ ok: true })
  })
})
