import { writeFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig, type NodeConfig } from '../config/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Store } from '../store/index.ts'
import type { Identity } from '../identity/index.ts'
import type { Net } from '../net/index.ts'
import type { ApiServer, NodeStatus } from '../api/index.ts'
import type { PeerView } from '../net/index.ts'
import { Metrics } from '../metrics/index.ts'
import { loadPolicyDir, type Policy } from '../policy/index.ts'
import { catalogRoutes, type CatalogService, type DatasetRegistry } from '../catalog/index.ts'
import { negotiationRoutes, usageRoutes, type NegotiationManager } from '../negotiation/index.ts'
import { transferRoutes, type TransferService } from '../transfer/index.ts'
import { canonicalJson, ledgerRoutes, type Ledger, type LedgerService } from '../ledger/index.ts'
import type { MembershipService } from '../trust/index.ts'
import { HanseError } from '../errors/index.ts'
import { IdleCollector } from '../memory/index.ts'
import { participantIdOf } from './dsp.ts'
import { createApi } from './api.ts'
import type { DspServer, TckTrigger } from '../dsp/index.ts'
import { configDigests } from './digests.ts'
import { startCore } from './core.ts'
import { startNetwork } from './network.ts'
import { startProtocols } from './protocols.ts'

export { checkConfig } from './check.ts'

export { RUNTIME_FILE, readRuntimeInfo, type RuntimeInfo } from './runtime.ts'
import { RUNTIME_FILE, type RuntimeInfo } from './runtime.ts'
import {
  partsOf,
  RESTART_KEYS,
  type HanseNodeComponents,
  type HanseNodeInit,
  type NodeParts,
  type ReloadResult,
  type Startable,
  type StartContext
} from './parts.ts'

export type { HanseNodeComponents, HanseNodeInit, NodeParts, ReloadResult } from './parts.ts'

/**
 * The composition root: builds every component from the frozen config, starts them in order,
 * stops them in reverse, and on a failed start stops whatever had started (rollback).
 */
export class HanseNode {
  readonly config: NodeConfig
  private readonly logger: Logger
  private readonly clock: Clock
  private readonly version: string
  private started: Startable[] = []
  private state: 'stopped' | 'starting' | 'running' | 'stopping' = 'stopped'
  private startedAt = 0
  private identity: Identity | undefined
  private store: Store | undefined
  private net: Net | undefined
  private api: ApiServer | undefined
  private datasets: DatasetRegistry | undefined
  private catalog: CatalogService | undefined
  private negotiations: NegotiationManager | undefined
  private transfers: TransferService | undefined
  private ledger: Ledger | undefined
  private ledgerService: LedgerService | undefined
  private membership: MembershipService | undefined
  private dsp: DspServer | undefined
  private dspTck: TckTrigger | undefined
  readonly metrics = new Metrics()
  private policies: ReadonlyMap<string, Policy> = new Map()
  private readonly loadConfig: (() => NodeConfig) | undefined
  private readonly collectGarbage: (() => void) | undefined
  private reloading: Promise<ReloadResult> | undefined

  constructor(components: HanseNodeComponents, init: HanseNodeInit) {
    this.logger = components.logger
    this.clock = components.clock
    this.loadConfig = components.loadConfig
    this.collectGarbage = components.collectGarbage
    this.config = init.config
    this.version = init.version
  }

  get peerId(): string {
    if (this.identity === undefined) throw new Error('node not started')
    return this.identity.peerId.toString()
  }

  /**
   * The running node's parts, typed (for tests and embedding): throws NODE_NOT_RUNNING before
   * `start` or after `stop`.
   */
  get parts(): NodeParts {
    const { identity, store, net, api, datasets, catalog, negotiations, transfers, ledger, ledgerService, membership, dsp, dspTck } = this
    return partsOf(this.config.name, this.state, {
      identity,
      store,
      net,
      api,
      datasets,
      catalog,
      negotiations,
      transfers,
      ledger,
      ledgerService,
      membership,
      dsp,
      dspTck
    })
  }

  get isRunning(): boolean {
    return this.state === 'running'
  }

