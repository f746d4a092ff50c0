import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isAbsolute, relative, resolve } from 'node:path'
import { isInside, resolveInside, safeName, safeRelativePath, segmentProblem, UnsafePathError } from '../../src/paths/index.ts'
import { checkFileList } from '../../src/transfer/finish.ts'
import { Throttle } from '../../src/logging/index.ts'

const ROOT = '/srv/hanse/received'

/** Strings a hostile peer would try: separators, dots, NUL, drive letters, long names, unicode. */
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom('..', '.', '/', '\\', '\u0000', 'C:', 'a', 'b', '~', ' ', '\u202e', '%2e%2e', '//', '-'), { maxLength: 12 }).map(p => p.join('')),
  fc.array(fc.constantFrom('..', '.', 'a', '', 'etc', 'passwd'), { maxLength: 8 }).map(p => p.join('/')),
  fc.string({ minLength: 250, maxLength: 300 })
)

describe('paths from outside stay inside their root', () => {
  it('property: safeName gives one safe segment, and different ids give different names', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const n = safeName(a)
        expect(segmentProblem(n)).toBeUndefined()
        expect(n.length).toBeLessThanOrEqual(120)
        const abs = resolveInside(ROOT, ['peer', n])
        expect(isInside(ROOT, abs)).toBe(true)
        if (a !== b) expect(safeName(a)).not.toBe(safeName(b))
      }),
      { numRuns: 2000, seed: 7 }
    )
  })

  it('property: a relative path either is refused or resolves strictly inside the root', () => {
    fc.assert(
      fc.property(hostile, p => {
        let segs: string[]
        try {
          segs = safeRelativePath(p)
        } catch (err) {
          expect(err).toBeInstanceOf(UnsafePathError)
          expect((err as UnsafePathError).code).toBe('UNSAFE_PATH')
          return
        }
        const abs = resolveInside(ROOT, segs)
        const rel = relative(ROOT, abs)
        expect(rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel)).toBe(false)
        expect(abs.startsWith(ROOT + '/')).toBe(true)
      }),
      { numRuns: 3000, seed: 11 }
    )
  })

  it('refuses the known bad forms with a reason', () => {
    for (const p of [
      '../x',
      'a/../../x',
      '/etc/passwd',
      'a//b',
      'a/./b',
      '',
      'x\u0000y',
      'C:\\x',
      'c:evil',
      'a\\..\\b',
      `${'a'.repeat(256)}`,
      Array(40).fill('d').join('/')
    ]) {
      expect(() => safeRelativePath(p), JSON.stringify(p)).toThrow(UnsafePathError)
    }
    expect(safeRelativePath('nested/b.json')).toEqual(['nested', 'b.json'])
    expect(() => resolveInside(ROOT, ['..', 'x'])).toThrow(UnsafePathError)
    expect(isInside(ROOT, resolve(ROOT, '..', 'received-other'))).toBe(false)
  })

  it('property: a provider file list is accepted only with safe, unique, non-nested paths that add up', () => {
    const entry = fc.record({ path: hostile, size: fc.nat({ max: 1000 }) })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), files => {
        const size = files.reduce((n, f) => n + f.size, 0)
        let out: Array<{ path: string; size: number }>
        try {
          out = checkFileList(true, files, size)
        } catch (err) {
          expect((err as { code?: string }).code).toBe('PROTOCOL_ERROR')
          return
        }
        const paths = new Set(out.map(f => f.path))
        expect(paths.size).toBe(out.length)
        for (const f of out) {
          expect(isInside(ROOT, resolveInside(ROOT, safeRelativePath(f.path)))).toBe(true)
          // no accepted file lies inside another accepted file
          for (const g of out) if (g !== f) expect(f.path.startsWith(`${g.path}/`)).toBe(false)
        }
      }),
      { numRuns: 2000, seed: 3 }
    )
    expect(() =>
      checkFileList(
        true,
        [
          { path: 'a', size: 1 },
          { path: 'a/b', size: 1 }
        ],
        2
      )
    ).toThrow(/inside the file/)
    expect(() => checkFileList(true, [{ path: 'a', size: 1 }], 2)).toThrow(/add up/)
    expect(() => checkFileList(false, [{ path: 'a', size: 1 }], 1)).toThrow(/single-file/)
  })
})

describe('throttle', () => {
  it('lets one event per key and window through, with the count of the rest', () => {
    let now = 0
    const t = new Throttle({ windowMs: 1000, now: () => now, maxKeys: 2 })
    expect(t.hit('a')).toBe(0)
    for (let i = 0; i < 999; i++) expect(t.hit('a')).toBeUndefined()
    expect(t.hit('b')).toBe(0)
    now = 1000
    expect(t.hit('a')).toBe(999)
    expect(t.hit('a')).toBeUndefined()
    expect(t.drain()).toEqual([['a', 1]])
    // bounded: the oldest key is forgotten
    t.hit('x')
    t.hit('y')
    t.hit('z')
    expect(t.hit('x')).toBe(0)
  })
})
