/**
 * The `hanse` commands (entry point: main.ts). With main.ts, the only module that reads
 * `process.env`:
 *   HANSE_CONFIG     config file (default: config/node.example.yaml when it exists here)
 *   HANSE_DATA_DIR   overrides `dataDir` from the config
 *   HANSE_LOG_LEVEL  overrides `logging.level`
 *   XDG_RUNTIME_DIR  where `hanse start` records the running node for commands run elsewhere
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { loadConfig, LOG_LEVELS, type NodeConfig, type ConfigOverrides } from '../config/index.ts'
import { HanseError, errorBody } from '../errors/index.ts'
import { createLogger } from '../logging/index.ts'
import { systemClock } from '../clock/index.ts'
import { ensureDataDir, joseKeys, loadOrCreateIdentity, loadOrCreateToken } from '../identity/index.ts'
import { ApiClient } from '../client/index.ts'
import { table, duration } from '../client/format.ts'
import { memoryReducingCollection } from './allocator.ts'
import { registerCatalogCommands } from './catalog.ts'
import { registerNegotiationCommands } from './negotiation.ts'
import { registerTransferCommands } from './transfer.ts'
import { registerLedgerCommands } from './ledger.ts'
import { registerAuthorityCommands } from './authority.ts'
import { fileURLToPath } from 'node:url'
import type { NodeStatus } from '../api/index.ts'
import type { PeerView } from '../net/index.ts'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
const env = process.env
const EXAMPLE_CONFIG = 'config/node.example.yaml'
/** Where `hanse start` records the node it runs, so `hanse status` works from any directory. */
const CURRENT_FILE = join(env.XDG_RUNTIME_DIR ?? join(homedir(), '.local', 'state'), 'hanse', 'current.json')

interface GlobalOpts {
  config?: string
  dataDir?: string
  json?: boolean
}
interface CurrentNode {
  config: string
  dataDir: string
  pid: number
}

/** A usage mistake (unknown command or option, missing argument, bad environment): exit 2. */
class UsageError extends HanseError {
  constructor(code: 'USAGE' | 'ENV_INVALID' | 'CONFIG_NOT_FOUND' | 'NODE_NOT_FOUND', message: string) {
    super(code, message)
  }
}

function overrides(opts: GlobalOpts): ConfigOverrides {
  const o: ConfigOverrides = {}
  const dataDir = opts.dataDir ?? env.HANSE_DATA_DIR
  if (dataDir !== undefined && dataDir !== '') o.dataDir = dataDir
  const level = env.HANSE_LOG_LEVEL
  if (level !== undefined && level !== '') {
    // checked here, so the error names the variable and not the config file
    if (!(LOG_LEVELS as readonly string[]).includes(level))
      throw new UsageError(
        'ENV_INVALID',
        `HANSE_LOG_LEVEL=${level.slice(0, 40)} (from the environment) is not a log level; use one of ${LOG_LEVELS.join(', ')}, or unset it`
      )
    o.logLevel = level
  }
  return o
}

function readCurrent(): CurrentNode | undefined {
  try {
    const c = JSON.parse(readFileSync(CURRENT_FILE, 'utf8')) as CurrentNode
    return typeof c.dataDir === 'string' && typeof c.config === 'string' ? c : undefined
  } catch {
    return undefined
  }
}

/** The config file: --config, else HANSE_CONFIG, else the example when run in the repository. */
function configFile(opts: GlobalOpts): string | undefined {
  return opts.config ?? (env.HANSE_CONFIG !== undefined && env.HANSE_CONFIG !== '' ? env.HANSE_CONFIG : existsSync(EXAMPLE_CONFIG) ? EXAMPLE_CONFIG : undefined)
}

function config(opts: GlobalOpts): NodeConfig {
  const file = configFile(opts) ?? readCurrent()?.config
  if (file === undefined) {
    throw new UsageError(
      'CONFIG_NOT_FOUND',
      `no config: pass --config FILE or set HANSE_CONFIG (no ${EXAMPLE_CONFIG} here, and no running node recorded in ${CURRENT_FILE})`
    )
  }
  return loadConfig(file, overrides(opts))
}

