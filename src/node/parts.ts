import type { ApiServer } from '../api/index.ts'
import type { CatalogService, DatasetRegistry } from '../catalog/index.ts'
import type { DspServer, TckTrigger } from '../dsp/index.ts'
import type { Clock } from '../clock/index.ts'
import type { NodeConfig } from '../config/index.ts'
import { HanseError } from '../errors/index.ts'
import type { Identity } from '../identity/index.ts'
import type { Ledger, LedgerService } from '../ledger/index.ts'
import type { Logger } from '../logging/index.ts'
import type { NegotiationManager } from '../negotiation/index.ts'
import type { Net } from '../net/index.ts'
import type { Store } from '../store/index.ts'
import type { TransferService } from '../transfer/index.ts'
import type { MembershipService } from '../trust/index.ts'
import type { Metrics } from '../metrics/index.ts'

export interface HanseNodeComponents {
  logger: Logger
  clock: Clock
  /** Reads and validates the config again (the entry point knows the file and the overrides); used by reload. */
  loadConfig?: () => NodeConfig
  /**
   * A full, memory-reducing garbage collection (the entry point exposes V8's). When given, the
   * node runs it once it goes quiet after work (see src/memory); without it memory is V8's affair.
   */
  collectGarbage?: () => void
}

/** What a reload changed, and what it could not (those settings need a restart). */
export interface ReloadResult {
  applied: string[]
  policies: number
  datasets: number
  offers: number
  /** Keys whose new values take effect only after a restart. */
  restartNeeded: string[]
}

/** Settings a running node cannot change: they are read once by components that hold sockets, files or keys. */
export const RESTART_KEYS = ['name', 'dataDir', 'network', 'api', 'dsp', 'logging', 'catalog', 'negotiation', 'transfer', 'trust'] as const

export interface HanseNodeInit {
  config: NodeConfig
  version: string
}

export interface Startable {
  name: string
  start: () => Promise<void>
  stop: () => Promise<void>
}

/** The parts of a running node (see `HanseNode.parts`). */
export interface NodeParts {
  identity: Identity
  store: Store
  net: Net
  /** Throws API_DISABLED when the admin API is disabled. */
  readonly api: ApiServer
  datasets: DatasetRegistry
  catalog: CatalogService
  negotiations: NegotiationManager
  transfers: TransferService
  ledger: Ledger
  ledgerService: LedgerService
  /** Trust mode `members` only; throws otherwise. */
  readonly membership: MembershipService
  /** The DSP listener; throws DSP_DISABLED when `dsp.enabled` is false. */
  readonly dsp: DspServer
  /** The DSP TCK trigger; throws DSP_DISABLED unless `dsp.tck.enabled`. */
  readonly dspTck: TckTrigger
}

/**
 * The running node's parts, typed (for tests and embedding): NODE_NOT_RUNNING before `start` or
 * after `stop`; `api` and `membership` throw when the node runs without them.
 */
export function partsOf(name: string, state: string, p: { [K in keyof NodeParts]?: NodeParts[K] | undefined }): NodeParts {
  const { identity, store, net, api, datasets, catalog, negotiations, transfers, ledger, ledgerService, membership, dsp, dspTck } = p
  if (
    identity === undefined ||
    store === undefined ||
    net === undefined ||
    datasets === undefined ||
    catalog === undefined ||
    negotiations === undefined ||
    transfers === undefined ||
    ledger === undefined ||
    ledgerService === undefined
  )
    throw new HanseError('NODE_NOT_RUNNING', `node ${name} is not running (${state})`)
  return {
    identity,
    store,
    net,
    datasets,
    catalog,
    negotiations,
    transfers,
    ledger,
    ledgerService,
    get api(): ApiServer {
      if (api === undefined) throw new HanseError('API_DISABLED', `node ${name} runs without its admin API (api.enabled: false)`)
      return api
    },
    get membership(): MembershipService {
      if (membership === undefined) throw new HanseError('NOT_A_MEMBER', `node ${name} does not run in trust mode members`)
      return membership
    },
    get dsp(): DspServer {
      if (dsp === undefined) throw new HanseError('DSP_DISABLED', `node ${name} runs without the DSP binding (dsp.enabled: false)`)
      return dsp
    },
    get dspTck(): TckTrigger {
      if (dspTck === undefined) throw new HanseError('DSP_DISABLED', `node ${name} runs without the DSP TCK trigger (dsp.tck.enabled: false)`)
      return dspTck
    }
  }
}

/** What each start stage of the node gets: the config and shared services, and how to register a part. */
export interface StartContext {
  config: NodeConfig
  logger: Logger
  clock: Clock
  metrics: Metrics
  version: string
  /** Start a part and have the node stop it, in reverse order, on stop or a failed start. */
  run: (c: Startable) => Promise<void>
  /** `run` for a component with its own start() and stop(). */
  runPart: (name: string, part: { start: () => Promise<void>; stop: () => Promise<void> }) => Promise<void>
}
