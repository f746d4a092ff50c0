import { describe, expect, it } from 'vitest'
import { spaceCheck, type SpaceProbe } from '../../src/transfer/index.ts'

/*
 * The reserve a download leaves on the data dir's disk, against a file system played by the
 * test (its narrow probe): devices and free bytes as the test sets them.
 */

const MiB = 1024 * 1024

function probe(devices: Record<string, number>, free: { bytes: number }): SpaceProbe & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    device: async path => {
      asked.push(path)
      const d = devices[path]
      if (d === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })
      return d
    },
    available: async () => free.bytes
  }
}

describe('spaceCheck', () => {
  it("refuses with DISK_FULL what would leave less than the reserve on the data dir's disk, counting what is still to write", async () => {
    const free = { bytes: 600 * MiB }
    const check = spaceCheck(probe({ '/srv/hanse': 1, '/srv/hanse/received/peer': 1 }, free), { dataDir: '/srv/hanse', reserveBytes: 512 * MiB })
    await check('/srv/hanse/received/peer/data.csv', 80 * MiB)
    await expect(check('/srv/hanse/received/peer/data.csv', 100 * MiB)).rejects.toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/600 MiB free on the data dir's disk and 100 MiB still to write, but transfer.diskReserveBytes keeps 512 MiB/)
    })
    // the disk fills from elsewhere while the download runs
    free.bytes = 500 * MiB
    await expect(check('/srv/hanse/received/peer/data.csv', 0)).rejects.toMatchObject({ code: 'DISK_FULL' })
  })

  it('leaves other disks to the operator, and does nothing with no reserve or no data dir', async () => {
    const free = { bytes: 0 }
    const devices = { '/srv/hanse': 1, '/mnt/bulk': 2 }
    await spaceCheck(probe(devices, free), { dataDir: '/srv/hanse', reserveBytes: 512 * MiB })('/mnt/bulk/data.csv', 10 * MiB)
    const none = probe(devices, free)
    await spaceCheck(none, { dataDir: '/srv/hanse', reserveBytes: 0 })('/srv/hanse/x', 10 * MiB)
    await spaceCheck(none, { reserveBytes: 512 * MiB })('/srv/hanse/x', 10 * MiB)
    expect(none.asked).toEqual([])
  })

  it("reads the data dir's device once; a data dir it cannot read is no reason to refuse", async () => {
    const p = probe({ '/srv/hanse': 1, '/srv/hanse/r': 1 }, { bytes: 10 * 1024 * MiB })
    const check = spaceCheck(p, { dataDir: '/srv/hanse', reserveBytes: MiB })
    await check('/srv/hanse/r/a', 1)
    await check('/srv/hanse/r/b', 1)
    expect(p.asked.filter(a => a === '/srv/hanse')).toHaveLength(1)
    await spaceCheck(probe({ '/srv/hanse/r': 1 }, { bytes: 0 }), { dataDir: '/gone', reserveBytes: MiB })('/srv/hanse/r/a', 1)
  })
})
