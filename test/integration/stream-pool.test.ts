import { afterEach, describe, expect, it } from 'vitest'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { cleanup, nodeAddr, startNode } from '../helpers.ts'
import { hanse, serveProtocol, StreamPool } from '../../src/wire/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { Metrics } from '../../src/metrics/index.ts'

afterEach(cleanup)

const PROTOCOL = '/hanse-test/pool/1.0.0'
const { Error: Msg } = hanse.v1

describe('StreamPool', () => {
  it('keeps the streams a burst needed: the next burst of the same size opens none', async () => {
    const server = await startNode()
    const client = await startNode()
    let streams = 0
    await serveProtocol(
      { host: server.parts.net.libp2p, logger: silentLogger(), metrics: new Metrics() },
      { protocol: PROTOCOL, maxInboundStreams: 32, idleTimeoutMs: 30_000 },
      async framed => {
        streams++
        while (true) {
          const m = await framed.read(Msg)
          if (m === undefined) return
          // slow enough that a burst needs a stream per request
          await new Promise(resolve => setTimeout(resolve, 20))
          await framed.write(Msg, { code: 'ECHO', message: m.message })
        }
      }
    )
    await client.parts.net.libp2p.dial(multiaddr(nodeAddr(server)))
    const pool = new StreamPool({ host: client.parts.net.libp2p }, { protocol: PROTOCOL, timeoutMs: 10_000 })
    const peer = peerIdFromString(server.peerId)
    const burst = async (): Promise<string[]> =>
      await Promise.all(Array.from({ length: 16 }, async (_, i) => (await pool.request(peer, Msg, { code: 'REQ', message: `m${i}` }, Msg)).message ?? ''))
    try {
      expect(await burst()).toEqual(Array.from({ length: 16 }, (_, i) => `m${i}`))
      const opened = streams
      expect(opened).toBe(16)
      expect(await burst()).toEqual(Array.from({ length: 16 }, (_, i) => `m${i}`))
      expect(streams).toBe(opened)
    } finally {
      pool.close()
    }
  })
})
