import { stat, statfs } from 'node:fs/promises'
import { dirname } from 'node:path'
import { TransferError } from './records.ts'

/** What the check reads of the file system (narrow, so a test can play a filling disk). */
export interface SpaceProbe {
  /** The device a path lives on. */
  device: (path: string) => Promise<number>
  /** Bytes an unprivileged writer may still use on the file system of `path`. */
  available: (path: string) => Promise<number>
}

export const fileSystemProbe: SpaceProbe = {
  device: async path => (await stat(path)).dev,
  available: async path => {
    const fs = await statfs(path)
    return fs.bavail * fs.bsize
  }
}

/**
 * A download must not take the last of the disk the node's own store lives on: LevelDB then
 * fails its synced writes, and the node can no longer record a negotiation or a ledger entry.
 * So where a download's directory is on the data dir's device, it stops with DISK_FULL while
 * `reserveBytes` would still be free, counting what it still has to write (`need`); elsewhere
 * the operator chose the disk, and only a real ENOSPC stops it. Returns a check to run before
 * the first byte and again as the bytes land.
 */
export function spaceCheck(probe: SpaceProbe, init: { dataDir?: string; reserveBytes: number }): (dest: string, need: number) => Promise<void> {
  let dataDevice: Promise<number | undefined> | undefined
  return async (dest, need) => {
    if (init.dataDir === undefined || init.reserveBytes <= 0) return
    dataDevice ??= probe.device(init.dataDir).catch(() => undefined)
    const dir = dirname(dest)
    const [mine, data] = await Promise.all([probe.device(dir), dataDevice])
    if (data === undefined || mine !== data) return
    const free = await probe.available(dir)
    if (free - need < init.reserveBytes) {
      const mib = (n: number): string => `${Math.max(0, Math.floor(n / 1024 / 1024))} MiB`
      throw new TransferError(
        'DISK_FULL',
        `${mib(free)} free on the data dir's disk and ${mib(need)} still to write, but transfer.diskReserveBytes keeps ${mib(init.reserveBytes)} for the node's store: free some space, or download to another disk`
      )
    }
  }
}
