import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { cleanup, nodeAddr, startNode, tempDir, testConfig } from '../helpers.ts'
import { agree, setup } from '../two-nodes.ts'
import { encodeVarint, hanse, openFramed } from '../../src/wire/index.ts'
import { LEDGER_PROTOCOL } from '../../src/ledger/index.ts'
import { MEMBERSHIP_PROTOCOL, initAuthority } from '../../src/trust/index.ts'
import { startMember } from '../members.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

/** Send one raw frame on a new stream; what came back: a frame, the stream closed, or reset. */
async function sendRaw(from: HanseNode, to: HanseNode, protocol: string, bytes: Uint8Array): Promise<'frame' | 'closed' | 'reset'> {
  let f: Awaited<ReturnType<typeof openFramed>>
  try {
    f = await openFramed(from.parts.net.libp2p, peerIdFromString(to.peerId), protocol, { maxFrameBytes: 1024 * 1024, idleTimeoutMs: 3000 })
  } catch {
    return 'reset'
  }
  try {
    await f.sendFrame(bytes)
    const got = await f.next()
    return got === undefined ? 'closed' : 'frame'
  } catch {
    return 'reset'
  } finally {
    f.abort(new Error('done'))
  }
}

const decodes = (codec: { decode: (b: Uint8Array) => unknown }, bytes: Uint8Array): boolean => {
  try {
    codec.decode(bytes)
    return true
  } catch {
    return false
  }
}

const protocolErrors = async (node: HanseNode, protocol: string): Promise<number> =>
  (await node.metrics.protocolErrors.get()).values.filter(v => v.labels.protocol === protocol).reduce((a, v) => a + v.value, 0)

describe('malformed messages on the ledger and membership protocols', () => {
  it('random and mutated ledger requests reset only their stream; the node still exchanges checkpoints and audits', async () => {
    const { provider, consumer } = await setup()
    const agreementId = await agree(consumer, provider, 'file')
    const valid = hanse.v1.LedgerRequest.encode({ audit: { agreementIds: [agreementId], afterSeq: -1, limit: 10, fromSizes: [1, 2] } }).finish()
    const mutated = fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map(edits => {
      const b = Uint8Array.from(valid)
      for (const [i, v] of edits) b[i] = v
      return b
    })
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.uint8Array({ maxLength: 300 })), async bytes => {
        // a request that decodes gets an answer (a response or an error); one that does not
        // gets none: its stream is reset
        expect(await sendRaw(consumer, provider, LEDGER_PROTOCOL, bytes)).toBe(decodes(hanse.v1.LedgerRequest, bytes) ? 'frame' : 'reset')
      }),
      { seed: 11, numRuns: 120 }
    )
    // a length prefix beyond the limit is refused before anything is read
    const before = await protocolErrors(provider, LEDGER_PROTOCOL)
    expect(await sendRaw(consumer, provider, LEDGER_PROTOCOL, encodeVarint(50 * 1024 * 1024))).not.toBe('frame')
    expect(await protocolErrors(provider, LEDGER_PROTOCOL)).toBeGreaterThan(before)
    // the node is fine: a transfer ends with its checkpoint exchange, and the audit passes
    const t = await consumer.parts.transfers.fetch({ agreementId })
    expect((await consumer.parts.transfers.waitFor(t.id, 20_000)).state).toBe('COMPLETED')
    await consumer.parts.ledgerService.exchange(provider.peerId, { agreementId, transferId: t.id })
    expect((await consumer.parts.ledgerService.audit(provider.peerId)).ok).toBe(true)
    expect((await provider.parts.ledger.verify()).ok).toBe(true)
  }, 60_000)

  it('garbage hellos on the membership protocol are refused or reset; a member is still admitted', async () => {
    const dir = tempDir()
    const authority = await initAuthority(join(dir, 'authority'), Date.now())
    const start = async (name: string): Promise<HanseNode> => await startMember(dir, authority, name)
    const provider = await start('provider')
    const fuzzer = await startNode(testConfig({ name: 'fuzzer', trust: { mode: 'open' } }))
    await fuzzer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async bytes => {
        expect(await sendRaw(fuzzer, provider, MEMBERSHIP_PROTOCOL, bytes)).toBe(decodes(hanse.v1.MembershipHello, bytes) ? 'frame' : 'reset')
      }),
      { seed: 5, numRuns: 100 }
    )
    expect(provider.parts.membership.isMember(fuzzer.peerId)).toBe(false)
    const member = await start('member')
    await member.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    expect((await provider.parts.membership.ensure(member.peerId)).state).toBe('valid')
  }, 60_000)
})
