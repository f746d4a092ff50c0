import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, nodeAddr, startNode, testConfig, waitFor } from '../helpers.ts'
import type { PeerView } from '../../src/net/index.ts'
import { readToken } from '../../src/identity/index.ts'

afterEach(cleanup)

describe('discovery', () => {
  it('three nodes bootstrapped only to the first all learn each other via the DHT, and /v1/peers shows them', async () => {
    const first = await startNode(testConfig({ name: 'first' }))
    const boot = { bootstrap: [nodeAddr(first)] }
    const second = await startNode(testConfig({ name: 'second', network: boot }))
    const third = await startNode(testConfig({ name: 'third', network: boot }))
    const nodes = [first, second, third]
    const ids = nodes.map(n => n.peerId)

    const started = Date.now()
    await waitFor(async () => {
      for (const n of nodes) {
        const known = new Set((await n.peers()).filter(p => p.addresses.length > 0 || p.connected).map(p => p.peerId))
        for (const id of ids) if (id !== n.peerId && !known.has(id)) return false
      }
      return true
    }, 10_000)
    expect(Date.now() - started).toBeLessThan(10_000)

    // second and third never had each other's address: they found it through peer exchange or the DHT
    await waitFor(() => second.parts.net.libp2p.getConnections(third.parts.net.peerId).length > 0 || undefined, 10_000)

    for (const n of nodes) {
      // latency is measured on demand for connections too new to have one
      const peers = await waitFor(async () => {
        const res = await fetch(`${n.parts.api.url}/v1/peers`, { headers: { authorization: `Bearer ${readToken(n.config.dataDir)}` } })
        expect(res.status).toBe(200)
        const body = (await res.json()) as { peers: PeerView[] }
        const connected = body.peers.filter(p => p.connected)
        return connected.length > 0 && connected.every(p => typeof p.connections[0]?.rttMs === 'number') ? body.peers : undefined
      })
      const seen = peers.map(p => p.peerId)
      for (const id of ids) if (id !== n.peerId) expect(seen).toContain(id)
      const conn = peers.find(p => p.connected)?.connections[0]
      expect(conn?.remoteAddr).toMatch(/^\/ip4\/127\.0\.0\.1\/tcp\//)
      expect(conn?.rttMs).toBeTypeOf('number')
    }
  })
})
