import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build, compiledEntry } from '../../src/cli/build.ts'
import { cleanup, tempDir } from '../helpers.ts'

afterEach(cleanup)

/** A project folder with a source file, package.json and a compiled build, all dated `at` (s). */
function project(at: number): { root: string; touch: (rel: string, t: number) => void } {
  const root = tempDir()
  const put = (rel: string, text = ''): void => {
    mkdirSync(join(root, rel, '..'), { recursive: true })
    writeFileSync(join(root, rel), text)
    utimesSync(join(root, rel), at, at)
  }
  put('package.json', '{}')
  put('src/cli/main.ts')
  put('src/dsp/schemas/a.json', '{}')
  put('dist/src/cli/main.js')
  put('dist/.hanse-build')
  put('dist/build.json', '{}')
  return { root, touch: (rel, t) => utimesSync(join(root, rel), t, t) }
}

describe('the compiled build `hanse start` runs', () => {
  it('is used while it is at least as new as every source file and package.json, never when stale', () => {
    const { root, touch } = project(1_000_000)
    expect(compiledEntry(root)).toBe(join(root, 'dist', 'src', 'cli', 'main.js'))
    touch('src/dsp/schemas/a.json', 1_000_001) // any file under src counts, not only .ts
    expect(compiledEntry(root)).toBeUndefined()
    touch('dist/build.json', 1_000_002)
    expect(compiledEntry(root)).toBe(join(root, 'dist', 'src', 'cli', 'main.js'))
    touch('package.json', 1_000_003)
    expect(compiledEntry(root)).toBeUndefined()
  })

  it('is not used when its stamp or its entry is missing (a build that failed half way)', () => {
    const a = project(1_000_000)
    rmSync(join(a.root, 'dist', 'build.json'))
    expect(compiledEntry(a.root)).toBeUndefined()
    const b = project(1_000_000)
    rmSync(join(b.root, 'dist', 'src', 'cli', 'main.js'))
    expect(compiledEntry(b.root)).toBeUndefined()
  })

  it('is skipped without sources or without the compiler, and never replaces a dist that is not its own', () => {
    const empty = tempDir()
    expect(build(empty)).toEqual({ built: false, reason: 'no-sources' })
    // a project whose node_modules has no TypeScript (a production install)
    const prod = project(1_000_000).root
    expect(build(prod)).toEqual({ built: false, reason: 'no-typescript' })
    expect(compiledEntry(prod)).toBeDefined() // the earlier build is left as it was
    // with the compiler: a dist without the build's marker is someone else's
    const foreign = project(1_000_000).root
    symlinkSync(join(import.meta.dirname, '..', '..', 'node_modules'), join(foreign, 'node_modules'))
    rmSync(join(foreign, 'dist', '.hanse-build'))
    let refused: unknown
    try {
      build(foreign)
    } catch (err) {
      refused = err
    }
    expect(refused).toMatchObject({ code: 'BUILD_DIR_FOREIGN' })
    expect(compiledEntry(foreign)).toBeDefined() // untouched
  })
})
