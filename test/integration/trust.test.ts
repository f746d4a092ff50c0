import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, nodeAddr, startNode, testConfig, waitFor } from '../helpers.ts'

afterEach(cleanup)

describe('trust mode allowlist', () => {
  it('refuses a peer not on the list before any protocol runs, and accepts a listed one', async () => {
    const listed = await startNode(testConfig({ name: 'listed' }))
    const outsider = await startNode(testConfig({ name: 'outsider' }))
    const guarded = await startNode(testConfig({ name: 'guarded', trust: { mode: 'allowlist', allowlist: [listed.peerId] } }))
    const target = multiaddr(nodeAddr(guarded))

    // the outsider's dial, and so its stream to any protocol, fails
    await expect(outsider.parts.net.libp2p.dialProtocol(target, '/ipfs/ping/1.0.0')).rejects.toThrow()
    await expect(outsider.parts.net.libp2p.dialProtocol(target, '/hanse/kad/1.0.0')).rejects.toThrow()
    expect(guarded.parts.net.libp2p.getConnections(outsider.parts.net.peerId)).toHaveLength(0)
    // the guarded node never learned anything about it through identify
    const known = await guarded.parts.net.libp2p.peerStore.has(outsider.parts.net.peerId)
    if (known) expect((await guarded.parts.net.libp2p.peerStore.get(outsider.parts.net.peerId)).protocols).toHaveLength(0)

    // the listed peer connects and runs protocols
    const rtt = await listed.parts.net.libp2p.services.ping.ping(target)
    expect(rtt).toBeGreaterThanOrEqual(0)
    await waitFor(() => guarded.parts.net.libp2p.getConnections(listed.parts.net.peerId).length > 0 || undefined)

    // and the guarded node does not dial out to peers that are not allowed either
    await expect(guarded.parts.net.libp2p.dial(multiaddr(nodeAddr(outsider)))).rejects.toThrow()
  })
})
