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
