import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, startNodeProcess, tempDir } from '../helpers.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'
import { JEMALLOC_PATHS, MIMALLOC_PATHS } from '../../src/cli/allocator.ts'

afterEach(cleanup)

const mimalloc = MIMALLOC_PATHS.find(p => existsSync(p))
const jemalloc = JEMALLOC_PATHS.find(p => existsSync(p))
// the one `hanse start` prefers among those installed
const preferred = mimalloc !== undefined ? 'libmimalloc.so.2' : jemalloc !== undefined ? 'libjemalloc.so.2' : undefined
const maps = (pid: number): string => readFileSync(`/proc/${pid}/maps`, 'utf8')

// .ci/run installs libmimalloc2.0, so this runs in CI; elsewhere it needs mimalloc or jemalloc
describe.runIf(process.platform === 'linux' && preferred !== undefined)('`hanse start` and its allocator', () => {
  it('runs on mimalloc, else jemalloc (same pid, re-executed once); HANSE_ALLOCATOR=system keeps the C library', async () => {
    const dir = tempDir()
    const write = (name: string): { cfg: string; dataDir: string } => {
      const dataDir = join(dir, `${name}-data`)
      const cfg = join(dir, `${name}.yaml`)
      writeFileSync(
        cfg,
        `name: ${name}\ndataDir: ${dataDir}\napi: { port: 0 }\nnetwork: { listen: [/ip4/127.0.0.1/tcp/0], mdns: { enabled: false } }\nlogging: { level: warn }\n`
      )
      return { cfg, dataDir }
    }
    const a = write('a')
    const child = await startNodeProcess(a.cfg, a.dataDir, { LD_PRELOAD: '', HANSE_ALLOCATOR: '', HANSE_ALLOCATOR_SET: '' })
    expect(readRuntimeInfo(a.dataDir)?.pid).toBe(child.pid)
    expect(maps(child.pid as number)).toContain(preferred as string)
    const b = write('b')
    const plain = await startNodeProcess(b.cfg, b.dataDir, { LD_PRELOAD: '', HANSE_ALLOCATOR: 'system', HANSE_ALLOCATOR_SET: '' })
    expect(maps(plain.pid as number)).not.toContain('libjemalloc')
    expect(maps(plain.pid as number)).not.toContain('libmimalloc')
  }, 60_000)
})
