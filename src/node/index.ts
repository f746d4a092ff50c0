import { writeFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig, type NodeConfig } from '../config/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Logger } from '../logging/index.ts'
import { Store } from '../store/index.ts'
import { ensureDataDir, loadOrCreateIdentity, signerOf, type Identity } from '../identity/index.ts'
import { Net } from '../net/index.ts'
import type { ApiServer, NodeStatus } from '../api/index.ts'
import type { PeerView } from '../net/index.ts'
import { Metrics } from '../metrics/index.ts'
import { LevelDatastore } from 'datastore-level'
import { loadPolicyDir, type Policy } from '../policy/index.ts'
import { CatalogService, DatasetRegistry, catalogRoutes } from '../catalog/index.ts'
import { Libp2pNegotiationBinding, NegotiationManager, RoutedNegotiationBinding, negotiationRoutes, usageRoutes } from '../negotiation/index.ts'
import { Libp2pTransferPlane, TransferService, transferRoutes } from '../transfer/index.ts'
import { Ledger, LedgerService, canonicalJson, ledgerRoutes } from '../ledger/index.ts'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import type { MembershipService } from '../trust/index.ts'
import { HanseError } from '../errors/index.ts'
import { IdleCollector } from '../memory/index.ts'
import { readPsk } from './psk.ts'
import { createDsp, dspOffer, participantIdOf } from './dsp.ts'
import { createDcp } from './dcp.ts'
import { createMembership, memberHost } from './members.ts'
import { createApi } from './api.ts'
import type { DspServer, TckTrigger } from '../dsp/index.ts'
import { wireMetrics } from './metrics.ts'
import { configDigests } from './digests.ts'

export { checkConfig } from './check.ts'

