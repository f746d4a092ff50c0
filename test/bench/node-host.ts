/**
 * Several hanse nodes in one process (the discovery benchmark hosts 100 nodes ten to a process,
 * so it measures the protocol rather than 100 Node runtimes on two cores).
 * Commands on stdin, one JSON object per line, each answered with one JSON line:
 *   start {config} -> {peerId, addr}
 *   resolve {peers} -> {results: [{resolvedMs, lookups, failed}]}: every hosted node finds every
 *     listed peer through peer routing (its peer store, else a DHT lookup), retrying failed lookups
 * Exits on SIGTERM or when stdin closes, after stopping its nodes.
 */
import { validateConfig } from '../../src/config/index.ts'
import { HanseNode } from '../../src/node/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import { answerCommands } from './commands.ts'
import { resolveAll } from './util.ts'

const nodes: HanseNode[] = []

const stop = (): void => {
  void Promise.allSettled(nodes.map(async n => await n.stop())).then(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.stdin.on('end', stop)

answerCommands(async msg => {
  if (msg.cmd === 'start') {
    const node = new HanseNode({ logger: silentLogger(), clock: systemClock }, { config: validateConfig(msg.config, '<bench>'), version: 'bench' })
    await node.start()
    nodes.push(node)
    const addr = node.parts.net.listenAddrs().find(a => a.includes('/ip4/127.0.0.1/'))
    return { peerId: node.peerId, addr }
  }
  if (msg.cmd === 'resolve') return { results: await Promise.all(nodes.map(async n => await resolveAll(n, msg.peers as string[]))) }
  return { error: `unknown command ${String(msg.cmd)}` }
})
process.stdout.write(JSON.stringify({ ready: true }) + '\n')
