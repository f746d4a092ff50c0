import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, onCleanup, tempDir } from '../helpers.ts'
import { SUBLEVELS, Store, type StoreBatch, type SublevelName } from '../../src/store/index.ts'
import { systemClock } from '../../src/clock/index.ts'

/*
 * The store's group commit on a real LevelDB in a temp dir: concurrent commits share synced
 * batches, each resolves only once its batch is written, values are taken when put, and a
 * callback that throws fails its own commit only.
 */

afterEach(cleanup)

async function store(): Promise<Store> {
  const s = new Store({ clock: systemClock }, { dataDir: tempDir() })
  await s.start()
  onCleanup(async () => {
    await s.stop()
  })
  return s
}

describe('Store.commit (group commit)', () => {
  it('200 concurrent commits share a few synced batches, and each resolves after its batch is written', async () => {
    const s = await store()
    const usage = s.sublevel<{ n: number }>('usage')
    const batches: number[] = []
    let written = 0
    let sealed = 0
    s.onBatch({
      sealed: () => {
        sealed++
        batches.push(0)
      },
      written: () => {
        written++
      },
      failed: () => {
        throw new Error('no batch may fail here')
      }
    })
    const resolvedAfterWrite: boolean[] = []
    await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const before = written
        await s.commit(b => {
          b.put(`k${i}`, { n: i }, { sublevel: usage })
        })
        // the batch holding this commit has been written by the time it resolves
        resolvedAfterWrite.push(written > before)
      })
    )
    expect(resolvedAfterWrite.every(Boolean)).toBe(true)
    expect(sealed).toBe(written)
    // concurrent writers share fsyncs: far fewer batches than commits
    expect(written).toBeGreaterThanOrEqual(1)
    expect(written).toBeLessThan(20)
    for (const i of [0, 57, 199]) expect(await usage.get(`k${i}`)).toEqual({ n: i })
  })

  it('takes values when they are put: a later change to the object does not leak into the write', async () => {
    const s = await store()
    const usage = s.sublevel<{ n: number }>('usage')
    const value = { n: 1 }
    const done = s.commit(b => {
      b.put('v', value, { sublevel: usage })
    })
    value.n = 2
    await done
    expect(await usage.get('v')).toEqual({ n: 1 })
  })

  it('a callback that throws fails its own commit only; the others in the batch land', async () => {
    const s = await store()
    const usage = s.sublevel<{ n: number }>('usage')
    const results = await Promise.allSettled([
      s.commit(b => {
        b.put('a', { n: 1 }, { sublevel: usage })
      }),
      s.commit(() => {
        throw new Error('refused before putting anything')
      }),
      s.commit(b => {
        b.put('c', { n: 3 }, { sublevel: usage })
      })
    ])
    expect(results.map(r => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(await usage.get('a')).toEqual({ n: 1 })
    expect(await usage.get('c')).toEqual({ n: 3 })
  })
})

/** Counts the group-commit batches sealed; a failed batch fails the test. */
function counting(s: Store): { sealed: () => number } {
  let sealed = 0
  s.onBatch({
    sealed: () => {
      sealed++
    },
    written: () => {},
    failed: () => {
      throw new Error('no batch may fail here')
    }
  })
  return { sealed: () => sealed }
}

