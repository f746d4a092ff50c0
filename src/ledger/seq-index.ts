import type { Store, StoreBatch, Sublevel } from '../store/index.ts'
import { decodeEntry, seqKey } from './entry.ts'

/**
 * The entries staged since the last flush, in seq order, as parallel arrays (an entry without an
 * agreement is not in it); `byKey` (its seqs by agreement and by peer) is built when a reader
 * first asks, and kept up to date from then on: appends alone pay no map.
 */
interface Tail {
  seqs: number[]
  agreements: string[]
  /** '' for none */
  peers: string[]
  byKey?: Groups
}

/** Seqs in order by agreement id and by peer ID (keyed without the stored keys' prefixes: no string is built per entry). */
interface Groups {
  a: Map<string, number[]>
  p: Map<string, number[]>
}

const groupsOf = (tail: Tail, keep: (seq: number) => boolean): Groups => {
  const g: Groups = { a: new Map(), p: new Map() }
  for (let i = 0; i < tail.seqs.length; i++) {
    const seq = tail.seqs[i] as number
    if (keep(seq)) addToGroups(g, seq, tail.agreements[i] as string, tail.peers[i] as string)
  }
  return g
}

const emptyTail = (): Tail => ({ seqs: [], agreements: [], peers: [] })

const META_KEY = 'ledgerIndexedTo'
const SEQ_KEY = /^[0-9a-f]{16}$/

/**
 * Which entries are about an agreement (`hanse ledger usage`) and about agreements with a peer
 * (what an audit between two nodes reads), as seqs in order.
 *
 * Each entry used to add two index keys to the synced batch that made it durable: with 64
 * writers sharing an fsync, every key costs LevelDB a memtable insert on the thread that also
 * syncs (about 2.5 µs here), so three puts an entry reached 0.6-0.77 of one put's speed. The
 * index is derived data: it is now kept in memory for the last `flushEntries` entries and
 * written with the batch that passes that many, one key per agreement and per peer for all of
 * them (`<prefix><seq of the last one>`, the seqs as ranges: `1a-1f,24`). A crash loses only
 * the tail, which `start` reads back from the entries, which are durable. Keys written one per
 * entry before (value '') read as groups of one, so older ledgers need no migration.
 */
export class SeqIndex {
  private readonly store: Store
  /** The stored entries after a seq (-1: all), in order, a batch of [key, stored entry] at a time. */
  private readonly entries: (afterSeq: number) => AsyncIterable<Array<[string, Uint8Array]>>
  private readonly flushEntries: number
  /** Every entry below this seq is in the stored index. */
  private indexedTo = 0
  private tail: Tail = emptyTail()
  /** The stored-index marks of batches sealed but not yet written, oldest first (undefined: no flush in it). */
  private sealedMarks: Array<number | undefined> = []

  constructor(components: { store: Store; entries: (afterSeq: number) => AsyncIterable<Array<[string, Uint8Array]>> }, init: { flushEntries: number }) {
    this.store = components.store
    this.entries = components.entries
    this.flushEntries = init.flushEntries
  }

  private get keys(): Sublevel<string> {
    return this.store.sublevel<string>('ledgerindex')
  }

  /**
   * Read the stored mark (a ledger without one indexed every entry in its own batch: all of its
   * `size` are stored; the mark is written then, before any entry is appended without its keys),
   * then the tail, which is not stored, from the entries after it (at most `flushEntries`).
   */
  async start(size: number): Promise<void> {
    const meta = this.store.sublevel<number>('meta')
    const mark = await meta.get(META_KEY)
    if (typeof mark === 'number' && Number.isSafeInteger(mark) && mark >= 0) this.indexedTo = Math.min(mark, size)
    else {
      this.indexedTo = size
      await this.store.commit(b => b.put(META_KEY, size, { sublevel: meta }))
    }
    this.tail = emptyTail()
    this.sealedMarks = []
    if (this.indexedTo === size) return
    for await (const batch of this.entries(this.indexedTo - 1))
      for (const [key, value] of batch) {
        let e: ReturnType<typeof decodeEntry>
        try {
          e = decodeEntry(value)
        } catch {
          // a damaged entry is not indexed: the start's check or `verify` names it
          continue
        }
        this.add(parseInt(key, 16), e.peer ?? '', e.agreementId ?? '')
      }
  }

  /**
   * Ledgers written before the per-peer index get it once, in one pass over the entries (about a
   * second per 100,000 here; one key per entry, as then); a marker in meta says it is complete.
   * Returns how many keys were written, or undefined when the marker was there.
   */
  async backfillPeers(): Promise<number | undefined> {
    const meta = this.store.sublevel<boolean>('meta')
    if ((await meta.get('ledgerPeerIndex')) === true) return undefined
    let built = 0
    for await (const batch of this.entries(-1)) {
      await this.store.commit(b => {
        for (const [key, value] of batch) {
          const e = decodeEntry(value)
          if (e.peer !== '' && e.agreementId !== '') {
            b.put(`p:${e.peer}:${key}`, '', { sublevel: this.keys })
            built++
          }
        }
      })
    }
    await this.store.commit(b => {
      b.put('ledgerPeerIndex', true, { sublevel: meta })
    })
    return built
  }

  /** An entry staged (or read back at start), in seq order. */
  add(seq: number, peer: string, agreementId: string): void {
    if (agreementId !== '') addTo(this.tail, seq, agreementId, peer)
  }

