import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { allocatorEnvironment } from '../../src/cli/allocator.ts'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { validateConfig } from '../../src/config/index.ts'
import { HanseNode } from '../../src/node/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import type { Figure } from './report.ts'
import { peerIdFromString } from '@libp2p/peer-id'
import { Level } from 'level'
import type { Store } from '../../src/store/index.ts'

export { ECHO_PROTOCOL } from './commands.ts'

/** The purpose constraint every bench policy carries. */
export const RESEARCH_ONLY = '{ leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }'

/** Write `<dir>/policies/<name>.yaml` with one `use` permission under these constraints; returns the policies dir. */
export function benchPolicy(dir: string, name: string, constraints: string[] = [RESEARCH_ONLY]): string {
  const policies = join(dir, 'policies')
  mkdirSync(policies, { recursive: true })
  writeFileSync(join(policies, `${name}.yaml`), `permissions:\n  - action: use\n    constraints:\n${constraints.map(c => `      - ${c}\n`).join('')}`)
  return policies
}

export function benchDir(name: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `hanse-bench-${name}-`))
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A plain config for a bench node: loopback, no mDNS, no API, quiet. */
export function benchConfig(dir: string, name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    dataDir: join(dir, name),
    network: { listen: ['/ip4/127.0.0.1/tcp/0'], mdns: { enabled: false }, dht: { enabled: false }, connections: { inboundPerHostPerSecond: 10_000 } },
    trust: { mode: 'open' },
    api: { enabled: false },
    logging: { level: 'silent' },
    ...extra
  }
}

export async function localNode(cfg: Record<string, unknown>): Promise<HanseNode> {
  const node = new HanseNode({ logger: silentLogger(), clock: systemClock }, { config: validateConfig(cfg, '<bench>'), version: 'bench' })
  await node.start()
  return node
}

export interface PeerProcess {
  peerId: string
  addr: string
  /** What the process runs: the compiled build (as `hanse start` does while it is current) or the sources. */
  code: 'compiled' | 'sources'
  child: ChildProcess
  /** Send a command line to the process. */
  send: (msg: unknown) => void
  /** Send a command and wait for its answer (one JSON line). */
  ask: (msg: unknown) => Promise<any>
  /** The next line the process prints. */
  nextLine: () => Promise<string>
  stop: () => Promise<void>
}

/** Start `peer-process.ts` with this config in a separate Node process. */
export async function peerProcess(dir: string, cfg: Record<string, unknown>, env: Record<string, string> = {}): Promise<PeerProcess> {
  const file = join(dir, `${String(cfg.name)}.json`)
  writeFileSync(file, JSON.stringify(cfg))
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles the peer processes
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(a => a !== '')
  // on the allocator `hanse start` runs on (jemalloc when installed, src/cli/allocator.ts)
  const base = { ...process.env, ...env }
  const child = spawn(process.execPath, [...nodeArgs, new URL('./peer-process.ts', import.meta.url).pathname, file], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: allocatorEnvironment(base, existsSync) ?? base
  })
  const lines: string[] = []
  const waiters: Array<{ resolve: (line: string) => void; reject: (err: Error) => void }> = []
  createInterface({ input: child.stdout! }).on('line', line => {
    const w = waiters.shift()
    if (w !== undefined) w.resolve(line)
    else lines.push(line)
  })
  // one listener for the whole life of the process (one per question leaked listeners)
  child.once('exit', code => {
    for (const w of waiters.splice(0)) w.reject(new Error(`peer process exited with ${String(code)}`))
  })
  /** Send a command and wait for its one-line JSON answer. */
  const ask = async (msg: unknown): Promise<any> => {
    child.stdin!.write(JSON.stringify(msg) + '\n')
    const answer = JSON.parse(await nextLine())
    if (answer?.error !== undefined && answer.error !== null && typeof answer.error === 'string') throw new Error(answer.error)
    return answer
  }
  const nextLine = async (): Promise<string> =>
    await new Promise<string>((resolve, reject) => {
      const queued = lines.shift()
      if (queued !== undefined) {
        resolve(queued)
        return
      }
      if (child.exitCode !== null) {
        reject(new Error(`peer process exited with ${String(child.exitCode)}`))
        return
      }
      waiters.push({ resolve, reject })
    })
  const { peerId, addr, code } = JSON.parse(await nextLine()) as { peerId: string; addr: string; code: PeerProcess['code'] }
  return {
    peerId,
    addr,
    code,
    child,
    send: msg => {
      child.stdin!.write(JSON.stringify(msg) + '\n')
    },
    ask,
    nextLine,
    stop: async () => {
      if (child.exitCode !== null) return
      const done = new Promise(resolve => child.once('exit', resolve))
      child.kill('SIGTERM')
      await done
    }
  }
}

/**
 * Find every listed peer through peer routing: a peer already in the peer store (met directly,
 * told by peer exchange, or learned from earlier DHT answers) is reachable; for the others a DHT
 * lookup runs (one at a time per peer, 2 s each, retried) while the store is checked every 50 ms.
 */
