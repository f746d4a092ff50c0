import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromString } from '@libp2p/peer-id'
import { validateConfig } from '../../src/config/index.ts'
import { HanseNode } from '../../src/node/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import type { Report } from './report.ts'
import { percentile, round } from './report.ts'

/**
 * N nodes in this process, each bootstrapped to one earlier node (a random tree, so most pairs
 * share no bootstrap peer). Measures the time from the last node's start until every node has
 * resolved every other node through the DHT.
 */
export async function benchDiscovery (report: Report, opts: { quick: boolean }): Promise<void> {
  const n = opts.quick ? 10 : 30
  const root = mkdtempSync(join(tmpdir(), 'hanse-bench-disc-'))
  const nodes: HanseNode[] = []
  let seed = 42
  const rand = (max: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % max }
  try {
    for (let i = 0; i < n; i++) {
      const boot = i === 0 ? [] : [addrOf(nodes[rand(i)] as HanseNode)]
      const cfg = validateConfig({
        name: `bench-${i}`,
        dataDir: join(root, `n${i}`),
        // all nodes share 127.0.0.1 here, unlike a real data space: lift the per-host inbound rate limit
        network: { listen: ['/ip4/127.0.0.1/tcp/0'], bootstrap: boot, mdns: { enabled: false }, connections: { inboundPerHostPerSecond: 10_000 } },
        trust: { mode: 'open' },
        api: { enabled: false },
        logging: { level: 'silent' }
      }, '<bench>')
      const node = new HanseNode({ logger: silentLogger(), clock: systemClock }, { config: cfg, version: 'bench' })
      await node.start()
      nodes.push(node)
    }
    // from the moment the last node is up: every node resolves every other with a DHT lookup
    // (FIND_NODE walks on the private /hanse/kad/1.0.0 DHT); a failed lookup is retried, as a
    // node would, until the deadline
    const t0 = performance.now()
    const ids = nodes.map(x => peerIdFromString(x.peerId))
    const pending = new Map(nodes.map((node, i) => [node, ids.filter((_, j) => j !== i)]))
    const lookupMs: number[] = []
    let attempts = 0
    while (performance.now() - t0 < 60_000 && [...pending.values()].some(l => l.length > 0)) {
      await Promise.all([...pending.entries()].map(async ([node, list]) => {
        const left = []
        for (const id of list) {
          const t = performance.now()
          attempts++
          try {
            await node.net!.libp2p.peerRouting.findPeer(id, { signal: AbortSignal.timeout(5_000) })
            lookupMs.push(performance.now() - t)
          } catch (err) { left.push(id); if (process.env.BENCH_DEBUG) process.stdout.write(`    ${node.config.name} -> ${id.toString().slice(-6)} ${(err as Error).name} ${Math.round(performance.now() - t)}ms at ${Math.round(performance.now() - t0)}ms\n`) }
        }
        pending.set(node, left)
      }))
    }
    const unresolved = [...pending.values()].reduce((a, l) => a + l.length, 0)
    lookupMs.sort((a, b) => a - b)
    report.add({ name: `discovery_${n}_nodes_all_reachable`, value: unresolved === 0 ? round((performance.now() - t0) / 1000, 3) : NaN, unit: 's', note: `target < 10 s; ${n * (n - 1)} pairs, ${attempts} lookups, ${unresolved} unresolved` })
    report.add({ name: 'discovery_findpeer_p50', value: round(percentile(lookupMs, 50), 2), unit: 'ms', note: `${n} nodes in one process` })
  } finally {
    await Promise.all(nodes.map(async x => { await x.stop() }))
    rmSync(root, { recursive: true, force: true })
  }
}

function addrOf (node: HanseNode): string {
  const a = node.net!.listenAddrs().find(x => x.includes('127.0.0.1'))
  if (a === undefined) throw new Error('no loopback address')
  return a
}