  async start(): Promise<void> {
    if (this.state !== 'stopped') return
    this.state = 'starting'
    const { config, logger, clock } = this
    const ctx: StartContext = {
      config,
      logger,
      clock,
      metrics: this.metrics,
      version: this.version,
      run: async c => {
        await this.run(c)
      },
      runPart: async (name, part) => {
        await this.runPart(name, part)
      }
    }
    try {
      // policies first: pure validation of files, nothing is touched when they are wrong
      this.policies = loadPolicyDir(config.policies.dir)
      const core = await startCore(ctx, this.policies)
      const { datasets, identity, ledger } = core
      this.store = core.store
      this.datasets = datasets
      this.identity = identity
      this.ledger = ledger
      const network = await startNetwork(ctx, core)
      const { net, membership } = network
      this.net = net
      this.membership = membership
      const { catalog, negotiations, ledgerService, transfers, dsp } = await startProtocols(ctx, core, network)
      this.catalog = catalog
      this.negotiations = negotiations
      this.ledgerService = ledgerService
      this.transfers = transfers
      this.dsp = dsp?.server
      this.dspTck = dsp?.tck

      if (config.api.enabled) {
        const api = createApi({
          config,
          logger,
          metrics: this.metrics,
          version: this.version,
          node: this.apiView(),
          routes: [
            catalogRoutes({ catalog, datasets, policies: () => this.policies, members: peer => membership?.facts(peer), now: () => clock.now() }),
            negotiationRoutes({ negotiations }),
            transferRoutes({ transfers, now: () => clock.now() }),
            ledgerRoutes({ ledger, service: ledgerService }),
            usageRoutes({ ledger, agreements: negotiations, now: () => clock.now() }),
            ...(dsp === undefined ? [] : [dsp.adminRoutes(negotiations)])
          ]
        })
        await this.runPart('api', api)
        this.api = api
      }

      const collect = this.collectGarbage
      let idle: IdleCollector | undefined
      if (collect !== undefined) {
        idle = new IdleCollector({
          collect,
          logger: logger.child({ component: 'memory' }),
          counted: () => this.metrics.idleCollections.inc(),
          release: () => transfers.releaseIdle()
        })
        await this.run({
          name: 'idle-collector',
          start: async () => {
            idle?.start()
          },
          stop: async () => {
            idle?.stop()
          }
        })
      }

      // what this node runs under, and that it runs
      await ledger.append({ type: 'config.loaded', payload: configDigests(config, this.policies, datasets) })
      await ledger.append({ type: 'node.started', payload: { version: this.version, peerId: identity.peerId.toString(), listen: net.listenAddrs() } })

      this.startedAt = clock.now()
      const runtime: RuntimeInfo = {
        pid: process.pid,
        peerId: identity.peerId.toString(),
        apiUrl: this.api?.url ?? null,
        startedAt: new Date(this.startedAt).toISOString()
      }
      writeFileSync(join(config.dataDir, RUNTIME_FILE), JSON.stringify(runtime, null, 2) + '\n', { mode: 0o600 })
      this.state = 'running'
      logger.info({ name: config.name, peerId: runtime.peerId, api: runtime.apiUrl, listen: net.listenAddrs() }, 'hanse node started')
      // what starting left behind goes now, not at the first quiet period (~50 ms, once)
      idle?.collectNow('started')
    } catch (err) {
      logger.debug({ err }, 'start failed; rolling back')
      await this.stopStarted()
      this.state = 'stopped'
      throw err
    }
  }

  async stop(): Promise<void> {
    if (this.state !== 'running') return
    this.state = 'stopping'
    rmSync(join(this.config.dataDir, RUNTIME_FILE), { force: true })
    await this.stopStarted()
    this.state = 'stopped'
    this.logger.info('hanse node stopped')
  }

  /**
   * Reload policies, datasets and the revocation list from the config (SIGHUP, `POST /v1/reload`,
   * `hanse reload`) without touching connections or running transfers. An invalid config, policy
   * or dataset is refused with the error and the running ones stay.
   */
  async reload(next?: NodeConfig): Promise<ReloadResult> {
    if (this.state !== 'running' || this.datasets === undefined) throw new HanseError('NODE_NOT_RUNNING', 'the node is not running')
    // one reload at a time: a second SIGHUP waits for the first
    const prev = this.reloading ?? Promise.resolve(undefined as unknown as ReloadResult)
    const run = prev.catch(() => {}).then(async () => await this.reloadOnce(next))
    this.reloading = run
    try {
      return await run
    } finally {
      if (this.reloading === run) this.reloading = undefined
    }
  }

