import type { Clock } from '../clock/index.ts'
import { systemClock } from '../clock/index.ts'
import { ensureDataDir, loadOrCreateIdentity, signerOf } from '../identity/index.ts'
import { silentLogger } from '../logging/index.ts'
import { Store } from '../store/index.ts'
import { Ledger } from './ledger.ts'
import type { LedgerInit } from './types.ts'

/**
 * The ledger of a data dir whose node is not running (the node holds the LevelDB lock while it
 * runs): `hanse ledger verify` on a stopped node, benchmarks, and tests that inspect or tamper.
 * `close` stops the ledger and the store.
 */
export async function openLedgerDir(
  dataDir: string,
  clock: Clock = systemClock,
  init: Partial<LedgerInit> = {}
): Promise<{ ledger: Ledger; store: Store; peerId: string; close: () => Promise<void> }> {
  ensureDataDir(dataDir)
  const identity = await loadOrCreateIdentity(dataDir)
  const store = new Store({ clock }, { dataDir })
  await store.start()
  const peerId = identity.peerId.toString()
  const ledger = new Ledger({ store, clock, signer: signerOf(identity), logger: silentLogger() }, { ...init, checkAtStart: false })
  try {
    await ledger.start()
  } catch (err) {
    await store.stop()
    throw err
  }
  return {
    ledger,
    store,
    peerId,
    close: async () => {
      await ledger.stop()
      await store.stop()
    }
  }
}
