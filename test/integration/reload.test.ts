import { afterEach, describe, expect, it } from 'vitest'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { cleanup, freePort, runCli, startNode, startNodeProcess, tempDir, testConfig, waitFor, processConfig } from '../helpers.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'
import { TRANSFER_PROTOCOL } from '../../src/transfer/index.ts'
import { openFramed, hanse } from '../../src/wire/index.ts'

afterEach(cleanup)

describe('reload', () => {
  it('SIGHUP and `hanse reload` apply new datasets and policies, refuse a bad config, and leave connections and a running transfer alone', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'open.yaml'), 'permissions:\n  - action: use\n')
    const file = randomBytes(8 * 1024 * 1024)
    writeFileSync(join(dir, 'data.bin'), file)
    writeFileSync(join(dir, 'extra.csv'), 'a,b\n1,2\n')
    const port = await freePort()
    const dataDir = join(dir, 'pdata')
    const cfgFile = join(dir, 'provider.yaml')
    const config = (datasets: string[]): string =>
      processConfig({
        name: 'provider',
        dataDir,
        port,
        lines: ['transfer: { chunkSizeBytes: 65536 }', 'policies: { dir: policies }', 'datasets:', ...datasets]
      })
    writeFileSync(cfgFile, config(['  - { id: big, title: Big, source: data.bin, offers: [{ policy: open }] }']))
    const provider = await startNodeProcess(cfgFile, dataDir)
    const providerId = peerIdFromString(readRuntimeInfo(dataDir)!.peerId)
    const consumer = await startNode(testConfig({ name: 'consumer' }))
    await consumer.parts.net.libp2p.dial(multiaddr(`/ip4/127.0.0.1/tcp/${port}/p2p/${providerId.toString()}`))
    const connection = consumer.parts.net.libp2p.getConnections(providerId)[0]!.id
    const offers = async (): Promise<string[]> => (await consumer.parts.catalog.fetchAll(providerId)).map(o => o.offerId).sort()
    expect(await offers()).toEqual(['big'])
    const r = await consumer.parts.negotiations.request({ peer: providerId.toString(), offerId: 'big' })
    const agreementId = (await consumer.parts.negotiations.waitFor(r.id, 10_000)).agreementId!

    // a transfer that is running (the consumer reads slowly) during the reloads
    const f = await openFramed(consumer.parts.net.libp2p, providerId, TRANSFER_PROTOCOL, { maxFrameBytes: 4 * 1024 * 1024 + 64, idleTimeoutMs: 20_000 })
    await f.write(hanse.v1.TransferRequest, { agreementId, transferId: 'during-reload' })
    expect((await f.read(hanse.v1.TransferFrame))?.start).toBeTruthy()
    const hash = createHash('sha256')
    let received = 0
    const readSome = async (n: number): Promise<boolean> => {
      for (let i = 0; i < n; i++) {
        const frame = await f.read(hanse.v1.TransferFrame)
        if (frame?.completion != null) return true
        const data = frame?.chunk?.data
        if (data == null) throw new Error(`unexpected frame ${JSON.stringify(frame)}`)
        hash.update(data)
        received += data.length
      }
      return false
    }
    await readSome(10)

    // 1. a valid change: a new dataset and a changed policy, by `hanse reload`
    writeFileSync(
      join(dir, 'policies', 'research.yaml'),
      'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n'
    )
    writeFileSync(
      cfgFile,
      config([
        '  - { id: big, title: Big, source: data.bin, offers: [{ policy: open }] }',
        '  - { id: extra, title: Extra, source: extra.csv, offers: [{ policy: research }] }'
      ])
    )
    const ok = await runCli(['--config', cfgFile, '--json', 'reload'])
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout).reload).toMatchObject({ policies: 2, datasets: 2, offers: 2, restartNeeded: [] })
    expect((await consumer.parts.catalog.fetchAll(providerId)).find(o => o.offerId === 'extra')?.policy.permissions[0]?.constraints[0]).toMatchObject({
      leftOperand: 'purpose'
    })
    expect(await offers()).toEqual(['big', 'extra'])
    await readSome(10)

    // 2. an invalid change is refused, naming the file and the key; the running config stays
    writeFileSync(cfgFile, config(['  - { id: big, title: Big, source: data.bin, offers: [{ policy: nope }] }']))
    const bad = await runCli(['--config', cfgFile, 'reload'])
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain(cfgFile)
    expect(bad.stderr).toMatch(/datasets\[0\]\.offers\[0\]\.policy/)
    expect(await offers()).toEqual(['big', 'extra'])
    // the same by SIGHUP: logged, ignored, the node keeps running
    provider.kill('SIGHUP')
    await new Promise(resolve => setTimeout(resolve, 500))
    expect(provider.exitCode).toBeNull()
    expect(await offers()).toEqual(['big', 'extra'])

    // 3. the transfer went on through all of it, and the connection was never dropped
    while (!(await readSome(50))) {
      /* read to the end */
    }
    expect(received).toBe(file.length)
    expect(hash.digest('hex')).toBe(createHash('sha256').update(file).digest('hex'))
    expect(consumer.parts.net.libp2p.getConnections(providerId).map(c => c.id)).toContain(connection)

    // the container health check
    const health = await runCli(['--config', cfgFile, 'health'])
    expect(health.code).toBe(0)
    expect(health.stdout.trim()).toBe('healthy')

    provider.kill('SIGTERM')
    await waitFor(() => provider.exitCode !== null || undefined, 10_000)
    expect(provider.exitCode).toBe(0)
  }, 60_000)
})
