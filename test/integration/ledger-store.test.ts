import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Level } from 'level'
import { cleanup, onCleanup, tempDir } from '../helpers.ts'
import { openLedgerDir, verifyConsistency, verifyInclusion, openCheckpoint, type Ledger, type LedgerInit } from '../../src/ledger/index.ts'
import { seqKey } from '../../src/ledger/entry.ts'
import { Ledger as LedgerClass } from '../../src/ledger/index.ts'
import { loadOrCreateIdentity, signerOf } from '../../src/identity/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'

afterEach(cleanup)

async function openLedger(dataDir: string, init: Partial<LedgerInit> = {}): Promise<Awaited<ReturnType<typeof openLedgerDir>>> {
  const opened = await openLedgerDir(dataDir, undefined, init)
  onCleanup(opened.close)
  return opened
}

async function fill(ledger: Ledger, n: number, writers = 16): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < n) {
        const i = next++
        await ledger.append({
          type: i % 3 === 0 ? 'transfer.state' : 'negotiation.state',
          peer: 'peer-a',
          agreementId: `agr-${i % 5}`,
          payload: { i, state: 'STARTED' }
        })
      }
    })
  )
}

/** Open the raw LevelDB of a stopped node to tamper with its ledger. */
async function tamper(dataDir: string, fn: (entries: any, db: Level<string, Uint8Array>) => Promise<void>): Promise<void> {
  const db = new Level<string, Uint8Array>(join(dataDir, 'db'), { valueEncoding: 'view' })
  await db.open()
  try {
    await fn(db.sublevel<string, Uint8Array>('ledger', { valueEncoding: 'view' }), db)
  } finally {
    await db.close()
  }
}