function client(opts: GlobalOpts): ApiClient {
  // no config named: the node `hanse start` recorded, wherever it was started
  if (configFile(opts) === undefined && opts.dataDir === undefined && (env.HANSE_DATA_DIR ?? '') === '') {
    const current = readCurrent()
    if (current === undefined)
      throw new UsageError(
        'NODE_NOT_FOUND',
        `no running node found: pass --config FILE or set HANSE_CONFIG, or start one with hanse start --config FILE (it records itself in ${CURRENT_FILE})`
      )
    return ApiClient.fromDataDir(current.dataDir)
  }
  return ApiClient.fromDataDir(config(opts).dataDir)
}

function recordCurrent(cfg: NodeConfig): void {
  try {
    mkdirSync(join(CURRENT_FILE, '..'), { recursive: true, mode: 0o700 })
    writeFileSync(CURRENT_FILE, JSON.stringify({ config: cfg.source, dataDir: cfg.dataDir, pid: process.pid } satisfies CurrentNode) + '\n', { mode: 0o600 })
  } catch {
    /* a convenience only: commands can still name --config */
  }
}

function forgetCurrent(): void {
  if (readCurrent()?.pid === process.pid) rmSync(CURRENT_FILE, { force: true })
}
function out(value: unknown): void {
  process.stdout.write(typeof value === 'string' ? value + '\n' : JSON.stringify(value, null, 2) + '\n')
}

const program = new Command()
program
  .name('hanse')
  .description('hanse: a peer-to-peer data-exchange connector for European data spaces')
  .version(VERSION)
  .addOption(
    new Option('-c, --config <file>', `node config file (env HANSE_CONFIG; default ${EXAMPLE_CONFIG} when it exists, else the node hanse start recorded)`)
  )
  .addOption(new Option('-d, --data-dir <dir>', 'override dataDir from the config (env HANSE_DATA_DIR)'))
  .option('--json', 'machine-readable output on read commands')
  // usage errors go through the one error path below (exit 2, `hanse: CODE: message` or JSON)
  .exitOverride()
  .configureOutput({ outputError: () => {} })

const g = (cmd: Command): GlobalOpts => cmd.optsWithGlobals<GlobalOpts>()

program
  .command('init')
  .description('create the data dir, the node key and the admin token; print the peer ID')
  .action(async (_o, cmd: Command) => {
    const cfg = config(g(cmd))
    ensureDataDir(cfg.dataDir)
    const id = await loadOrCreateIdentity(cfg.dataDir)
    loadOrCreateToken(cfg.dataDir)
    // the DID the authority issues this node's credential to: identity.did, else its key's did:key
    const did = cfg.identity.did ?? joseKeys(id.privateKey).did
    if (g(cmd).json === true) return out({ peerId: id.peerId.toString(), did, dataDir: cfg.dataDir, keyFile: id.keyFile, created: id.created })
    out(`${id.created ? 'created' : 'kept existing'} node key ${id.keyFile}\npeer ID: ${id.peerId.toString()}\nDID:     ${did}\ndata dir: ${cfg.dataDir}`)
  })

program
  .command('start')
  .description('start the node in the foreground (SIGTERM/SIGINT stop it cleanly)')
  .action(async (_o, cmd: Command) => {
    const cfg = config(g(cmd))
    const logger = createLogger({ level: cfg.logging.level, pretty: cfg.logging.pretty, isTTY: process.stdout.isTTY === true })
    const opts = g(cmd)
    // the node (libp2p, fastify, LevelDB, ...) is loaded only by the commands that run one:
    // a client command (status, catalog, ...) starts in a fraction of the time
    const { HanseNode } = await import('../node/index.ts')
    const node = new HanseNode(
      { logger, clock: systemClock, loadConfig: () => config(opts), collectGarbage: memoryReducingCollection() },
      { config: cfg, version: VERSION }
    )
    let stopping = false
    const onSignal = (sig: NodeJS.Signals): void => {
      if (stopping) {
        logger.warn({ signal: sig }, 'second signal: forcing exit')
        process.exit(130)
      }
      stopping = true
      logger.info({ signal: sig }, 'stopping')
      node.stop().then(
        () => process.exit(0),
        (err: unknown) => {
          logger.error({ err }, 'clean stop failed')
          process.exit(1)
        }
      )
    }
    process.on('SIGTERM', onSignal)
    process.on('SIGINT', onSignal)
    process.on('exit', forgetCurrent)
    // SIGHUP: reload policies, datasets and the revocation list; a bad config is logged and ignored
    process.on('SIGHUP', () => {
      node.reload().catch((err: unknown) => {
        logger.error({ err: errorBody(err) }, 'reload refused; the running config stays')
      })
    })
    await node.start()
    recordCurrent(cfg)
  })

