import { afterEach, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, freePort, startNode, startNodeProcess, tempDir, testConfig, processConfig } from '../helpers.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'
import { openLedgerDir } from '../../src/ledger/index.ts'

afterEach(cleanup)

/** Rounds of kill -9; 20 with HANSE_TEST_KILL_ROUNDS=20 (the full size), fewer by default to keep `npm test` short. */
const ROUNDS = Number(process.env.HANSE_TEST_KILL_ROUNDS ?? 4)

/** Open a killed node's data dir and read what its ledger holds. */
async function inspect(dataDir: string): Promise<{ ok: boolean; problem?: unknown; size: number; agreements: Set<string>; started: Set<string> }> {
  const { ledger, close } = await openLedgerDir(dataDir)
  try {
    const report = await ledger.verify()
    const agreements = new Set<string>()
    const started = new Set<string>()
    for await (const e of ledger.query({ type: 'agreement.signed' })) agreements.add(e.agreementId)
    for await (const e of ledger.query({ type: 'transfer.state' })) if (e.payload.state === 'STARTED') started.add(e.transferId)
    return { ok: report.ok, problem: report.problem, size: report.entries, agreements, started }
  } finally {
    await close()
  }
}

describe('ledger durability under kill -9', () => {
  it(
    `${ROUNDS} kill -9 rounds of a provider in the middle of negotiations and transfers: verify passes and every acknowledged decision is in its ledger`,
    async () => {
      const dir = tempDir()
      mkdirSync(join(dir, 'policies'))
      writeFileSync(join(dir, 'policies', 'p.yaml'), 'permissions:\n  - action: use\n')
      writeFileSync(join(dir, 'data.bin'), randomBytes(256 * 1024))
      const port = await freePort()
      const dataDir = join(dir, 'pdata')
      const cfgFile = join(dir, 'provider.yaml')
      writeFileSync(
        cfgFile,
        processConfig({
          name: 'provider',
          dataDir,
          port,
          level: 'error',
          lines: [
            'transfer: { chunkSizeBytes: 16384 }',
            'policies: { dir: policies }',
            'datasets:',
            '  - { id: file, title: File, source: data.bin, offers: [{ policy: p }] }'
          ]
        })
      )
      const consumer = await startNode(
        testConfig({ name: 'consumer', negotiation: { retryInitialDelayMs: 50, retryMaxDelayMs: 200 }, transfer: { retryAttempts: 0 } })
      )
      // what the provider acknowledged, seen from outside its process: it sends FINALIZED only
      // after its agreement entry is synced, and TransferStart only after its STARTED entry is
      const finalized = new Set<string>()
      const started = new Set<string>()
      consumer.parts.transfers.on('state', r => {
        if (r.state === 'STARTED') started.add(r.id)
      })
      let totalEntries = 0

      for (let round = 0; round < ROUNDS; round++) {
        const child = await startNodeProcess(cfgFile, dataDir)
        const providerId = readRuntimeInfo(dataDir)!.peerId
        await consumer.parts.net.libp2p.dial(multiaddr(`/ip4/127.0.0.1/tcp/${port}/p2p/${providerId}`))
        let running = true
        const agreements: string[] = []
        const negotiate = async (): Promise<void> => {
          while (running) {
            try {
              const r = await consumer.parts.negotiations.request({ peer: providerId, offerId: 'file', narrowing: { purposes: ['research'] } })
              const done = await consumer.parts.negotiations.waitFor(r.id, 5_000)
              if (done.state === 'FINALIZED' && done.agreementId !== undefined) {
                finalized.add(done.agreementId)
                agreements.push(done.agreementId)
              }
            } catch {
              /* the provider is gone: expected */
            }
          }
        }
        const transfer = async (): Promise<void> => {
          while (running) {
            const a = agreements.at(-1)
            if (a === undefined) {
              await new Promise(resolve => setTimeout(resolve, 20))
              continue
            }
            try {
              const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: join(dir, 'got', `${round}-${Math.random()}`) })
              await consumer.parts.transfers.waitFor(t.id, 5_000)
            } catch {
              /* expected after the kill */
            }
          }
        }
        const work = [negotiate(), negotiate(), negotiate(), transfer(), transfer()]
        // kill at a random moment once some work is under way
        await new Promise(resolve => setTimeout(resolve, 400 + Math.random() * 1200))
        child.kill('SIGKILL')
        await new Promise(resolve => child.once('exit', resolve))
        running = false
        await Promise.all(work)

        const seen = await inspect(dataDir)
        expect(seen.problem).toBeUndefined()
        expect(seen.ok).toBe(true)
        expect(seen.size).toBeGreaterThan(totalEntries)
        totalEntries = seen.size
        for (const a of finalized) expect(seen.agreements.has(a), `agreement ${a} was acknowledged but is not in the ledger`).toBe(true)
        for (const t of started) expect(seen.started.has(t), `transfer ${t} was started but is not in the ledger`).toBe(true)
      }
      // the rounds did real work
      expect(finalized.size).toBeGreaterThan(ROUNDS)
      expect(started.size).toBeGreaterThan(0)
    },
    60_000 + ROUNDS * 15_000
  )
})
