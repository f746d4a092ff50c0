/**
 * The `hanse` command. This is the entry point, the only module that reads `process.env`:
 *   HANSE_CONFIG     config file (default: config/node.example.yaml)
 *   HANSE_DATA_DIR   overrides `dataDir` from the config
 *   HANSE_LOG_LEVEL  overrides `logging.level`
 */
import { readFileSync } from 'node:fs'
import { Command, Option } from 'commander'
import { loadConfig, type NodeConfig, type ConfigOverrides } from '../config/index.ts'
import { HanseError, errorBody } from '../errors/index.ts'
import { createLogger } from '../logging/index.ts'
import { systemClock } from '../clock/index.ts'
import { HanseNode } from '../node/index.ts'
import { ensureDataDir, loadOrCreateIdentity, loadOrCreateToken } from '../identity/index.ts'
import { ApiClient } from './client.ts'
import { table, duration } from './format.ts'
import { registerCatalogCommands } from './catalog.ts'
import { registerNegotiationCommands } from './negotiation.ts'
import { registerTransferCommands } from './transfer.ts'
import { registerLedgerCommands } from './ledger.ts'
import { registerAuthorityCommands } from './authority.ts'
import { runDemo } from '../demo/index.ts'
import { fileURLToPath } from 'node:url'
import type { NodeStatus } from '../api/index.ts'
import type { PeerView } from '../net/index.ts'

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
const env = process.env
const DEFAULT_CONFIG = env.HANSE_CONFIG ?? 'config/node.example.yaml'

interface GlobalOpts { config: string, dataDir?: string, json?: boolean }

function overrides (opts: GlobalOpts): ConfigOverrides {
  const o: ConfigOverrides = {}
  const dataDir = opts.dataDir ?? env.HANSE_DATA_DIR
  if (dataDir !== undefined && dataDir !== '') o.dataDir = dataDir
  if (env.HANSE_LOG_LEVEL !== undefined && env.HANSE_LOG_LEVEL !== '') o.logLevel = env.HANSE_LOG_LEVEL
  return o
}

function config (opts: GlobalOpts): NodeConfig { return loadConfig(opts.config, overrides(opts)) }
function client (opts: GlobalOpts): ApiClient { return ApiClient.fromDataDir(config(opts).dataDir) }
function out (value: unknown): void { process.stdout.write(typeof value === 'string' ? value + '\n' : JSON.stringify(value, null, 2) + '\n') }

const program = new Command()
program
  .name('hanse')
  .description('hanse: a peer-to-peer data-exchange connector for European data spaces')
  .version(VERSION)
  .addOption(new Option('-c, --config <file>', 'node config file (env HANSE_CONFIG)').default(DEFAULT_CONFIG))
  .addOption(new Option('-d, --data-dir <dir>', 'override dataDir from the config (env HANSE_DATA_DIR)'))
  .option('--json', 'machine-readable output on read commands')
  .showHelpAfterError()

const g = (cmd: Command): GlobalOpts => cmd.optsWithGlobals<GlobalOpts>()

program.command('init')
  .description('create the data dir, the node key and the admin token; print the peer ID')
  .action(async (_o, cmd: Command) => {
    const cfg = config(g(cmd))
    ensureDataDir(cfg.dataDir)
    const id = await loadOrCreateIdentity(cfg.dataDir)
    loadOrCreateToken(cfg.dataDir)
    if (g(cmd).json === true) return out({ peerId: id.peerId.toString(), dataDir: cfg.dataDir, keyFile: id.keyFile, created: id.created })
    out(`${id.created ? 'created' : 'kept existing'} node key ${id.keyFile}\npeer ID: ${id.peerId.toString()}\ndata dir: ${cfg.dataDir}`)
  })

program.command('start')
  .description('start the node in the foreground (SIGTERM/SIGINT stop it cleanly)')
  .action(async (_o, cmd: Command) => {
    const cfg = config(g(cmd))
    const logger = createLogger({ level: cfg.logging.level, pretty: cfg.logging.pretty, isTTY: process.stdout.isTTY === true })
    const opts = g(cmd)
    const node = new HanseNode({ logger, clock: systemClock, loadConfig: () => config(opts) }, { config: cfg, version: VERSION })
    let stopping = false
    const onSignal = (sig: NodeJS.Signals): void => {
      if (stopping) {
        logger.warn({ signal: sig }, 'second signal: forcing exit')
        process.exit(130)
      }
      stopping = true
      logger.info({ signal: sig }, 'stopping')
      node.stop().then(() => process.exit(0), (err: unknown) => {
        logger.error({ err }, 'clean stop failed')
        process.exit(1)
      })
    }
    process.on('SIGTERM', onSignal)
    process.on('SIGINT', onSignal)
    // SIGHUP: reload policies, datasets and the revocation list; a bad config is logged and ignored
    process.on('SIGHUP', () => {
      node.reload().catch((err: unknown) => { logger.error({ err: errorBody(err) }, 'reload refused; the running config stays') })
    })
    await node.start()
  })

