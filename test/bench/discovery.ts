import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Report } from './report.ts'
import { percentile, round } from './report.ts'
import { benchConfig, benchDir } from './util.ts'

/**
 * N hanse nodes (100; 20 in quick mode), ten to a process, each bootstrapped to one earlier node
 * (a random tree, so most pairs share no bootstrap peer), with peer exchange on as by default.
 * Once the last one is up, every node resolves every other through peer routing (its peer store,
 * else a lookup), retrying for up to 60 s. The figure is the time from the last node's start
 * until the slowest node has reached everyone; a run with a pair left unresolved reports no value.
 *
 * The DHT is off here (BENCH_DHT=1 turns it on): with 100 DHT servers on two cores, kad-dht's own
 * routing-table refresh (lookups of random keys, each dialling a dozen peers) saturates both
 * cores for minutes, and the figure would measure that rather than how members find each other.
 */
export async function benchDiscovery(report: Report, opts: { quick: boolean }): Promise<void> {
  const n = opts.quick ? 20 : 100
  const perProcess = 10
  const { dir, remove } = benchDir('discovery')
  const hosts: Host[] = []
  let seed = 42
  const rand = (max: number): number => {
    seed = (seed * 48271) % 2147483647
    return seed % max
  }
  try {
    for (let p = 0; p < n / perProcess; p++) hosts.push(await host())
    const nodes: Array<{ peerId: string; addr: string }> = []
    // one node after the other, round robin over the processes: a joining node's bootstrap peer
    // usually lives in another process
    for (let i = 0; i < n; i++) {
      const cfg = benchConfig(dir, `node-${i}`)
      const network = cfg.network as Record<string, unknown>
      network.dht = { enabled: process.env.BENCH_DHT === '1' }
      if (i > 0) network.bootstrap = [(nodes[rand(i)] as { addr: string }).addr]
      nodes.push(await (hosts[i % hosts.length] as Host).ask({ cmd: 'start', config: cfg }))
    }
    const ids = nodes.map(x => x.peerId)
    const t0 = performance.now()
    const answers = await Promise.all(hosts.map(async h => (await h.ask({ cmd: 'resolve', peers: ids })) as { results: Resolved[] }))
    const total = performance.now() - t0
    const results = answers.flatMap(a => a.results)
    const failed = results.reduce((a, r) => a + r.failed, 0)
    const lookups = results.reduce((a, r) => a + r.lookups, 0)
    const per = results.map(r => r.resolvedMs).sort((a, b) => a - b)
    report.add({
      name: `discovery_${n}_nodes_all_reachable`,
      value: failed === 0 ? round(total / 1000, 3) : NaN,
      unit: 's',
      note: `target < 10 s; ${perProcess} nodes per process; ${n * (n - 1)} pairs, ${lookups} routing lookups, ${failed} unresolved`
    })
    report.add({ name: `discovery_${n}_nodes_per_node_p50`, value: round(percentile(per, 50) / 1000, 3), unit: 's' })
  } finally {
    await Promise.all(hosts.map(async h => await h.stop()))
    remove()
  }
}

interface Resolved {
  resolvedMs: number
  lookups: number
  failed: number
}

interface Host {
  ask: (msg: unknown) => Promise<any>
  stop: () => Promise<void>
}

/** A `node-host.ts` process. */
async function host(): Promise<Host> {
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(a => a !== '')
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, new URL('./node-host.ts', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const waiters: Array<{ resolve: (line: string) => void; reject: (err: Error) => void }> = []
  createInterface({ input: child.stdout! }).on('line', line => waiters.shift()?.resolve(line))
  child.once('exit', code => {
    for (const w of waiters.splice(0)) w.reject(new Error(`node host exited with ${String(code)}`))
  })
  const next = async (): Promise<string> => await new Promise((resolve, reject) => waiters.push({ resolve, reject }))
  await next() // ready
  return {
    ask: async msg => {
      const answer = next()
      child.stdin!.write(JSON.stringify(msg) + '\n')
      const parsed = JSON.parse(await answer)
      if (typeof parsed?.error === 'string') throw new Error(parsed.error)
      return parsed
    },
    stop: async () => {
      if (child.exitCode !== null) return
      const done = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      await done
    }
  }
}