export async function resolveAll(node: HanseNode, peers: string[], limitMs = 60_000): Promise<{ resolvedMs: number; lookups: number; failed: number }> {
  const t0 = performance.now()
  const libp2p = node.parts.net.libp2p
  const pending = new Set(peers.filter(p => p !== node.peerId))
  const looking = new Set<string>()
  let lookups = 0
  while (pending.size > 0 && performance.now() - t0 < limitMs) {
    for (const p of [...pending]) {
      const id = peerIdFromString(p)
      const known = await libp2p.peerStore.get(id).then(
        x => x.addresses.length > 0,
        () => false
      )
      if (known) {
        pending.delete(p)
        continue
      }
      if (looking.has(p)) continue
      looking.add(p)
      lookups++
      libp2p.peerRouting
        .findPeer(id, { signal: AbortSignal.timeout(2_000) })
        .catch(() => undefined)
        .finally(() => looking.delete(p))
    }
    if (pending.size > 0) await new Promise(resolve => setTimeout(resolve, 50))
  }
  return { resolvedMs: performance.now() - t0, lookups, failed: pending.size }
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux this runs on). */
const USER_HZ = 100

/** CPU time (ms, user + system, every thread) a process has used so far, from /proc/<pid>/stat. */
export function processCpuMs(pid: number | 'self'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // the fields after the command name, which may hold spaces: utime and stime are 14th and 15th
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ
}

/** The machine's CPU time so far (ms summed over cores): busy and in all, from /proc/stat. */
export function machineCpuMs(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] as string
  const ticks = line.trim().split(/\s+/).slice(1).map(Number)
  const total = ticks.reduce((a, b) => a + b, 0)
  // idle and iowait: a core waiting for the disk is free for anyone else
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0)
  return { busy: ((total - idle) * 1000) / USER_HZ, total: (total * 1000) / USER_HZ }
}

/**
 * Where a request/response exchange's time goes: the CPU `rounds` runs of `work` cost this
 * process and the peer process `pid` together (every thread: the main one, libuv's that write
 * LevelDB, V8's), per run, next to what `rounds` runs of `baseline` cost them, with the split and
 * how busy the machine's cores were in the note. One at a time: nothing overlaps.
 */
export async function cpuPerRound(
  pid: number,
  rounds: number,
  names: { name: string; baseline: string },
  baseline: () => Promise<void>,
  work: () => Promise<void>
): Promise<Figure> {
  const repeat = async (fn: () => Promise<void>): Promise<void> => {
    for (let i = 0; i < rounds; i++) await fn()
  }
  const base = await cpuDuring([pid], async () => await repeat(baseline))
  const cpu = await cpuDuring([pid], async () => await repeat(work))
  const peer = (c: typeof cpu): number => c.othersMs[0] as number
  const per = (ms: number): number => Math.round((ms / rounds) * 100) / 100
  return {
    name: names.name,
    value: per(cpu.selfMs + peer(cpu)),
    unit: 'ms',
    baseline: names.baseline,
    baselineValue: per(base.selfMs + peer(base)),
    note: `CPU per run, both processes, every thread: this one ${per(cpu.selfMs)} + the peer ${per(peer(cpu))} ms; the cores ${Math.round(cpu.machineBusy * 100)}% busy meanwhile (the baseline: ${Math.round(base.machineBusy * 100)}%)`
  }
}

/**
 * CPU used while `work` runs: by this process, by the `pids` given, and how busy the machine's
 * cores were (share of their time, 0-1).
 */
export async function cpuDuring(pids: number[], work: () => Promise<void>): Promise<{ selfMs: number; othersMs: number[]; machineBusy: number }> {
  const self0 = processCpuMs('self')
  const others0 = pids.map(p => processCpuMs(p))
  const m0 = machineCpuMs()
  await work()
  const m1 = machineCpuMs()
  return {
    selfMs: processCpuMs('self') - self0,
    othersMs: pids.map((p, i) => processCpuMs(p) - (others0[i] as number)),
    machineBusy: m1.total > m0.total ? (m1.busy - m0.busy) / (m1.total - m0.total) : 0
  }
}

/** Synced writes on the critical path of one negotiation, on either binding (see the floor in negotiation.ts). */
export const SYNCED_WRITES_PER_NEGOTIATION = 3

/** Latencies (ms, sorted) of `n` sequential synced LevelDB puts of a negotiation record's size. */
export async function syncedWriteLatencies(path: string, n: number): Promise<number[]> {
  const db = new Level<string, string>(path)
  await db.open()
  const value = 'x'.repeat(1500)
  const out: number[] = []
  try {
    for (let i = 0; i < n + 20; i++) {
      const t = performance.now()
      await db.put(`k${i % 50}`, value, { sync: true })
      if (i >= 20) out.push(performance.now() - t)
    }
  } finally {
    await db.close()
  }
  return out.sort((a, b) => a - b)
}

/** Records how long a store's synced batches take in place, from sealed to written, until stopped. */
export function writesInPlace(store: Store): { sorted: () => number[]; stop: () => void } {
  const took: number[] = []
  let sealedAt = 0
  const stop = store.onBatch({
    sealed: () => {
      sealedAt = performance.now()
    },
    written: () => {
      took.push(performance.now() - sealedAt)
    },
    failed: () => {}
  })
  return { sorted: () => [...took].sort((a, b) => a - b), stop }
}