program
  .command('status')
  .description('show the running node: peer ID, addresses, version, uptime, peers')
  .action(async (_o, cmd: Command) => {
    const s = await client(g(cmd)).get<NodeStatus>('/v1/status')
    if (g(cmd).json === true) return out(s)
    out(
      [
        `name:        ${s.name}`,
        `peer ID:     ${s.peerId}`,
        ...(s.did === undefined || s.did === '' ? [] : [`DID:         ${s.did}`]),
        `version:     ${s.version}`,
        `uptime:      ${duration(s.uptimeSeconds)} (since ${s.startedAt})`,
        `trust mode:  ${s.trustMode}`,
        ...(s.membership === null
          ? []
          : [
              `membership:  ${s.membership.state === 'valid' && s.membership.credential !== undefined ? `${s.membership.credential.orgName} (${s.membership.credential.orgId}, ${s.membership.credential.country}), issued by ${s.membership.credential.authorityId}, valid until ${s.membership.expiresAt ?? '?'}` : `${s.membership.state}${s.membership.reason !== undefined ? `: ${s.membership.reason}` : ''}`}`
            ]),
        `peers:       ${s.connectedPeers} connected, ${s.knownPeers} known`,
        `data dir:    ${s.dataDir}`,
        'listening:',
        ...s.listenAddrs.map(a => `  ${a}`),
        ...(s.announceAddrs.length > 0 ? ['announcing:', ...s.announceAddrs.map(a => `  ${a}`)] : [])
      ].join('\n')
    )
  })

