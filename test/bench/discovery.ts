import type { Report } from './report.ts'
import { percentile, round } from './report.ts'
import { benchConfig, benchDir, peerProcess, type PeerProcess } from './util.ts'

/**
 * N hanse nodes, each in its own process, each bootstrapped to one earlier node (a random tree,
 * so most pairs share no bootstrap peer). Once the last one is up, every node resolves every
 * other through peer routing (its peer store, else a DHT lookup on /hanse/kad/1.0.0), retrying
 * failed lookups. The figure is the time until the slowest node has reached everyone.
 */
export async function benchDiscovery(report: Report, opts: { quick: boolean }): Promise<void> {
  const n = opts.quick ? 10 : 30
  const { dir, remove } = benchDir('discovery')
  const procs: PeerProcess[] = []
  let seed = 42
  const rand = (max: number): number => {
    seed = (seed * 48271) % 2147483647
    return seed % max
  }
  try {
    for (let i = 0; i < n; i++) {
      const cfg = benchConfig(dir, `node-${i}`)
      const network = cfg.network as Record<string, unknown>
      network.dht = { enabled: true }
      // every node shares 127.0.0.1 here, unlike a real data space: lift the per-host inbound limit
      if (i > 0) network.bootstrap = [`${(procs[rand(i)] as PeerProcess).addr}`]
      procs.push(await peerProcess(dir, cfg))
    }
    const ids = procs.map(p => p.peerId)
    const t0 = performance.now()
    const results = await Promise.all(
      procs.map(async p => (await p.ask({ cmd: 'resolve', peers: ids })) as { resolvedMs: number; lookups: number; failed: number })
    )
    const total = performance.now() - t0
    const failed = results.reduce((a, r) => a + r.failed, 0)
    const lookups = results.reduce((a, r) => a + r.lookups, 0)
    const per = results.map(r => r.resolvedMs).sort((a, b) => a - b)
    report.add({
      name: `discovery_${n}_nodes_all_reachable`,
      value: failed === 0 ? round(total / 1000, 3) : NaN,
      unit: 's',
      note: `target < 10 s; one process per node; ${n * (n - 1)} pairs, ${lookups} lookups, ${failed} unresolved`
    })
    report.add({ name: `discovery_${n}_nodes_per_node_p50`, value: round(percentile(per, 50) / 1000, 3), unit: 's' })
  } finally {
    await Promise.all(
      procs.map(async p => {
        await p.stop()
      })
    )
    remove()
  }
}
