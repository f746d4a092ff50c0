import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from './report.ts'
import { round } from './report.ts'
import { benchDir } from './util.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'

const CLI = new URL('../../src/cli/main.ts', import.meta.url).pathname

/**
 * One node as an operator starts it (`hanse start`, its own process, a dataset, the admin API,
 * info logs to a pipe): the time from spawning it to its runtime file (the node is running), and
 * its resident memory once it has been idle long enough for its idle collection (12 s).
 * Baselines from the same run: a bare `node` process that starts and idles the same way.
 */
export async function benchIdle(report: Report, opts: { quick: boolean }): Promise<void> {
  const rounds = opts.quick ? 1 : 3
  const { dir, remove } = benchDir('idle')
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
  mkdirSync(join(dir, 'policies'))
  writeFileSync(join(dir, 'policies', 'open.yaml'), 'permissions:\n  - action: use\n')
  const ready: number[] = []
  const rss: number[] = []
  const bareReady: number[] = []
  const bareRss: number[] = []
  try {
    for (let r = 0; r < rounds; r++) {
      const dataDir = join(dir, `data-${r}`)
      const cfg = join(dir, `node-${r}.yaml`)
      writeFileSync(
        cfg,
        [
          `name: idle-${r}`,
          `dataDir: ${dataDir}`,
          'network:',
          '  listen: [/ip4/127.0.0.1/tcp/0]',
          '  mdns: { enabled: false }',
          'api: { port: 0 }',
          'trust: { mode: open }',
          `policies: { dir: ${join(dir, 'policies')} }`,
          'datasets:',
          `  - { id: sensors, title: Sensors, source: ${join(dir, 'data.csv')}, offers: [{ policy: open }] }`,
          ''
        ].join('\n')
      )
      const t0 = performance.now()
      const child = spawn(process.execPath, [CLI, 'start', '--config', cfg], { stdio: ['ignore', 'pipe', 'pipe'] })
      child.stdout?.resume()
      let errors = ''
      child.stderr?.on('data', (d: Buffer) => {
        errors += d.toString()
      })
      await until(() => readRuntimeInfo(dataDir)?.pid === child.pid || child.exitCode !== null, 60_000)
      if (child.exitCode !== null) throw new Error(`hanse start exited with ${child.exitCode}: ${errors}`)
      ready.push(performance.now() - t0)
      await sleep(12_000)
      rss.push(rssOf(child))
      await stop(child)

      const b0 = performance.now()
      const bare = spawn(process.execPath, ['-e', 'process.stdout.write("ready\\n"); setInterval(() => {}, 1000)'], { stdio: ['ignore', 'pipe', 'ignore'] })
      await new Promise(resolve => bare.stdout?.once('data', resolve))
      bareReady.push(performance.now() - b0)
      await sleep(2_000)
      bareRss.push(rssOf(bare))
      await stop(bare)
    }
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
    report.add({
      name: 'node_start_to_ready',
      value: round(med(ready), 0),
      unit: 'ms',
      baseline: 'bare_node_process_start',
      baselineValue: round(med(bareReady), 0),
      note: `hanse start to running, median of ${rounds}`
    })
    report.add({
      name: 'node_idle_rss',
      value: round(med(rss) / 1024 / 1024, 1),
      unit: 'MiB',
      baseline: 'bare_node_process_idle_rss',
      baselineValue: round(med(bareRss) / 1024 / 1024, 1),
      note: `target < 120 MiB; 12 s after start, median of ${rounds}`
    })
  } finally {
    remove()
  }
}

function rssOf(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1]
  if (kb === undefined) throw new Error(`no VmRSS for ${child.pid}`)
  return Number(kb) * 1024
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const done = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  await done
}

async function until(fn: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!fn()) {
    if (performance.now() > deadline) throw new Error('node did not become ready')
    await sleep(10)
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, ms))
}