program
  .command('health')
  .description('exit 0 when the node for this config answers /healthz (for container health checks)')
  .action(async (_o, cmd: Command) => {
    const c = client(g(cmd))
    const res = await fetch(`${c.baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) }).catch((err: Error) => {
      throw new HanseError('UNHEALTHY', `no answer from ${c.baseUrl}: ${err.message}`)
    })
    if (!res.ok) throw new HanseError('UNHEALTHY', `${c.baseUrl}/healthz answered ${res.status}`)
    out('healthy')
  })

program
  .command('reload')
  .description('reload policies, datasets and the revocation list of the running node (like SIGHUP); a bad config is refused and the running one stays')
  .action(async (_o, cmd: Command) => {
    const { reload } = await client(g(cmd)).post<{
      reload: { applied: string[]; policies: number; datasets: number; offers: number; restartNeeded: string[] }
    }>('/v1/reload')
    if (g(cmd).json === true) return out({ reload })
    out(
      `reloaded ${reload.applied.join(', ')}: ${reload.policies} policies, ${reload.datasets} datasets, ${reload.offers} offers` +
        (reload.restartNeeded.length > 0 ? `\nchanged but only applied after a restart: ${reload.restartNeeded.join(', ')}` : '')
    )
  })

program
  .command('peers')
  .description('list connected and known peers')
  .action(async (_o, cmd: Command) => {
    const { peers } = await client(g(cmd)).get<{ peers: PeerView[] }>('/v1/peers')
    if (g(cmd).json === true) return out({ peers })
    if (peers.length === 0) return out('no peers yet')
    const withMembers = peers.some(p => p.membership !== undefined)
    const member = (p: PeerView): string[] => {
      const m = p.membership
      if (m === undefined) return []
      if (m === null) return ['-', '-', 'unchecked', '-']
      const status = m.status === 'valid' ? `valid until ${(m.validUntil ?? '').slice(0, 10)}` : `${m.status}${m.code !== undefined ? ` (${m.code})` : ''}`
      return [m.orgName ?? '-', m.country ?? '-', status, m.did ?? '-']
    }
    out(
      table(
        ['PEER', 'CONNECTED', 'RTT', ...(withMembers ? ['ORGANISATION', 'COUNTRY', 'CREDENTIAL', 'DID'] : []), 'ADDRESS'],
        peers.map(p => [
          p.peerId,
          p.connected ? 'yes' : 'no',
          p.connections[0]?.rttMs != null ? `${p.connections[0].rttMs} ms` : '-',
          ...member(p),
          p.connections[0]?.remoteAddr ?? p.addresses[0] ?? '-'
        ])
      )
    )
  })

const cliContext = {
  config: (cmd: Command) => config(g(cmd)),
  client: (cmd: Command) => client(g(cmd)),
  json: (cmd: Command) => g(cmd).json === true,
  out
}
registerCatalogCommands(program, cliContext)
registerNegotiationCommands(program, cliContext)
registerTransferCommands(program, cliContext)
registerLedgerCommands(program, cliContext)
registerAuthorityCommands(program, cliContext)

program
  .command('demo')
  .description('run a small data space on 127.0.0.1 (an authority, three companies) and walk through it; exit 0 when every step behaved as expected')
  .option('--keep', 'leave the nodes running at the end (in ./demo-data unless --dir)')
  .option('--short', 'small datasets (CI)')
  .option('--dir <dir>', 'where the data space lives (default: a temp folder, or ./demo-data with --keep)')
  .action(async (o: { keep?: boolean; short?: boolean; dir?: string }) => {
    // Ctrl-C or SIGTERM (a timeout, a CI runner): stop the nodes first, then leave
    const interrupted = new AbortController()
    const onSignal = (sig: NodeJS.Signals): void => {
      process.stderr.write(`hanse demo: ${sig}: stopping the demo's nodes\n`)
      interrupted.abort()
    }
    process.once('SIGTERM', onSignal)
    process.once('SIGINT', onSignal)
    // a reader that goes away (| head) must not end the demo before it stops its nodes
    process.stdout.on('error', () => {})
    const { runDemo } = await import('../demo/index.ts')
    const ok = await runDemo({
      signal: interrupted.signal,
      stopped: () => process.exit(130),
      dir: o.dir ?? (o.keep === true ? 'demo-data' : undefined),
      keep: o.keep === true,
      short: o.short === true,
      node: process.execPath,
      cli: fileURLToPath(import.meta.url),
      out: line => {
        process.stdout.write(line + '\n')
      }
    })
    if (!ok) throw new HanseError('DEMO_FAILED', 'a demo step did not behave as expected (see the summary)')
  })

const configCmd = program.command('config').description('work with config files')
configCmd
  .command('check <file>')
  .description('validate a node config without starting anything')
  .action(async (file: string, _o, cmd: Command) => {
    const cfg = loadConfig(file, overrides(g(cmd)))
    // every check start makes short of opening the network and the store
    const { checkConfig } = await import('../node/index.ts')
    const checked = await checkConfig(cfg)
    if (g(cmd).json === true) return out({ ok: true, file: cfg.source, config: cfg, ...checked })
    out(`${cfg.source}: ok (node ${cfg.name}, data dir ${cfg.dataDir}, ${checked.policies} policies, ${checked.datasets} datasets, ${checked.offers} offers)`)
  })

try {
  await program.parseAsync(process.argv)
} catch (raw) {
  let err = raw
  if (raw instanceof CommanderError) {
    // --help and --version end here too, with exit 0
    if (raw.exitCode === 0) process.exit(0)
    err = new UsageError('USAGE', `${raw.message.replace(/^error: /, '')} (see hanse --help)`)
  }
  const body = errorBody(err)
  const wantsJson = process.argv.includes('--json')
  if (wantsJson) process.stderr.write(JSON.stringify({ error: body }) + '\n')
  else process.stderr.write(`hanse: ${body.code}: ${body.message}\n`)
  process.exitCode = err instanceof HanseError ? err.exitCode : 1
}