program.command('status')
  .description('show the running node: peer ID, addresses, version, uptime, peers')
  .action(async (_o, cmd: Command) => {
    const s = await client(g(cmd)).get<NodeStatus>('/v1/status')
    if (g(cmd).json === true) return out(s)
    out([
      `name:        ${s.name}`,
      `peer ID:     ${s.peerId}`,
      `version:     ${s.version}`,
      `uptime:      ${duration(s.uptimeSeconds)} (since ${s.startedAt})`,
      `trust mode:  ${s.trustMode}`,
      ...(s.membership === null ? [] : [`membership:  ${s.membership.state === 'valid' && s.membership.credential !== undefined ? `${s.membership.credential.orgName} (${s.membership.credential.orgId}, ${s.membership.credential.country}), valid until ${s.membership.expiresAt ?? '?'}` : `${s.membership.state}${s.membership.reason !== undefined ? `: ${s.membership.reason}` : ''}`}`]),
      `peers:       ${s.connectedPeers} connected, ${s.knownPeers} known`,
      `data dir:    ${s.dataDir}`,
      'listening:',
      ...s.listenAddrs.map(a => `  ${a}`),
      ...(s.announceAddrs.length > 0 ? ['announcing:', ...s.announceAddrs.map(a => `  ${a}`)] : [])
    ].join('\n'))
  })

program.command('health')
  .description('exit 0 when the node for this config answers /healthz (for container health checks)')
  .action(async (_o, cmd: Command) => {
    const c = client(g(cmd))
    const res = await fetch(`${c.baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) }).catch((err: Error) => { throw new HanseError('UNHEALTHY', `no answer from ${c.baseUrl}: ${err.message}`, { exitCode: 1 }) })
    if (!res.ok) throw new HanseError('UNHEALTHY', `${c.baseUrl}/healthz answered ${res.status}`, { exitCode: 1 })
    out('healthy')
  })

program.command('reload')
  .description('reload policies, datasets and the revocation list of the running node (like SIGHUP); a bad config is refused and the running one stays')
  .action(async (_o, cmd: Command) => {
    const { reload } = await client(g(cmd)).post<{ reload: { applied: string[], policies: number, datasets: number, offers: number, restartNeeded: string[] } }>('/v1/reload')
    if (g(cmd).json === true) return out({ reload })
    out(`reloaded ${reload.applied.join(', ')}: ${reload.policies} policies, ${reload.datasets} datasets, ${reload.offers} offers` +
      (reload.restartNeeded.length > 0 ? `\nchanged but only applied after a restart: ${reload.restartNeeded.join(', ')}` : ''))
  })

program.command('peers')
  .description('list connected and known peers')
  .action(async (_o, cmd: Command) => {
    const { peers } = await client(g(cmd)).get<{ peers: PeerView[] }>('/v1/peers')
    if (g(cmd).json === true) return out({ peers })
    if (peers.length === 0) return out('no peers yet')
    const withMembers = peers.some(p => p.membership !== undefined)
    const member = (p: PeerView): string[] => {
      const m = p.membership
      if (m === undefined) return []
      if (m === null) return ['-', '-', 'unchecked']
      const status = m.status === 'valid' ? `valid until ${(m.validUntil ?? '').slice(0, 10)}` : `${m.status}${m.code !== undefined ? ` (${m.code})` : ''}`
      return [m.orgName ?? '-', m.country ?? '-', status]
    }
    out(table(['PEER', 'CONNECTED', 'RTT', ...(withMembers ? ['ORGANISATION', 'COUNTRY', 'CREDENTIAL'] : []), 'ADDRESS'], peers.map(p => [
      p.peerId,
      p.connected ? 'yes' : 'no',
      p.connections[0]?.rttMs != null ? `${p.connections[0].rttMs} ms` : '-',
      ...member(p),
      p.connections[0]?.remoteAddr ?? p.addresses[0] ?? '-'
    ])))
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

program.command('demo')
  .description('run a small data space on 127.0.0.1 (an authority, three companies) and walk through it; exit 0 when every step behaved as expected')
  .option('--keep', 'leave the nodes running at the end (in ./demo-data unless --dir)')
  .option('--short', 'small datasets (CI)')
  .option('--dir <dir>', 'where the data space lives (default: a temp folder, or ./demo-data with --keep)')
  .action(async (o: { keep?: boolean, short?: boolean, dir?: string }) => {
    const ok = await runDemo({
      dir: o.dir ?? (o.keep === true ? 'demo-data' : undefined),
      keep: o.keep === true,
      short: o.short === true,
      node: process.execPath,
      cli: fileURLToPath(import.meta.url),
      out: (line) => { process.stdout.write(line + '\n') }
    })
    if (!ok) throw new HanseError('DEMO_FAILED', 'a demo step did not behave as expected (see the summary)')
  })

const configCmd = program.command('config').description('work with config files')
configCmd.command('check <file>')
  .description('validate a node config without starting anything')
  .action(async (file: string, _o, cmd: Command) => {
    const cfg = loadConfig(file, overrides(g(cmd)))
    if (g(cmd).json === true) return out({ ok: true, file: cfg.source, config: cfg })
    out(`${cfg.source}: ok (node ${cfg.name}, data dir ${cfg.dataDir})`)
  })

try {
  await program.parseAsync(process.argv)
} catch (err) {
  const body = errorBody(err)
  const wantsJson = process.argv.includes('--json')
  if (wantsJson) process.stderr.write(JSON.stringify({ error: body }) + '\n')
  else process.stderr.write(`hanse: ${body.code}: ${body.message}\n`)
  process.exitCode = err instanceof HanseError ? err.exitCode : 1
}
