/**
 * A hanse node in its own process for the benchmarks, plus an echo protocol as the baseline
 * (a bare libp2p stream with the same encrypter and muxer). Prints one JSON line
 * `{ "peerId", "addr" }` when ready; exits on SIGTERM or when stdin closes.
 * Usage: node test/bench/peer-process.ts CONFIG.json
 */
import { readFileSync } from 'node:fs'
import { validateConfig } from '../../src/config/index.ts'
import { HanseNode } from '../../src/node/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import { ECHO_PROTOCOL } from './util.ts'


const file = process.argv[2]
if (file === undefined) throw new Error('usage: peer-process.ts CONFIG.json')
const cfg = validateConfig(JSON.parse(readFileSync(file, 'utf8')), file)
const node = new HanseNode({ logger: silentLogger(), clock: systemClock }, { config: cfg, version: 'bench' })
await node.start()
await node.net!.libp2p.handle(ECHO_PROTOCOL, (stream) => {
  // echo every message back, then close when the remote closes
  stream.addEventListener('message', (evt) => { stream.send(evt.data) })
  stream.addEventListener('remoteCloseWrite', () => { void stream.close() })
}, { maxInboundStreams: 1024 })
const addr = node.net!.listenAddrs().find(a => a.includes('/ip4/127.0.0.1/'))
process.stdout.write(JSON.stringify({ peerId: node.peerId, addr }) + '\n')
const stop = (): void => { void node.stop().then(() => process.exit(0)) }
process.on('SIGTERM', stop)
process.stdin.on('end', stop)
process.stdin.resume()

// bench commands on stdin, one JSON object per line:
//   {"cmd":"resolve","peers":[...]}: find every listed peer through peer routing (the DHT for
//   peers this node does not know yet), retrying failed lookups; answers {"resolvedMs","lookups","failed"}
const { createInterface } = await import('node:readline')
const { peerIdFromString } = await import('@libp2p/peer-id')
createInterface({ input: process.stdin }).on('line', (line) => {
  const msg = JSON.parse(line) as { cmd: string, peers: string[] }
  if (msg.cmd !== 'resolve') return
  void (async () => {
    const t0 = performance.now()
    let pending = msg.peers.filter(p => p !== node.peerId).map(p => peerIdFromString(p))
    let lookups = 0
    while (pending.length > 0 && performance.now() - t0 < 60_000) {
      const left: typeof pending = []
      // one lookup at a time: on 2 cores shared by all the nodes, more in parallel only queue up
      const queue = [...pending]
      await Promise.all(Array.from({ length: 1 }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
          // a peer already in the store (met directly, or learned from earlier DHT answers) is reachable
          const known = await node.net!.libp2p.peerStore.get(id).then(p => p.addresses.length > 0, () => false)
          if (known) continue
          lookups++
          try {
            await node.net!.libp2p.peerRouting.findPeer(id, { signal: AbortSignal.timeout(2_000) })
          } catch { left.push(id) }
        }
      }))
      pending = left
      if (pending.length > 0) await new Promise(resolve => setTimeout(resolve, 100))
    }
    process.stdout.write(JSON.stringify({ resolvedMs: performance.now() - t0, lookups, failed: pending.length }) + '\n')
  })()
})
