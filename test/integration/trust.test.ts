import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, nodeAddr, startNode, testConfig, waitFor } from '../helpers.ts'

afterEach(cleanup)

/** How a dial ended: opened, refused by the other side, or a bug of ours (a TypeError...). */
async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p
    return 'opened'
  } catch (err) {
    if (err instanceof TypeError || err instanceof ReferenceError || err instanceof RangeError) return `bug: ${String(err)}`
    return (err as { name?: string; type?: string }).name === 'ConnectionClosedError' || (err as { type?: string }).type === 'close'
      ? 'refused'
      : `other: ${String(err)}`
  }
}

describe('trust mode allowlist', () => {
  it('refuses a peer not on the list before any protocol runs, and accepts a listed one', async () => {
    const listed = await startNode(testConfig({ name: 'listed' }))
    const outsider = await startNode(testConfig({ name: 'outsider' }))
    const guarded = await startNode(testConfig({ name: 'guarded', trust: { mode: 'allowlist', allowlist: [listed.peerId] } }))
    const target = multiaddr(nodeAddr(guarded))

    // the outsider's dial, and so its stream to any protocol, fails
    // (the guarded node closes the connection as soon as Noise has proven who is dialling;
    // libp2p reports that as a ConnectionClosedError or the stream's close event, by timing)
    expect(await outcome(outsider.parts.net.libp2p.dialProtocol(target, '/ipfs/ping/1.0.0'))).toBe('refused')
    expect(await outcome(outsider.parts.net.libp2p.dialProtocol(target, '/hanse/kad/1.0.0'))).toBe('refused')
    expect(guarded.parts.net.libp2p.getConnections(outsider.parts.net.peerId)).toHaveLength(0)
    // the guarded node never learned anything about it through identify
    const known = await guarded.parts.net.libp2p.peerStore.has(outsider.parts.net.peerId)
    if (known) expect((await guarded.parts.net.libp2p.peerStore.get(outsider.parts.net.peerId)).protocols).toHaveLength(0)

    // the listed peer connects and runs protocols
    const rtt = await listed.parts.net.libp2p.services.ping.ping(target)
    expect(Number.isFinite(rtt)).toBe(true)
    await waitFor(() => guarded.parts.net.libp2p.getConnections(listed.parts.net.peerId).length > 0 || undefined)
    // identify ran over that connection: the guarded node knows the listed peer's protocols
    await waitFor(
      async () => (await guarded.parts.net.libp2p.peerStore.get(listed.parts.net.peerId)).protocols.includes('/hanse/negotiation/1.0.0') || undefined
    )

    // and the guarded node does not dial out to peers that are not allowed either
    await expect(guarded.parts.net.libp2p.dial(multiaddr(nodeAddr(outsider)))).rejects.toMatchObject({ name: 'DialDeniedError' })
  })
})