  private async reloadOnce(next?: NodeConfig): Promise<ReloadResult> {
    const datasets = this.datasets as DatasetRegistry
    const cfg = next ?? this.loadConfig?.() ?? (this.config.source === '<inline>' ? undefined : loadConfig(this.config.source))
    if (cfg === undefined) throw new HanseError('RELOAD_UNAVAILABLE', 'this node was started from an inline config; there is no file to reload')
    const policies = loadPolicyDir(cfg.policies.dir)
    await datasets.reload({ configFile: cfg.source, datasets: cfg.datasets, policies })
    this.policies = policies
    this.metrics.datasets.set(datasets.datasets.length)
    const applied = ['policies', 'datasets']
    if (this.membership !== undefined) {
      await this.membership.forceReloadRevocations()
      applied.push('trust.revocationList')
    }
    const restartNeeded = RESTART_KEYS.filter(k => canonicalJson(cfg[k]) !== canonicalJson(this.config[k]))
    await this.ledger?.append({ type: 'config.loaded', payload: { ...configDigests(cfg, policies, datasets), reload: true, restartNeeded } })
    const result = { applied, policies: policies.size, datasets: datasets.datasets.length, offers: datasets.offers.length, restartNeeded }
    this.logger.info(result, restartNeeded.length > 0 ? 'config reloaded; some changes need a restart' : 'config reloaded')
    return result
  }

  async status(): Promise<NodeStatus> {
    const net = this.requireNet()
    const peers = await net.libp2p.peerStore.all()
    return {
      name: this.config.name,
      peerId: this.peerId,
      version: this.version,
      startedAt: new Date(this.startedAt).toISOString(),
      uptimeSeconds: Math.max(0, Math.round((this.clock.now() - this.startedAt) / 1000)),
      listenAddrs: net.listenAddrs(),
      announceAddrs: [...this.config.network.announce],
      connectedPeers: net.libp2p.getPeers().length,
      knownPeers: peers.filter(p => !p.id.equals(net.peerId)).length,
      trustMode: this.config.trust.mode,
      did: this.identity === undefined ? '' : participantIdOf(this.config, this.identity),
      membership: this.membership?.ownStatus() ?? null,
      dataDir: this.config.dataDir
    }
  }

  async peers(): Promise<PeerView[]> {
    const list = await this.requireNet().peers()
    const m = this.membership
    if (m === undefined) return list
    return list.map(p => {
      const s = m.view(p.peerId)
      if (s === undefined) return { ...p, membership: null }
      return {
        ...p,
        membership: {
          status: s.state,
          orgName: s.credential?.orgName,
          orgId: s.credential?.orgId,
          country: s.credential?.country,
          attributes: s.credential?.attributes,
          validUntil: s.credential?.expiresAt,
          did: s.did,
          issuer: s.credential?.authorityId,
          code: s.code,
          reason: s.reason,
          acceptsUs: s.acceptsUs
        }
      }
    })
  }

  private apiView(): { status: () => Promise<NodeStatus>; peers: () => Promise<PeerView[]>; ready: () => boolean; reload: () => Promise<ReloadResult> } {
    return {
      status: async () => await this.status(),
      peers: async () => await this.peers(),
      ready: () => this.state === 'running',
      reload: async () => await this.reload()
    }
  }

  private requireNet(): Net {
    if (this.net === undefined) throw new Error('node not started')
    return this.net
  }

  /** Start a part and remember it, to be stopped in reverse order. */
  private async run(c: Startable): Promise<void> {
    await c.start()
    this.started.push(c)
  }

  /** `run` for a component with its own start() and stop(). */
  private async runPart(name: string, part: { start: () => Promise<void>; stop: () => Promise<void> }): Promise<void> {
    await this.run({
      name,
      start: async () => {
        await part.start()
      },
      stop: async () => {
        await part.stop()
      }
    })
  }

  private async stopStarted(): Promise<void> {
    const list = this.started.reverse()
    this.started = []
    for (const c of list) {
      try {
        await c.stop()
      } catch (err) {
        this.logger.error({ err, component: c.name }, 'component failed to stop')
      }
    }
    this.store = undefined
    this.net = undefined
    this.api = undefined
    this.datasets = undefined
    this.catalog = undefined
    this.negotiations = undefined
    this.transfers = undefined
    this.ledger = undefined
    this.ledgerService = undefined
    this.membership = undefined
    this.dsp = undefined
    this.dspTck = undefined
  }
}

/**
 * What the ledger records of a configuration load: a hash of the validated config, of every
 * policy and of the dataset list (ids, content digests, offers), so a later dispute can tell
 * which rules were in force. The files themselves stay with the operator.
 */
