import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, nodeAddr, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { verifyExport } from '../../src/negotiation/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

const LIMITED = `permissions:
  - action: use
    constraints:
      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research, quality-assurance] }
      - { leftOperand: count, operator: lteq, rightOperand: 3 }
      - { leftOperand: elapsedTime, operator: lteq, rightOperand: P30D }
prohibitions:
  - action: distribute
`

async function pair (extraPolicies: Record<string, string> = {}): Promise<{ provider: HanseNode, consumer: HanseNode }> {
  const dir = tempDir()
  mkdirSync(join(dir, 'policies'))
  writeFileSync(join(dir, 'policies', 'limited.yaml'), LIMITED)
  for (const [k, v] of Object.entries(extraPolicies)) writeFileSync(join(dir, 'policies', `${k}.yaml`), v)
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
  const provider = await startNode(testConfig({
    name: 'provider',
    policies: { dir: join(dir, 'policies') },
    datasets: [
      { id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ policy: 'limited' }, { id: 'data:manual', policy: 'limited', approval: 'manual' }] }
    ]
  }))
  const consumer = await startNode(testConfig({ name: 'consumer' }))
  await consumer.net!.libp2p.dial(multiaddr(nodeAddr(provider)))
  return { provider, consumer }
}

describe('negotiation: legal paths', () => {
  it('request → FINALIZED on both sides, with the same agreement signed by both', async () => {
    const { provider, consumer } = await pair()
    const started = performance.now()
    const r = await consumer.negotiations!.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['research'] } })
    const done = await consumer.negotiations!.waitFor(r.id, 10_000)
    const ms = performance.now() - started
    expect(done.state).toBe('FINALIZED')
    expect(done.history.map(h => h.state)).toEqual(['REQUESTED', 'AGREED', 'VERIFIED', 'FINALIZED'])
    const p = (await provider.negotiations!.list())[0]!
    await waitFor(async () => (await provider.negotiations!.get(p.id))?.state === 'FINALIZED' || undefined)
    const pr = (await provider.negotiations!.get(p.id))!
    expect(pr.consumerPid).toBe(done.consumerPid)
    expect(done.providerPid).toBe(pr.id)
    expect(pr.agreementId).toBe(done.agreementId)
    expect(pr.stateCount).toBe(4)
    const mine = await consumer.negotiations!.exportAgreement(done.agreementId!)
    const theirs = await provider.negotiations!.exportAgreement(done.agreementId!)
    expect(mine).toEqual(theirs)
    const view = await verifyExport(mine)
    expect(view.assigner).toBe(provider.peerId)
    expect(view.assignee).toBe(consumer.peerId)
    expect(view.purposes).toEqual(['research'])
    // the narrowed terms were agreed: the offer's constraints plus purpose research only
    expect(view.policy.permissions[0]!.constraints).toHaveLength(4)
    expect(view.validUntil).not.toBeNull()
    expect(ms).toBeLessThan(2000)
  })
})
