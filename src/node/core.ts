import { statSync } from 'node:fs'
import { DatasetRegistry } from '../catalog/index.ts'
import { ensureDataDir, loadOrCreateIdentity, signerOf, type Identity, type Signer } from '../identity/index.ts'
import { Ledger } from '../ledger/index.ts'
import type { Policy } from '../policy/index.ts'
import { Store } from '../store/index.ts'
import type { StartContext } from './parts.ts'

/** The first start stage: what everything else stands on. */
export interface Core {
  store: Store
  datasets: DatasetRegistry
  identity: Identity
  signer: Signer
  ledger: Ledger
}

/**
 * The store (its LOCK file tells whether another node owns the data dir), the datasets, the
 * node's key, and the usage ledger before anything that logs to it.
 */
export async function startCore(ctx: StartContext, policies: ReadonlyMap<string, Policy>): Promise<Core> {
  const { config, logger, clock, metrics } = ctx
  ensureDataDir(config.dataDir)

  const store = new Store({ clock }, { dataDir: config.dataDir })
  await ctx.runPart('store', store)

  const datasets = new DatasetRegistry(
    { store, logger: logger.child({ component: 'datasets' }) },
    {
      configFile: config.source,
      datasets: config.datasets,
      policies
    }
  )
  await ctx.runPart('datasets', datasets)
  metrics.datasets.set(datasets.datasets.length)

  const identity = await loadOrCreateIdentity(config.dataDir)
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

  const signer = signerOf(identity)
  const ledger = new Ledger({ store, clock, signer, logger: logger.child({ component: 'ledger' }), metrics })
  await ctx.run({
    name: 'ledger',
    start: async () => {
      await ledger.start()
    },
    stop: async () => {
      // the last words of a clean stop, and a checkpoint covering them
      await ledger.append({ type: 'node.stopped', payload: { version: ctx.version } }).catch((err: Error) => {
        logger.error({ err }, 'could not log the stop')
      })
      await ledger.checkpoint().catch(() => {})
      await ledger.stop()
    }
  })
  return { store, datasets, identity, signer, ledger }
}
