import { afterEach, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, runCli, spawnCli, tempDir, processesMatching, waitFor } from '../helpers.ts'

afterEach(cleanup)

describe('npm run demo', () => {
  // `npm run demo` as the README gives it: in a temp folder of its own (the narration, the exit
  // status, the nodes stopped and the folder removed are checked on the one run: it takes ~20 s)
  it('runs the whole data space story in short mode, exits 0, stops every node it started and removes its temp folder', async () => {
    const tmp = tempDir()
    const r = await runCli(['demo', '--short'], { timeoutMs: 150_000, env: { TMPDIR: tmp } })
    // the narration says which step did not behave
    expect(
      r.stderr,
      r.stdout
        .split('\n')
        .filter(l => /FAIL|not ok|error/i.test(l))
        .join('\n')
    ).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/every step behaved as expected \(8 of 8\)/)
    for (const step of [
      'discovery and membership',
      'catalogue visibility',
      'pricing use of research data',
      'price list after approval',
      'fourth use refused',
      'ledgers'
    ]) {
      expect(r.stdout).toMatch(new RegExp(`${step}.*PASS`))
    }
    // no node of it is left running, and its folder is gone
    expect(processesMatching(tmp)).toEqual([])
    expect(readdirSync(tmp)).toEqual([])
  }, 180_000)

  it('SIGTERM while it runs: it stops the nodes it started, removes its temp folder and exits 130', async () => {
    const tmp = tempDir()
    const child = spawnCli(['demo', '--short'], { TMPDIR: tmp })
    let out = ''
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString()
    })
    // once its three nodes run (each a process of its own)
    await waitFor(async () => (out.includes('three nodes started') ? true : undefined), 60_000, 100)
    expect(processesMatching(tmp).length).toBeGreaterThanOrEqual(3)
    child.kill('SIGTERM')
    const code = await new Promise<number | null>(resolve => child.once('exit', c => resolve(c)))
    expect(code).toBe(130)
    expect(processesMatching(tmp)).toEqual([])
    expect(readdirSync(tmp)).toEqual([])
  }, 120_000)

  it("refuses to wipe a folder that is not an earlier demo's", async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'precious.txt'), 'operator data')
    const r = await runCli(['demo', '--short', '--dir', dir], { timeoutMs: 30_000 })
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(/not an earlier demo's folder/)
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('operator data')
  })
})
