import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { createReadStream } from 'node:fs'
import { cleanup, runCli, startNodeProcess, tempDir, processConfig } from '../helpers.ts'
import { openLedgerDir } from '../../src/ledger/index.ts'

afterEach(cleanup)

/** 1,000,000 with HANSE_TEST_LEDGER_ENTRIES=1000000 (the size); 100,000 by default. */
const ENTRIES = Number(process.env.HANSE_TEST_LEDGER_ENTRIES ?? 100_000)
/** The node process gets this much V8 heap: holding the entries in memory would not fit. */
const HEAP_MIB = 96

/** Peak resident memory of a process so far (Linux), in MiB. */
function peakRssMiB(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m === null ? 0 : Number(m[1]) / 1024
}

async function fill(dataDir: string, n: number): Promise<void> {
  const { ledger, close } = await openLedgerDir(dataDir)
  let next = 0
  await Promise.all(
    Array.from({ length: 512 }, async () => {
      while (next < n) {
        const i = next++
        await ledger.append({
          type: i % 2 === 0 ? 'transfer.state' : 'negotiation.state',
          peer: '12D3KooWScalePeer',
          agreementId: `urn:uuid:a-${i % 5000}`,
          transferId: `urn:uuid:t-${i}`,
          payload: { i, state: 'COMPLETED', size: i * 1000, sha256: 'b'.repeat(64) }
        })
      }
    })
  )
  await ledger.checkpoint()
  await close()
}

describe(`a ledger of ${ENTRIES.toLocaleString('en')} entries`, () => {
  it('verify, a full list scan and export stream through a node limited to a small heap', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    await fill(dataDir, ENTRIES)
    const cfgFile = join(dir, 'node.yaml')
    writeFileSync(cfgFile, processConfig({ name: 'big', dataDir }))
    const node = await startNodeProcess(cfgFile, dataDir, { NODE_OPTIONS: `--max-old-space-size=${HEAP_MIB}` })
    const before = peakRssMiB(node.pid!)
    const timeoutMs = 60_000 + ENTRIES / 5

    const verify = await runCli(['--config', cfgFile, '--json', 'ledger', 'verify'], { timeoutMs })
    expect(verify.code).toBe(0)
    const report = JSON.parse(verify.stdout)
    expect(report.ok).toBe(true)
    expect(report.entries).toBeGreaterThanOrEqual(ENTRIES)
    expect(report.checkpoints).toBeGreaterThanOrEqual(1)

    // a filter that matches nothing makes the node scan every entry for one page
    const list = await runCli(['--config', cfgFile, '--json', 'ledger', 'list', '--type', 'no.such.type'], { timeoutMs })
    expect(list.code).toBe(0)
    expect(JSON.parse(list.stdout).entries).toEqual([])

    const out = join(dir, 'ledger.jsonl')
    const exp = await runCli(['--config', cfgFile, 'ledger', 'export', '--format', 'jsonl', '--out', out], { timeoutMs })
    expect(exp.code).toBe(0)
    let lines = 0
    let lastSeq = -1
    for await (const line of createInterface({ input: createReadStream(out) })) {
      const e = JSON.parse(line) as { seq: number }
      expect(e.seq).toBe(lastSeq + 1)
      lastSeq = e.seq
      lines++
    }
    expect(lines).toBe(report.entries)
    expect(statSync(out).size).toBeGreaterThan(ENTRIES * 200)

    // the node is still up, and its memory did not grow with the ledger
    expect(node.exitCode).toBeNull()
    const growth = peakRssMiB(node.pid!) - before
    expect(growth).toBeLessThan(150)
    node.kill('SIGTERM')
    await new Promise(resolve => node.once('exit', resolve))
  }, 600_000)
})