describe('Store.commit with lingerMs (a write nobody waits on yet)', () => {
  /** A commit (or, `persisted`, a persist) putting `{ n }` at `key` in the usage sublevel. */
  function put(s: Store, key: string, n: number, opts: { lingerMs?: number; persisted?: boolean } = {}): Promise<void> {
    const apply = (b: StoreBatch): void => {
      b.put(key, { n }, { sublevel: s.sublevel('usage') })
    }
    const linger = opts.lingerMs === undefined ? {} : { lingerMs: opts.lingerMs }
    return opts.persisted === true ? s.persist(apply, linger) : s.commit(apply, linger)
  }

  it('waits for the next commit and shares its synced write; alone, it is written once the linger is over', async () => {
    const s = await store()
    const usage = s.sublevel<{ n: number }>('usage')
    const batches = counting(s)
    let firstDone = false
    const first = put(s, 'a', 1, { lingerMs: 5_000 }).then(() => {
      firstDone = true
    })
    await new Promise(resolve => setTimeout(resolve, 30))
    // staged, not written: nothing sealed yet, and the commit has not resolved
    expect(batches.sealed()).toBe(0)
    expect(firstDone).toBe(false)
    // an ordinary commit writes at once, and takes the lingering one with it, in order
    await put(s, 'a', 2)
    await first
    expect(batches.sealed()).toBe(1)
    expect(await usage.get('a')).toEqual({ n: 2 })

    const t0 = performance.now()
    await put(s, 'b', 3, { lingerMs: 40 })
    expect(performance.now() - t0).toBeGreaterThanOrEqual(35)
    expect(batches.sealed()).toBe(2)
    expect(await usage.get('b')).toEqual({ n: 3 })
  })

  it('a persisted write with lingerMs waits for the next commit and shares its batch; the sooner deadline wins', async () => {
    const s = await store()
    const usage = s.sublevel<{ n: number }>('usage')
    const batches = counting(s)
    // queued at once, written with the commit that follows
    await put(s, 'address', 1, { lingerMs: 60_000, persisted: true })
    expect(batches.sealed()).toBe(0)
    const t0 = performance.now()
    // a commit that lingers less brings the write forward: it is not held for the persisted
    // write's minute
    await put(s, 'record', 2, { lingerMs: 30 })
    expect(performance.now() - t0).toBeLessThan(5_000)
    expect(batches.sealed()).toBe(1)
    expect(await usage.get('address')).toEqual({ n: 1 })
    expect(await usage.get('record')).toEqual({ n: 2 })
  })

  it('a write that need not be durable joins the lingering batch rather than overtaking it', async () => {
    const s = await store()
    const usage = s.sublevel<{ n: number }>('usage')
    const batches = counting(s)
    const lingering = put(s, 'k', 1, { lingerMs: 50 })
    await put(s, 'k', 2, { persisted: true })
    await lingering
    expect(batches.sealed()).toBe(1)
    expect(await usage.get('k')).toEqual({ n: 2 })
  })

  it('stop writes a lingering batch before it closes', async () => {
    const dataDir = tempDir()
    const s = new Store({ clock: systemClock }, { dataDir })
    await s.start()
    const lingering = put(s, 'k', 7, { lingerMs: 60_000 })
    await s.stop()
    await lingering
    const again = new Store({ clock: systemClock }, { dataDir })
    await again.start()
    onCleanup(async () => {
      await again.stop()
    })
    expect(await again.sublevel<{ n: number }>('usage').get('k')).toEqual({ n: 7 })
  })
})

describe('Store.persist (writes that need not be durable)', () => {
  it('on an idle store it is one write of its own; beside a group commit it joins the next batch, in order, with no write of its own', async () => {
    const s = await store()
    const usage = s.sublevel<{ n: number }>('usage')
    const batches = counting(s)
    await s.persist(b => {
      b.put('idle', { n: 0 }, { sublevel: usage })
    })
    expect(batches.sealed()).toBe(0)
    expect(await usage.get('idle')).toEqual({ n: 0 })

    // a commit is being written: the persisted value rides the batch after it
    const first = s.commit(b => {
      b.put('k', { n: 1 }, { sublevel: usage })
    })
    await s.persist(b => {
      b.put('k', { n: 2 }, { sublevel: usage })
      b.put('p', { n: 2 }, { sublevel: usage })
    })
    const later = s.commit(b => {
      b.put('k', { n: 3 }, { sublevel: usage })
    })
    await Promise.all([first, later])
    expect(await usage.get('k')).toEqual({ n: 3 })
    expect(await usage.get('p')).toEqual({ n: 2 })
    // two batches: the first commit's, then the one the persisted write and the later commit shared
    expect(batches.sealed()).toBe(2)
  })
})

describe('Store sublevels', () => {
  it('every registered sublevel reads synchronously right after start, before its first asynchronous use', async () => {
    const s = await store()
    for (const name of Object.keys(SUBLEVELS) as SublevelName[]) expect(s.sublevel(name).getSync('absent')).toBeUndefined()
    await s.commit(b => {
      b.put('a', { n: 1 }, { sublevel: s.sublevel('agreements') })
    })
    expect(s.sublevel('agreements').getSync('a')).toEqual({ n: 1 })
  })
})
