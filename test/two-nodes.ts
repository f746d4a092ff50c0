import { expect } from 'vitest'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { nodeAddr, startNode, tempDir, testConfig } from './helpers.ts'
import type { ManualClock } from '../src/clock/index.ts'
import type { HanseNode } from '../src/node/index.ts'

export const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex')

/** A provider offering a random file (`file`) and a small tree (`tree`), and a connected consumer. */
export interface Setup {
  provider: HanseNode
  consumer: HanseNode
  dir: string
  file: Buffer
}

export async function setup(
  opts: { policy?: string; fileBytes?: number; chunk?: number; providerClock?: ManualClock; transfer?: Record<string, unknown> } = {}
): Promise<Setup> {
  const dir = tempDir()
  mkdirSync(join(dir, 'policies'))
  writeFileSync(
    join(dir, 'policies', 'p.yaml'),
    opts.policy ?? 'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n'
  )
  const file = randomBytes(opts.fileBytes ?? 300_000)
  writeFileSync(join(dir, 'data.bin'), file)
  mkdirSync(join(dir, 'tree', 'nested'), { recursive: true })
  writeFileSync(join(dir, 'tree', 'a.csv'), 'x,y\n1,2\n')
  writeFileSync(join(dir, 'tree', 'nested', 'b.json'), JSON.stringify({ hello: 'world' }))
  writeFileSync(join(dir, 'tree', 'empty.txt'), '')
  const transfer = { chunkSizeBytes: opts.chunk ?? 64 * 1024, ...(opts.transfer ?? {}) }
  const provider = await startNode(
    testConfig({
      name: 'provider',
      policies: { dir: join(dir, 'policies') },
      datasets: [
        { id: 'file', title: 'File', source: join(dir, 'data.bin'), offers: [{ policy: 'p' }] },
        { id: 'tree', title: 'Tree', source: join(dir, 'tree'), offers: [{ policy: 'p' }] }
      ],
      transfer
    }),
    opts.providerClock
  )
  const consumer = await startNode(testConfig({ name: 'consumer', transfer }))
  await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
  return { provider, consumer, dir, file }
}

export async function agree(consumer: HanseNode, provider: { peerId: string }, offerId: string): Promise<string> {
  const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId, narrowing: { purposes: ['research'] } })
  const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
  expect(done.state).toBe('FINALIZED')
  return done.agreementId!
}