describe('ledger storage', () => {
  it('concurrent appends get gap-free seqs, a valid chain, and proofs that verify', async () => {
    const dir = tempDir()
    const { ledger, peerId } = await openLedger(dir)
    await fill(ledger, 300)
    expect(ledger.size).toBe(300)
    const report = await ledger.verify()
    expect(report.ok).toBe(true)
    expect(report.entries).toBe(300)
    const root = await ledger.root()
    expect(report.root).toBe(root.toString('hex'))
    // inclusion of a few entries, consistency between a few sizes
    for (const seq of [0, 1, 150, 299]) {
      const p = await ledger.inclusionProof(seq)
      expect(
        verifyInclusion(
          Buffer.from(p.leaf, 'hex'),
          seq,
          300,
          p.path.map(h => Buffer.from(h, 'hex')),
          root
        )
      ).toBe(true)
    }
    for (const m of [1, 2, 77, 128, 299, 300]) {
      const proof = await ledger.consistencyProof(m)
      expect(verifyConsistency(m, 300, await ledger.root(m), root, proof)).toBe(true)
    }
    const cp = await ledger.checkpoint()
    expect(cp.size).toBe(300)
    const opened = await openCheckpoint(ledger.wireCheckpoint(cp), peerId)
    expect(opened.root).toBe(root.toString('hex'))
    // the agreement index finds exactly that agreement's entries
    const about: number[] = []
    for await (const e of ledger.query({ agreement: 'agr-2' })) about.push(e.seq)
    expect(about.length).toBe(60)
    expect(about.every(s => s % 5 === 2)).toBe(true)
  })

  it('stores subtrees of 16 leaves and more only; every proof, from the store or an audit page, verifies', async () => {
    const dir = tempDir()
    const { ledger, store } = await openLedger(dir)
    await fill(ledger, 100)
    const levels = new Set<number>()
    for await (const key of store.sublevel('ledgernodes').keys()) levels.add(parseInt(key.split('.')[0] as string, 36))
    expect([...levels].sort((a, b) => a - b)).toEqual([4, 5, 6])
    for (const size of [1, 2, 3, 15, 16, 17, 33, 64, 100]) {
      const root = await ledger.root(size)
      for (let seq = 0; seq < size; seq++) {
        const p = await ledger.inclusionProof(seq, size)
        expect(
          verifyInclusion(
            Buffer.from(p.leaf, 'hex'),
            seq,
            size,
            p.path.map(h => Buffer.from(h, 'hex')),
            root
          )
        ).toBe(true)
      }
      for (let m = 0; m <= size; m++) expect(verifyConsistency(m, size, await ledger.root(m), root, await ledger.consistencyProof(m, size))).toBe(true)
    }
    // an audit page: its entries' leaves and the subtrees they make up come from one range read
    const root = await ledger.root()
    const cache = new Map<string, Buffer>()
    const page = await ledger.rawRange(21, 58, cache)
    expect(page.size).toBe(38)
    // 24-32 hashed from the page's leaves, 32-48 and 48-64 read from the store
    for (const range of ['22-24', '24-32', '32-48', '48-64', '56-58']) expect(cache.has(range)).toBe(true)
    for (let seq = 21; seq <= 58; seq++) {
      const path = await ledger.inclusionPath(seq, 100, cache)
      expect(verifyInclusion(cache.get(`${seq}-${seq + 1}`) as Buffer, seq, 100, path, root)).toBe(true)
    }
  })

  it('checkpoints signed while appends are landing commit to the root of their own size', async () => {
    const dir = tempDir()
    const { ledger } = await openLedger(dir)
    const checkpoints = []
    const appends = fill(ledger, 400, 32)
    while (ledger.size < 400) {
      checkpoints.push(await ledger.checkpoint())
      await new Promise(resolve => setImmediate(resolve))
    }
    await appends
    expect(checkpoints.length).toBeGreaterThan(2)
    for (const cp of checkpoints) expect(cp.root).toBe((await ledger.root(cp.size)).toString('hex'))
    expect((await ledger.verify()).ok).toBe(true)
  })

  it('survives a restart: the head, tree and chain continue where they were', async () => {
    const dir = tempDir()
    const first = await openLedger(dir)
    await fill(first.ledger, 37)
    const root = (await first.ledger.root()).toString('hex')
    await first.ledger.stop()
    await first.store.stop()
    const again = await openLedger(dir)
    expect(again.ledger.size).toBe(37)
    expect((await again.ledger.root()).toString('hex')).toBe(root)
    await fill(again.ledger, 20)
    expect((await again.ledger.verify()).ok).toBe(true)
    expect(verifyConsistency(37, 57, Buffer.from(root, 'hex'), await again.ledger.root(), await again.ledger.consistencyProof(37))).toBe(true)
  })

  it('the agreement and peer index: kept in memory, written in groups, rebuilt at start, older per-entry keys read alike', async () => {
    const dir = tempDir()
    const flushEntries = 10
    let opened = await openLedger(dir, { indexFlushEntries: flushEntries })
    // seq -> what the entry is about
    const about = new Map<number, { peer: string; agreementId: string }>()
    const append = async (n: number): Promise<void> => {
      let next = 0
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < n) {
            const i = next++
            const peer = ['peer-a', 'peer-b', ''][i % 3] as string
            // (one id goes on from another with ':' and what reads as hex)
            const agreementId = i % 7 === 6 ? '' : i % 5 === 4 ? 'agr-1:1f' : `agr-${i % 4}`
            const e = await opened.ledger.append({ type: 'negotiation.state', peer, agreementId, payload: { i } })
            about.set(e.seq, { peer, agreementId })
          }
        })
      )
    }
    const expected = (kind: 'a' | 'p', value: string, after: number, below: number): number[] =>
      [...about]
        .filter(([seq, e]) => seq > after && seq < below && e.agreementId !== '' && (kind === 'a' ? e.agreementId === value : e.peer === value))
        .map(([seq]) => seq)
        .sort((x, y) => x - y)
    const paged = async (read: (after: number, limit: number) => Promise<number[]>, limit: number): Promise<number[]> => {
      const out: number[] = []
      for (let after = -1; ; ) {
        const page = await read(after, limit)
        expect(page.length).toBeLessThanOrEqual(limit)
        if (page.length === 0) return out
        out.push(...page)
        after = page[page.length - 1] as number
      }
    }
    const check = async (ledger: Ledger = opened.ledger): Promise<void> => {
      const size = ledger.size
      for (const id of ['agr-0', 'agr-1', 'agr-1:1f', 'agr-2', 'agr-3', 'agr-9']) {
        expect(await ledger.seqsAbout(id, -1, size, 10_000)).toEqual(expected('a', id, -1, size))
        expect(await paged(async (after, limit) => await ledger.seqsAbout(id, after, size, limit), 3)).toEqual(expected('a', id, -1, size))
        expect(await ledger.seqsAbout(id, 40, 77, 10_000)).toEqual(expected('a', id, 40, 77))
        const viaQuery: number[] = []
        for await (const e of ledger.query({ agreement: id })) viaQuery.push(e.seq)
        expect(viaQuery).toEqual(expected('a', id, -1, size))
      }
      for (const peer of ['peer-a', 'peer-b', 'peer-c']) {
        expect(await ledger.seqsWithPeer(peer, -1, size, 10_000)).toEqual(expected('p', peer, -1, size))
        expect(await paged(async (after, limit) => await ledger.seqsWithPeer(peer, after, size, limit), 4)).toEqual(expected('p', peer, -1, size))
        expect(await ledger.seqsWithPeer(peer, 12, 61, 10_000)).toEqual(expected('p', peer, 12, 61))
      }
    }

    // readers while batches (and the index's flushes) land: what they get below the size they
    // asked for is complete, whichever side of a flush they read
    let reading = true
    const readers = (async () => {
      let reads = 0
      while (reading || reads === 0) {
        const below = opened.ledger.size
        expect(await opened.ledger.seqsWithPeer('peer-a', -1, below, 10_000)).toEqual(expected('p', 'peer-a', -1, below))
        expect(await opened.ledger.seqsAbout('agr-1', -1, below, 10_000)).toEqual(expected('a', 'agr-1', -1, below))
        reads++
        // (a read served from memory alone would otherwise never let the writes' I/O in)
        await new Promise(resolve => setImmediate(resolve))
      }
      return reads
    })()
    await append(94)
    reading = false
    expect(await readers).toBeGreaterThan(0)
    await check()
    // written in groups: the mark is within one flush of the size, and there are fewer keys than
    // indexed entries (one per agreement and per peer for each flush)
    const meta = opened.store.sublevel<number>('meta')
    let mark = (await meta.get('ledgerIndexedTo')) as number
    expect(mark).toBeGreaterThan(94 - flushEntries - 8)
    // one more alone, unless the last batch left none in the tail: the restart must read some back
    if (mark === opened.ledger.size) await append(1)
    mark = (await meta.get('ledgerIndexedTo')) as number
    expect(mark).toBeLessThan(opened.ledger.size)
    await check()
    const keys: Array<[string, string]> = []
    for await (const kv of opened.store.sublevel<string>('ledgerindex').iterator()) keys.push(kv)
    const indexedBelowMark = [...about].filter(([seq, e]) => seq < mark && e.agreementId !== '').length
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.length).toBeLessThan(indexedBelowMark)
    expect(keys.some(([, v]) => /^[0-9a-f]+-[0-9a-f]+/.test(v) || v.includes(','))).toBe(true)

    // a restart reads the tail back from the entries
    await opened.close()
    opened = await openLedger(dir, { indexFlushEntries: flushEntries })
    await check()
    await append(23)
    await check()

    // a ledger written before: one key per entry (value ''), no mark
    await opened.close()
    const olderIndex = async (peerKeys: boolean): Promise<void> => {
      const db = new Level<string, string>(join(dir, 'db'), { valueEncoding: 'utf8' })
      await db.open()
      const index = db.sublevel<string, string>('ledgerindex', { valueEncoding: 'utf8' })
      await index.clear()
      await db.sublevel('meta').del('ledgerIndexedTo')
      if (!peerKeys) await db.sublevel('meta').del('ledgerPeerIndex')
      for (const [seq, e] of about) {
        if (e.agreementId === '') continue
        await index.put(`a:${e.agreementId}:${seqKey(seq)}`, '')
        if (e.peer !== '' && peerKeys) await index.put(`p:${e.peer}:${seqKey(seq)}`, '')
      }
      await db.close()
    }
    await olderIndex(true)
    opened = await openLedger(dir, { indexFlushEntries: flushEntries })
    await check()
    await append(31)
    await check()
    expect(opened.ledger.size).toBe(about.size)

    // older still: agreement keys only, from before the per-peer index; a node's start (its
    // checks on, unlike openLedgerDir's) builds the peer keys once
    await opened.close()
    await olderIndex(false)
    opened = await openLedger(dir, { indexFlushEntries: flushEntries })
    await opened.ledger.stop()
    const identity = await loadOrCreateIdentity(dir)
    const started = new LedgerClass(
      { store: opened.store, clock: systemClock, signer: signerOf(identity), logger: silentLogger() },
      { indexFlushEntries: flushEntries }
    )
    await started.start()
    onCleanup(async () => await started.stop())
    expect(await opened.store.sublevel<boolean>('meta').get('ledgerPeerIndex')).toBe(true)
    await check(started)
  })

  const cases: Array<[string, (entries: any, db: Level<string, Uint8Array>) => Promise<void>, number, string]> = [
    [
      'an edited entry',
      async entries => {
        const v = Buffer.from(await entries.get(seqKey(20)))
        v[v.indexOf(Buffer.from('STARTED'))] = 'X'.charCodeAt(0)
        await entries.put(seqKey(20), v)
      },
      20,
      'HASH_MISMATCH'
    ],
    [
      'a deleted entry',
      async entries => {
        await entries.del(seqKey(33))
      },
      33,
      'ENTRY_MISSING'
    ],
    [
      'two swapped entries',
      async entries => {
        const a = await entries.get(seqKey(10))
        const b = await entries.get(seqKey(11))
        await entries.put(seqKey(10), b)
        await entries.put(seqKey(11), a)
      },
      10,
      'ENTRY_MOVED'
    ],
    [
      'a truncated tail',
      async entries => {
        for (let i = 45; i < 50; i++) await entries.del(seqKey(i))
      },
      45,
      'ENTRY_MISSING'
    ],
    [
      'an entry replaced by a re-hashed forgery',
      async entries => {
        // the forger recomputes the entry's own hash; the next entry's link still gives it away
        const { decodeEntry, sealEntry } = await import('../../src/ledger/entry.ts')
        const e = decodeEntry(await entries.get(seqKey(5)))
        const { stored } = sealEntry({
          seq: 5,
          time: Number(e.time),
          type: e.type,
          peer: e.peer,
          agreementId: e.agreementId,
          transferId: e.transferId,
          payload: Buffer.from('{"i":5,"state":"FORGED"}'),
          prevHash: e.prevHash
        })
        await entries.put(seqKey(5), stored)
      },
      6,
      'CHAIN_BROKEN'
    ],
    [
      'a copy under a key that parses as a seq but is not one',
      async entries => {
        // sorts between entries 15 and 16; parseInt alone reads it as 0
        await entries.put('000000000000000g', await entries.get(seqKey(1)))
      },
      16,
      'BAD_KEY'
    ],
    [
      'a key that is not a seq among the entries',
      async entries => {
        await entries.put('0000000000000017x', await entries.get(seqKey(23)))
      },
      24,
      'BAD_KEY'
    ],
    [
      'an entry cut short',
      async entries => {
        await entries.put(seqKey(40), Buffer.from(await entries.get(seqKey(40))).subarray(0, 30))
      },
      40,
      'ENTRY_DAMAGED'
    ]
  ]
  // verify checks on its own thread below `verifyWorkerFrom` entries, on a worker above
  const threads: Array<[string, Partial<LedgerInit>]> = [
    ['on this thread', {}],
    ['on a worker thread', { verifyWorkerFrom: 0 }]
  ]
  for (const [where, init] of threads)
    for (const [what, edit, seq, code] of cases) {
      it(`verify ${where} names the first bad entry: ${what}`, async () => {
        const dir = tempDir()
        const { ledger, store } = await openLedger(dir)
        await fill(ledger, 50, 1)
        await ledger.stop()
        await store.stop()
        await tamper(dir, edit)
        const again = await openLedger(dir, init)
        const report = await again.ledger.verify()
        expect(report.ok).toBe(false)
        expect(report.problem?.code).toBe(code)
        expect(report.problem?.seq).toBe(seq)
      })
    }

  it('verify on a worker thread reports what it reports on this thread, checkpoints across batches included', async () => {
    const dir = tempDir()
    const { ledger, store } = await openLedger(dir)
    // checkpoints inside batches of a thousand, at their edges and in the last, short one
    for (const upTo of [1, 999, 1000, 1001, 1500, 2000, 2001, 2600]) {
      await fill(ledger, upTo - ledger.size)
      await ledger.checkpoint()
    }
    await fill(ledger, 17)
    const root = (await ledger.root()).toString('hex')
    await ledger.stop()
    await store.stop()
    for (const [, init] of threads) {
      const again = await openLedger(dir, init)
      const report = await again.ledger.verify()
      expect({ ...report, ms: 0 }).toEqual({ ok: true, entries: 2617, root, checkpoints: 8, ms: 0 })
      await again.close()
    }
  })

  for (const [where, init] of threads)
    it(`verify ${where} while entries and checkpoints are being appended (a running node) passes every time`, async () => {
      const dir = tempDir()
      const { ledger } = await openLedger(dir, init)
      await fill(ledger, 200, 4)
      let stop = false
      const writing = (async () => {
        let n = 0
        while (!stop) {
          await fill(ledger, 20, 4)
          if (n++ % 5 === 0) await ledger.checkpoint()
        }
      })()
      const reports = []
      for (let i = 0; i < 10; i++) reports.push(await ledger.verify())
      stop = true
      await writing
      expect(reports.map(r => r.problem?.code ?? 'ok')).toEqual(Array(10).fill('ok'))
    })

  for (const [where, init] of threads)
    it(`a whole rewritten history (chain recomputed) is caught ${where} by the node's own signed checkpoint`, async () => {
      const dir = tempDir()
      const { ledger, store } = await openLedger(dir)
      await fill(ledger, 20, 1)
      await ledger.checkpoint()
      // entries after the checkpoint: their recomputed chain no longer ends at the recorded
      // head either, a later problem in the same batch that must not hide the first
      await fill(ledger, 10, 1)
      await ledger.stop()
      await store.stop()
      await tamper(dir, async entries => {
        const { decodeEntry, sealEntry } = await import('../../src/ledger/entry.ts')
        let prev: Buffer = Buffer.alloc(32)
        for (let i = 0; i < 30; i++) {
          const e = decodeEntry(await entries.get(seqKey(i)))
          const payload = i === 3 ? Buffer.from('{"i":3,"state":"REWRITTEN"}') : Buffer.from(e.payload)
          const { stored, hash } = sealEntry({
            seq: i,
            time: Number(e.time),
            type: e.type,
            peer: e.peer,
            agreementId: e.agreementId,
            transferId: e.transferId,
            payload,
            prevHash: prev
          })
          await entries.put(seqKey(i), stored)
          prev = hash
        }
      })
      const again = await openLedger(dir, init)
      const report = await again.ledger.verify()
      expect(report.ok).toBe(false)
      expect(report.problem?.code).toBe('CHECKPOINT_MISMATCH')
      expect(report.problem?.seq).toBe(19)
      // how far the history held: up to the checkpoint it contradicts
      expect(report.entries).toBe(20)
    })
})
