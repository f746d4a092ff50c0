import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { validateConfig, type NodeConfig } from '../src/config/index.ts'
import { createServer } from 'node:net'
import { HanseNode, readRuntimeInfo } from '../src/node/index.ts'
import { silentLogger } from '../src/logging/index.ts'
import { systemClock, type Clock } from '../src/clock/index.ts'

export const ROOT = new URL('..', import.meta.url).pathname
export const CLI = join(ROOT, 'src/cli/main.ts')

/** Everything a test opens registers its closer here; `cleanup()` runs them in afterEach. */
const closers: Array<() => Promise<void> | void> = []
export function onCleanup(fn: () => Promise<void> | void): void {
  closers.push(fn)
}
export async function cleanup(): Promise<void> {
  const list = closers.splice(0).reverse()
  const failures: unknown[] = []
  for (const fn of list) {
    try {
      await fn()
    } catch (err) {
      // keep closing the rest, then fail the test: a part that cannot stop is a bug to see
      failures.push(err)
    }
  }
  if (failures.length === 1) throw failures[0]
  if (failures.length > 1) throw new AggregateError(failures, `${failures.length} closers failed`)
}

/** Command lines of the processes whose command line contains `pattern` (pgrep -f). */
export function processesMatching(pattern: string): string[] {
  const r = spawnSync('pgrep', ['-a', '-f', pattern], { encoding: 'utf8' })
  // pgrep: 0 some matched, 1 none matched, anything else is a failure of pgrep itself
  if (r.status !== 0 && r.status !== 1) throw new Error(`pgrep failed (${String(r.status)}): ${r.stderr}`)
  return r.stdout.split('\n').filter(l => l !== '' && !l.includes('pgrep'))
}

export function tempDir(prefix = 'hanse-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  onCleanup(() => {
    rmSync(dir, { recursive: true, force: true })
  })
  return dir
}

/** A config for a test node: loopback, random ports, no mDNS (tests must not see each other). */
export function testConfig(overrides: Record<string, any> = {}): NodeConfig {
  const dataDir = overrides.dataDir ?? join(tempDir(), 'data')
  const network = { listen: ['/ip4/127.0.0.1/tcp/0'], mdns: { enabled: false }, ...(overrides.network ?? {}) }
  return validateConfig(
    {
      name: 'test-node',
      trust: { mode: 'open' },
      api: { port: 0 },
      logging: { level: 'silent' },
      ...overrides,
      dataDir,
      network
    },
    '<inline>'
  )
}

export async function startNode(cfg: NodeConfig = testConfig(), clock: Clock = systemClock): Promise<HanseNode> {
  const node = new HanseNode({ logger: silentLogger(), clock }, { config: cfg, version: 'test' })
  onCleanup(async () => {
    await node.stop()
  })
  await node.start()
  return node
}

export function nodeAddr(node: HanseNode): string {
  const addr = node.parts.net.listenAddrs().find(a => a.includes('/ip4/127.0.0.1/'))
  if (addr === undefined) throw new Error('node has no loopback address')
  return addr
}

export async function waitFor<T>(fn: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const v = await fn()
      if (v !== undefined && v !== false) return v
    } catch (err) {
      last = err
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs))
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last !== undefined ? `: ${String(last)}` : ''}`)
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Run the real `hanse` CLI on this Node (the pinned 22) in a child process. */
export function runCli(args: string[], opts: { env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {}): Promise<CliResult> {
  const child = spawnCli(args, opts.env, opts.cwd)
  return collect(child, opts.timeoutMs ?? 20_000)
}

export function spawnCli(args: string[], env: Record<string, string> = {}, cwd?: string): ChildProcess {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], cwd })
  onCleanup(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })
  return child
}

export function collect(child: ChildProcess, timeoutMs = 20_000): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (d: Buffer) => {
    stdout += d.toString()
  })
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`cli timed out; stdout=${stdout} stderr=${stderr}`))
    }, timeoutMs)
    child.on('exit', (code, signal) => {
      clearTimeout(t)
      // let the pipes drain
      setImmediate(() => {
        resolve({ code, signal, stdout, stderr })
      })
    })
  })
}

/** A TCP port free on 127.0.0.1 right now (for a node process that must keep its address across restarts). */
export async function freePort(): Promise<number> {
  return await new Promise<number>(resolve => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port
      srv.close(() => {
        resolve(p)
      })
    })
  })
}

/** `hanse start --config FILE` as its own process; resolves once it has written its runtime file. */
/**
 * The config file text of a `hanse start` process in a test: loopback on `port` (0: any), no
 * mDNS or DHT, open trust, the admin API on any port; `network` adds lines to the network
 * section, `lines` whole settings after the rest.
 */
export function processConfig(o: { name: string; dataDir: string; port?: number; level?: string; network?: string[]; lines?: string[] }): string {
  return (
    [
      `name: ${o.name}`,
      `dataDir: ${o.dataDir}`,
      'network:',
      `  listen: [/ip4/127.0.0.1/tcp/${o.port ?? 0}]`,
      '  mdns: { enabled: false }',
      '  dht: { enabled: false }',
      ...(o.network ?? []),
      'trust: { mode: open }',
      'api: { port: 0 }',
      `logging: { level: ${o.level ?? 'warn'} }`,
      ...(o.lines ?? [])
    ].join('\n') + '\n'
  )
}

export async function startNodeProcess(cfgFile: string, dataDir: string, env: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawnCli(['start', '--config', cfgFile], env)
  // what it said last, so that a node that exits instead of starting is reported with its reason
  // (read, too, so that a full pipe never blocks it)
  let said = ''
  child.stderr?.on('data', (d: Buffer) => {
    said = (said + d.toString()).slice(-4096)
  })
  await waitFor(() => {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`hanse start exited (${String(child.exitCode ?? child.signalCode)}) before it was running: ${said}`)
    return readRuntimeInfo(dataDir)?.pid === child.pid || undefined
  }, 20_000)
  return child
}

/** Whether this process may mount a small tmpfs (root on Linux): a real full disk for a test. */
export function canMountTmpfs(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  const probe = tempDir()
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