  /**
   * A group-commit batch is sealed with the entries below `size` in it: once `flushEntries`
   * entries have been staged since the mark (indexed or not: what `start` reads back is bounded),
   * the tail's keys go into this batch, with the new mark.
   */
  sealed(batch: StoreBatch, size: number): void {
    const from = this.sealedMarks.reduce<number>((m, x) => x ?? m, this.indexedTo)
    if (size - from < this.flushEntries) {
      this.sealedMarks.push(undefined)
      return
    }
    const groups = groupsOf(this.tail, seq => seq >= from && seq < size)
    for (const kind of ['a', 'p'] as const)
      for (const [id, seqs] of groups[kind]) batch.put(`${kind}:${id}:${seqKey(seqs[seqs.length - 1] as number)}`, encodeRanges(seqs), { sublevel: this.keys })
    batch.put(META_KEY, size, { sublevel: this.store.sublevel('meta') })
    this.sealedMarks.push(size)
  }

  /** The oldest sealed batch is on disk. */
  written(): void {
    const mark = this.sealedMarks.shift()
    if (mark === undefined) return
    this.indexedTo = mark
    this.tail = this.keep(seq => seq >= mark)
  }

  /** A batch failed: it and every batch built on it are gone; entries from `size` on were never written. */
  failed(size: number): void {
    this.sealedMarks = []
    this.tail = this.keep(seq => seq < size)
  }

  /** A new tail of the entries kept (readers hold the old one as their snapshot). */
  private keep(keep: (seq: number) => boolean): Tail {
    const old = this.tail
    const tail = emptyTail()
    for (let i = 0; i < old.seqs.length; i++) {
      const seq = old.seqs[i] as number
      if (keep(seq)) addTo(tail, seq, old.agreements[i] as string, old.peers[i] as string)
    }
    return tail
  }

  /** Seqs in (afterSeq, below) of the entries about agreement `id` (kind `a`) or peer `id` (`p`), in order, at most `limit`. */
  async seqs(kind: 'a' | 'p', id: string, afterSeq: number, below: number, limit: number): Promise<number[]> {
    const prefix = `${kind}:${id}:`
    // one consistent view: the stored index below the mark, the tail from it (a flush that lands
    // meanwhile replaces the tail and moves the mark; this call keeps the ones it started with)
    const stored = this.indexedTo
    const tail = this.tail
    const out: number[] = []
    const storedBelow = Math.min(below, stored)
    if (afterSeq + 1 < storedBelow) {
      const gt = afterSeq >= 0 ? prefix + seqKey(afterSeq) : prefix
      // a group is keyed by its last seq: the first one keyed at or past `storedBelow` may still
      // hold seqs below it, the ones after it do not
      for await (const [key, value] of this.keys.iterator({ gt, lt: prefix + '\xff' })) {
        // an id may go on with ':' (urn:uuid:…): `a:x:y:<seq>` is in the range of `a:x:`
        const suffix = key.slice(prefix.length)
        if (!SEQ_KEY.test(suffix)) continue
        const last = parseInt(suffix, 16)
        for (const seq of value === '' ? [last] : decodeRanges(value)) {
          if (seq <= afterSeq || seq >= storedBelow) continue
          out.push(seq)
          if (out.length >= limit) return out
        }
        if (last >= storedBelow) break
      }
    }
    tail.byKey ??= groupsOf(tail, () => true)
    for (const seq of tail.byKey[kind].get(id) ?? []) {
      if (seq <= afterSeq || seq < stored) continue
      if (seq >= below) break
      out.push(seq)
      if (out.length >= limit) break
    }
    return out
  }
}

function addTo(tail: Tail, seq: number, agreementId: string, peer: string): void {
  tail.seqs.push(seq)
  tail.agreements.push(agreementId)
  tail.peers.push(peer)
  if (tail.byKey !== undefined) addToGroups(tail.byKey, seq, agreementId, peer)
}

function addToGroups(g: Groups, seq: number, agreementId: string, peer: string): void {
  add(g.a, agreementId, seq)
  // entries about our dealings with one peer, in seq order: what an audit between us reads
  if (peer !== '') add(g.p, peer, seq)
}

function add(m: Map<string, number[]>, key: string, seq: number): void {
  const seqs = m.get(key)
  if (seqs === undefined) m.set(key, [seq])
  else seqs.push(seq)
}

/** Ascending seqs as hex ranges: [26, 27, 28, 36] → `1a-1c,24`. */
export function encodeRanges(seqs: readonly number[]): string {
  const parts: string[] = []
  for (let i = 0; i < seqs.length; ) {
    const first = seqs[i] as number
    let last = first
    while (i + 1 < seqs.length && seqs[i + 1] === last + 1) last = seqs[++i] as number
    parts.push(last === first ? first.toString(16) : `${first.toString(16)}-${last.toString(16)}`)
    i++
  }
  return parts.join(',')
}

/** The inverse of `encodeRanges`; a part that is not a range of hex seqs is skipped (the verify reads entries, not this). */
export function decodeRanges(text: string): number[] {
  const out: number[] = []
  for (const part of text.split(',')) {
    const dash = part.indexOf('-')
    const from = parseInt(dash < 0 ? part : part.slice(0, dash), 16)
    const to = dash < 0 ? from : parseInt(part.slice(dash + 1), 16)
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || to < from || to - from > 1_000_000) continue
    for (let s = from; s <= to; s++) out.push(s)
  }
  return out
}
