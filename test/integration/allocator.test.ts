import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, startNodeProcess, tempDir } from '../helpers.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'
import { MMAP_THRESHOLD_BYTES } from '../../src/cli/allocator.ts'

afterEach(cleanup)

const environ = (pid: number): string[] => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')

describe.runIf(process.platform === 'linux')('`hanse start` and the allocator', () => {
  it('runs with a fixed mmap threshold (same pid, re-executed once), and keeps one the operator set', async () => {
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
    const child = await startNodeProcess(a.cfg, a.dataDir, { GLIBC_TUNABLES: '' })
    const pid = readRuntimeInfo(a.dataDir)?.pid as number
    expect(pid).toBe(child.pid)
    expect(environ(pid)).toContain(`GLIBC_TUNABLES=glibc.malloc.mmap_threshold=${MMAP_THRESHOLD_BYTES}`)
    // an operator's own choice is left alone
    const b = write('b')
    const other = await startNodeProcess(b.cfg, b.dataDir, { GLIBC_TUNABLES: 'glibc.malloc.mmap_threshold=65536' })
    expect(environ(other.pid as number)).toContain('GLIBC_TUNABLES=glibc.malloc.mmap_threshold=65536')
    expect(environ(other.pid as number)).not.toContain('HANSE_ALLOCATOR_TUNED=1')
  }, 60_000)
})