export { RUNTIME_FILE, readRuntimeInfo, type RuntimeInfo } from './runtime.ts'
import { RUNTIME_FILE, type RuntimeInfo } from './runtime.ts'
import { partsOf, RESTART_KEYS, type HanseNodeComponents, type HanseNodeInit, type NodeParts, type ReloadResult, type Startable } from './parts.ts'

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
    try {
      // policies first: pure validation of files, nothing is touched when they are wrong
      this.policies = loadPolicyDir(config.policies.dir)
      ensureDataDir(config.dataDir)

      // the store first: its LOCK file is what tells us another node owns this data dir
      const store = new Store({ clock }, { dataDir: config.dataDir })
      await this.runPart('store', store)
      this.store = store

      const datasets = new DatasetRegistry(
        { store, logger: logger.child({ component: 'datasets' }) },
        {
          configFile: config.source,
          datasets: config.datasets,
          policies: this.policies
        }
      )
      await this.runPart('datasets', datasets)
      this.datasets = datasets
      this.metrics.datasets.set(datasets.datasets.length)

      const identity = await loadOrCreateIdentity(config.dataDir)
      this.identity = identity
      const log = logger.child({ component: 'identity' })
      if (identity.created) log.info({ peerId: identity.peerId.toString(), keyFile: identity.keyFile }, 'created node key')
      if (identity.insecureMode !== undefined) {
        log.warn({ keyFile: identity.keyFile, mode: identity.insecureMode.toString(8) }, 'node key file is readable by other users; run chmod 600 on it')
      }
      const dirMode = statSync(config.dataDir).mode & 0o777
      if ((dirMode & 0o077) !== 0)
        log.warn(
          { dataDir: config.dataDir, mode: dirMode.toString(8) },
          'the data dir is open to other users (it holds the node key, the admin token and the ledger); run chmod 700 on it'
        )

      // the usage ledger before anything that logs to it
      const signer = signerOf(identity)
      const ledger = new Ledger({ store, clock, signer, logger: logger.child({ component: 'ledger' }), metrics: this.metrics })
      await this.run({
        name: 'ledger',
        start: async () => {
          await ledger.start()
        },
        stop: async () => {
          // the last words of a clean stop, and a checkpoint covering them
          await ledger.append({ type: 'node.stopped', payload: { version: this.version } }).catch((err: Error) => {
            logger.error({ err }, 'could not log the stop')
          })
          await ledger.checkpoint().catch(() => {})
          await ledger.stop()
        }
      })
      this.ledger = ledger

      // a node that restarts still knows how to reach the peers it has open business with
      const datastore = new LevelDatastore(store.sublevel<Uint8Array>('libp2p') as unknown as ConstructorParameters<typeof LevelDatastore>[0])
      await datastore.open()
      // trust mode `members` without housekeeping: a peer refused a minute ago is kept out at the
      // connection stage (the membership service exists once the network is up)
      let membership: MembershipService | undefined
      const members = config.trust.mode === 'members'
      const refused = members && !config.trust.allowHousekeeping ? (peer: PeerId) => membership?.recentlyRefused(peer.toString()) === true : undefined
      // peer exchange in trust mode `members`: records go to and come from verified members only
      const exchangeAllowed = members
        ? async (peer: PeerId): Promise<boolean> => {
            if (membership === undefined) return false
            await membership.ensure(peer.toString())
            return membership.isMember(peer.toString())
          }
        : undefined
      const net = new Net(
        {
          privateKey: identity.privateKey,
          logger: logger.child({ component: 'net' }),
          datastore,
          refused,
          exchangeAllowed,
          metricsRegistry: this.metrics.registry
        },
        {
          ...config.network,
          trust: config.trust,
          psk: config.trust.psk === undefined ? undefined : readPsk(config.trust.psk)
        }
      )
      await this.runPart('net', net)
      this.net = net
      const libp2p = net.libp2p

      // DIDs and W3C credentials: this node's, and the issuers it trusts (DSP and libp2p alike)
      let dspServer: DspServer | undefined
      const dcp = createDcp({
        config,
        identity,
        clock,
        logger,
        audiences: () => {
          const id = participantIdOf(config, identity)
          return dspServer === undefined ? [id] : [id, dspServer.baseUrl, dspServer.publicUrl]
        },
        dspBaseUrl: () => dspServer?.baseUrl ?? ''
      })

      // membership: verified credentials of peers (and ours), when the data space has an authority
      const m = createMembership({ config, host: libp2p, selfId: identity.peerId.toString(), logger, metrics: this.metrics, clock, ledger, vc: dcp.libp2p })
      if (m !== undefined) {
        await this.runPart('membership', m)
        membership = m
        this.membership = m
        // a peer that is no longer a member is no longer vouched for to others
        m.on('invalid', peer => {
          net.forgetPeer(peer)
        })
        m.on('refused', peer => {
          net.forgetPeer(peer)
        })
      }
      const facts = membership === undefined ? undefined : (peer: PeerId) => membership?.facts(peer.toString())
      // in `members` mode the data protocols see a host that only members get through
      const dataHost = members && membership !== undefined ? memberHost(libp2p, membership, this.metrics, logger) : libp2p
      const catalog = new CatalogService(
        {
          host: dataHost,
          members: facts,
          datasets,
          logger: logger.child({ component: 'catalog' }),
          metrics: this.metrics,
          clock,
          ledger
        },
        config.catalog
      )
      await this.runPart('catalog', catalog)
      this.catalog = catalog

      // DSP participants negotiate over HTTPS, libp2p peers over libp2p: one core, two bindings.
      // DSP is asked first: its check is a pattern test, libp2p's parses (and throws) per call
      let manager: NegotiationManager | undefined
      let ledgerProtocol: LedgerService | undefined
      const dsp = config.dsp.enabled
        ? createDsp({
            config,
            identity,
            catalog,
            store,
            logger,
            metrics: this.metrics,
            clock,
            negotiations: () => manager,
            datasets,
            ledger,
            ledgerService: () => ledgerProtocol,
            dcp,
            listening: server => {
              dspServer = server
            }
          })
        : undefined
      const libp2pBinding = new Libp2pNegotiationBinding(
        { host: dataHost, logger: logger.child({ component: 'negotiation-libp2p' }), metrics: this.metrics, self: identity.peerId.toString() },
        { requestTimeoutMs: config.negotiation.requestTimeoutMs }
      )
      const negotiations = new NegotiationManager(
        {
          binding: dsp === undefined ? libp2pBinding : new RoutedNegotiationBinding([dsp.negotiation, libp2pBinding]),
          // verified members: libp2p peers by the membership exchange, DSP participants by DCP
          members: peer => membership?.facts(peer) ?? dsp?.dcp.verifier?.facts(peer),
          store,
          datasets,
          signer,
          ledger,
          logger: logger.child({ component: 'negotiation' }),
          metrics: this.metrics,
          clock,
          fetchOffer: async (peer, offerId, signal) =>
            dsp !== undefined && dsp.negotiation.checkPeer(peer) === undefined
              ? await dspOffer(dsp, peer, offerId)
              : await catalog.fetchOffer(peerIdFromString(peer), offerId, signal)
        },
        config.negotiation
      )
      await this.runPart('negotiation', negotiations)
      this.negotiations = negotiations
      manager = negotiations

      const ledgerService = new LedgerService({
        host: dataHost,
        ledger,
        agreements: negotiations,
        logger: logger.child({ component: 'ledger-protocol' }),
        metrics: this.metrics,
        selfId: identity.peerId.toString(),
        remote: dsp?.ledgerRemote
      })
      ledgerProtocol = ledgerService
      await this.runPart('ledger-protocol', ledgerService)
      this.ledgerService = ledgerService

      const transfers = new TransferService(
        {
          dataPlane: new Libp2pTransferPlane({ host: dataHost, logger: logger.child({ component: 'transfer-libp2p' }), metrics: this.metrics }),
          members: facts,
          memberRequired: members,
          store,
          datasets,
          agreements: negotiations,
          signer,
          ledger,
          checkpoints: {
            exchange: async (peer, info) => {
              await ledgerService.exchange(peer, info)
            }
          },
          logger: logger.child({ component: 'transfer' }),
          metrics: this.metrics,
          clock
        },
        { ...config.transfer, dataDir: config.dataDir }
      )
      await this.runPart('transfer', transfers)
      this.transfers = transfers

      wireMetrics(this.metrics, { libp2p, negotiations, transfers })

      if (membership !== undefined && members) {
        // a member that stops being one: its transfers end (with the reason), then it is cut off
        membership.on('invalid', (peer, st) => {
          void (async () => {
            await transfers.endPeer(peer, st.code ?? 'MEMBERSHIP_INVALID', st.reason ?? 'no longer a verified member')
            await libp2p.hangUp(peerIdFromString(peer)).catch(() => {})
          })()
        })
        if (!config.trust.allowHousekeeping)
          membership.on('refused', peer => {
            void libp2p.hangUp(peerIdFromString(peer)).catch(() => {})
          })
      }

      if (dsp !== undefined) {
        const server = dsp.server
        await this.run({
          name: 'dsp',
          start: async () => {
            await server.start()
            await dsp.transfers.start()
            await dsp.tck?.start()
            dsp.dcp.verifier?.start()
          },
          stop: async () => {
            dsp.dcp.verifier?.stop()
            await dsp.tck?.stop()
            dsp.transfers.stop()
            await server.stop()
            dsp.client.close()
          }
        })
        this.dsp = server
        this.dspTck = dsp.tck
      }

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
