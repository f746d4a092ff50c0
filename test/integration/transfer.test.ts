import { afterEach, describe, expect, it } from 'vitest'
import { createHash, randomBytes } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import {
  canMountTmpfs,
  cleanup,
  freePort,
  nodeAddr,
  runCli,
  type spawnCli,
  startNode,
  startNodeProcess,
  tempDir,
  testConfig,
  waitFor,
  processConfig
} from '../helpers.ts'
import { agree, setup, sha } from '../two-nodes.ts'
import { prng } from '../../src/demo/data.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'
import { readToken } from '../../src/identity/index.ts'
import { ManualClock } from '../../src/clock/index.ts'
import { TRANSFER_PROTOCOL } from '../../src/transfer/index.ts'
import { FramedStream, hanse } from '../../src/wire/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

describe('transfer', () => {
  it('a file and a directory arrive verified and byte-identical', async () => {
    const { provider, consumer, dir, file } = await setup()
    const a = await agree(consumer, provider, 'file')
    const out = join(tempDir(), 'got.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
    expect(existsSync(`${out}.part`)).toBe(false)
    expect(done.bytes).toBe(file.length)
    // both sides hold the receipt signed by the consumer and countersigned by the provider
    const providerSide = (await provider.parts.transfers.list()).find(x => x.id.startsWith(t.id))!
    expect(providerSide.receipt).toEqual(done.receipt)
    const body = Buffer.from(done.receipt!.body, 'base64')
    const receipt = hanse.v1.ReceiptBody.decode(body)
    expect(receipt).toMatchObject({ transferId: t.id, agreementId: a, consumer: consumer.peerId, provider: provider.peerId, sha256: sha(file) })
    expect(Number(receipt.bytes)).toBe(file.length)
    const signed = (prefix: string): Uint8Array => Buffer.concat([Buffer.from(prefix), body])
    expect(
      await peerIdFromString(consumer.peerId).publicKey!.verify(signed('hanse/receipt/v1\n'), Buffer.from(done.receipt!.consumerSignature, 'base64'))
    ).toBe(true)
    expect(
      await peerIdFromString(provider.peerId).publicKey!.verify(signed('hanse/delivery/v1\n'), Buffer.from(done.receipt!.providerSignature!, 'base64'))
    ).toBe(true)

    const b = await agree(consumer, provider, 'tree')
    const outDir = join(tempDir(), 'tree')
    const t2 = await consumer.parts.transfers.fetch({ agreementId: b, dest: outDir })
    expect((await consumer.parts.transfers.waitFor(t2.id, 20_000)).state).toBe('COMPLETED')
    expect(readFileSync(join(outDir, 'a.csv'), 'utf8')).toBe('x,y\n1,2\n')
    expect(JSON.parse(readFileSync(join(outDir, 'nested', 'b.json'), 'utf8'))).toEqual({ hello: 'world' })
    expect(statSync(join(outDir, 'empty.txt')).size).toBe(0)
    void dir
  })

  it("refusals send zero dataset bytes: unknown agreement, another consumer's agreement, exhausted uses", async () => {
    const { provider, consumer } = await setup({
      policy:
        'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n      - { leftOperand: count, operator: lteq, rightOperand: 1 }\n'
    })
    const a = await agree(consumer, provider, 'file')
    const sentBefore = async (): Promise<string> => (await provider.metrics.text()).match(/hanse_transfer_sent_bytes_total (\d+)/)?.[1] ?? '0'
    // raw requests, so we can count every byte that comes back
    const ask = async (from: HanseNode, agreementId: string, transferId: string): Promise<{ frames: hanse.v1.TransferFrame[]; bytes: number }> => {
      const stream = await from.parts.net.libp2p.dialProtocol(provider.parts.net.peerId, TRANSFER_PROTOCOL)
      const framed = new FramedStream(stream, { maxFrameBytes: 5 * 1024 * 1024 })
      await framed.write(hanse.v1.TransferRequest, { agreementId, transferId })
      const frames: hanse.v1.TransferFrame[] = []
      let bytes = 0
      for (let f = await framed.read(hanse.v1.TransferFrame); f !== undefined; f = await framed.read(hanse.v1.TransferFrame)) {
        frames.push(f)
        bytes += f.chunk?.data?.length ?? 0
        if (f.termination != null || f.completion != null) break
      }
      await framed.close().catch(() => {})
      return { frames, bytes }
    }
    const unknown = await ask(consumer, 'urn:uuid:nope', 't1')
    expect(unknown.frames.map(f => f.termination?.code)).toEqual(['AGREEMENT_NOT_FOUND'])
    expect(unknown.bytes).toBe(0)
    const other = await startNode(testConfig({ name: 'other' }))
    await other.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const stolen = await ask(other, a, 't2')
    expect(stolen.frames.map(f => f.termination?.code)).toEqual(['AGREEMENT_NOT_FOUND'])
    expect(stolen.bytes).toBe(0)
    expect(await sentBefore()).toBe('0')
    const first = await ask(consumer, a, 't3')
    expect(first.frames.at(-1)?.completion).toBeTruthy()
    const sent = await sentBefore()
    const second = await ask(consumer, a, 't4')
    expect(second.frames.map(f => f.termination?.code)).toEqual(['POLICY_DENIED'])
    expect(second.frames[0]!.termination!.reason).toContain('transfer count 2 is not at most 1')
    expect(second.bytes).toBe(0)
    expect(await sentBefore()).toBe(sent)
  })

  it('with k allowed uses, exactly k of 20 parallel transfers succeed', async () => {
    const { provider, consumer } = await setup({
      policy:
        'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n      - { leftOperand: count, operator: lteq, rightOperand: 3 }\n',
      fileBytes: 20_000,
      transfer: { maxStreamsPerPeer: 32 }
    })
    const a = await agree(consumer, provider, 'file')
    const dir = tempDir()
    const started = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => await consumer.parts.transfers.fetch({ agreementId: a, dest: join(dir, `copy-${i}`) }))
    )
    const done = await Promise.all(started.map(async t => await consumer.parts.transfers.waitFor(t.id, 20_000)))
    expect(done.filter(d => d.state === 'COMPLETED')).toHaveLength(3)
    expect(done.filter(d => d.state === 'TERMINATED').map(d => d.error?.code)).toEqual(Array(17).fill('POLICY_DENIED'))
  })

  it('an agreement that expires mid-stream ends the transfer (injected clock)', async () => {
    const clock = new ManualClock(Date.now())
    const { provider, consumer } = await setup({
      policy:
        'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n      - { leftOperand: elapsedTime, operator: lteq, rightOperand: P1D }\n',
      fileBytes: 4 * 1024 * 1024,
      chunk: 16 * 1024,
      providerClock: clock,
      transfer: { recheckEveryBytes: 64 * 1024 }
    })
    const a = await agree(consumer, provider, 'file')
    const out = join(tempDir(), 'expiring.bin')
    let moved = false
    consumer.parts.transfers.on('progress', p => {
      if (!moved && p.bytes >= 256 * 1024) {
        moved = true
        clock.advance(2 * 86_400_000)
      }
    })
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(done.state).toBe('TERMINATED')
    expect(done.error?.code).toBe('POLICY_DENIED')
    expect(done.error?.message).toContain('elapsed time since the agreement')
    expect(done.bytes).toBeLessThan(4 * 1024 * 1024)
    expect(existsSync(out)).toBe(false)
  })

  it.each([12345, 777, 2026])('interrupted at random points (seed %i) and resumed: byte-identical, verified chunks never sent twice', async seed0 => {
    const chunk = 16 * 1024
    const size = 2 * 1024 * 1024
    const { provider, consumer, file } = await setup({ fileBytes: size, chunk })
    const a = await agree(consumer, provider, 'file')
    const out = join(tempDir(), 'resumed.bin')
    const sent = async (): Promise<number> => Number((await provider.metrics.text()).match(/hanse_transfer_sent_bytes_total (\d+)/)?.[1] ?? '0')
    let seed = seed0
    const rand = (): number => {
      seed = (seed * 16807) % 2147483647
      return seed / 2147483647
    }
    let t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    let interruptions = 0
    for (; interruptions < 3; interruptions++) {
      const at = Math.floor(rand() * 0.25 * size) + (interruptions * size) / 4
      await new Promise<void>(resolve => {
        const on = (p: { id: string; bytes: number }): void => {
          if (p.id === t.id && p.bytes >= at) {
            consumer.parts.transfers.off('progress', on)
            resolve()
          }
        }
        consumer.parts.transfers.on('progress', on)
      })
      const s = await consumer.parts.transfers.suspend(t.id)
      expect(s.state).toBe('SUSPENDED')
      expect(statSync(`${out}.part`).size % chunk === 0 || statSync(`${out}.part`).size === size).toBe(true)
      t = await consumer.parts.transfers.resume(t.id)
    }
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
    // what the provider sent beyond the file itself: re-sent chunks and chunks in flight when suspended
    const extra = (await sent()) - size
    expect(extra).toBeGreaterThanOrEqual(0)
    expect(extra).toBeLessThanOrEqual(interruptions * 8 * chunk)
  })

  it('an agreement that has expired before the transfer gets a refusal and zero bytes', async () => {
    const clock = new ManualClock(Date.now())
    const { provider, consumer } = await setup({
      policy:
        'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n      - { leftOperand: elapsedTime, operator: lteq, rightOperand: PT1H }\n',
      providerClock: clock
    })
    const a = await agree(consumer, provider, 'file')
    clock.advance(2 * 3_600_000)
    const out = join(tempDir(), 'late.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    const done = await consumer.parts.transfers.waitFor(t.id, 10_000)
    expect(done.state).toBe('TERMINATED')
    expect(done.error?.code).toBe('POLICY_DENIED')
    expect(done.bytes).toBe(0)
    // a refusal leaves no partial file behind
    expect(existsSync(`${out}.part`)).toBe(false)
  })

  it('a corrupted chunk is detected and never written', async () => {
    const chunk = 16 * 1024
    const { provider, consumer, file } = await setup({ fileBytes: 5 * chunk, chunk })
    const a = await agree(consumer, provider, 'file')
    // the provider's transfer handler now flips a byte in chunk 2
    const libp2p = provider.parts.net.libp2p
    await libp2p.unhandle(TRANSFER_PROTOCOL)
    await libp2p.handle(TRANSFER_PROTOCOL, stream => {
      const framed = new FramedStream(stream)
      void (async () => {
        const req = await framed.read(hanse.v1.TransferRequest)
        const hashes = Array.from({ length: 5 }, (_, i) =>
          createHash('sha256')
            .update(file.subarray(i * chunk, (i + 1) * chunk))
            .digest()
        )
        await framed.write(hanse.v1.TransferFrame, {
          start: { transferId: req!.transferId, size: file.length, sha256: sha(file), chunkSize: chunk, chunkHashes: hashes, firstChunk: 0, totalChunks: 5 }
        })
        for (let i = 0; i < 5; i++) {
          const data = Buffer.from(file.subarray(i * chunk, (i + 1) * chunk))
          if (i === 2) data.writeUInt8(data.readUInt8(100) ^ 0xff, 100)
          await framed.write(hanse.v1.TransferFrame, { chunk: { index: i, data } })
        }
        await framed.write(hanse.v1.TransferFrame, { completion: { bytesSent: file.length } })
        await framed.close()
      })().catch(() => {})
    })
    const out = join(tempDir(), 'corrupt.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    // suspended, not ended: the verified prefix stays and the operator may resume from it
    expect(done.state).toBe('SUSPENDED')
    expect(done.error?.code).toBe('CHUNK_CORRUPT')
    expect(done.verifiedChunks).toBe(2)
    expect(existsSync(out)).toBe(false)
    const part = readFileSync(`${out}.part`)
    expect(part.length).toBeLessThanOrEqual(2 * chunk)
    expect(sha(part)).toBe(sha(file.subarray(0, part.length)))
  })
})

describe('transfer across restarts and from the CLI', () => {
  for (const seed of [1, 2, 3]) {
    it(`connection cut at random offsets (seed ${seed}): resumes by itself, byte-identical, no verified chunk sent twice`, async () => {
      const chunk = 16 * 1024
      const size = 12 * 1024 * 1024
      // 768 chunks in runs of 16 hashes: resumes land in the middle of runs
      const { provider, consumer, file } = await setup({ fileBytes: size, chunk, transfer: { retryBaseMs: 20, retryMaxMs: 200, hashRunChunks: 16 } })
      const a = await agree(consumer, provider, 'file')
      const rand = prng(seed)
      // three cuts somewhere between 5 % and 85 % of the file
      const offsets = [rand(), rand(), rand()].map(x => Math.floor((0.05 + 0.8 * x) * size)).sort((x, y) => x - y)
      const received = async (): Promise<number> => (await consumer.metrics.bytesReceived.get()).values[0]?.value ?? 0
      const before = await received()
      const cuts: number[] = []
      const providerId = peerIdFromString(provider.peerId)
      consumer.parts.transfers.on('progress', p => {
        if (cuts.length < offsets.length && p.bytes >= (offsets[cuts.length] as number)) {
          cuts.push(p.bytes)
          void consumer.parts.net.libp2p.hangUp(providerId)
        }
      })
      const out = join(tempDir(), 'cut.bin')
      const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
      const done = await waitFor(async () => {
        const r = await consumer.parts.transfers.get(t.id)
        return r?.state === 'COMPLETED' || r?.state === 'TERMINATED' ? r : undefined
      }, 60_000)
      expect(done.state).toBe('COMPLETED')
      expect(cuts.length).toBe(offsets.length)
      expect(sha(readFileSync(out))).toBe(sha(file))
      // every verified chunk was kept across the cuts: only the chunk in flight (never written)
      // is sent again, so the verified bytes add up to the file exactly once
      expect((await received()) - before).toBe(size)
    }, 90_000)
  }

  it("a download onto the data dir's disk that would take the store's reserve is SUSPENDED with DISK_FULL before a byte is written", async () => {
    // a reserve no disk here has: the check refuses, whatever this machine's free space
    const { provider, consumer } = await setup({ transfer: { diskReserveBytes: 2 ** 50 } })
    const a = await agree(consumer, provider, 'file')
    const dest = join(consumer.config.dataDir, 'received', 'reserve.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest })
    const held = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(held.state).toBe('SUSPENDED')
    expect(held.error?.code).toBe('DISK_FULL')
    expect(held.error?.message).toMatch(/still to write, but transfer.diskReserveBytes keeps 1073741824 MiB for the node's store/)
    expect(held.verifiedChunks).toBe(0)
    expect(existsSync(dest)).toBe(false)
    expect(existsSync(`${dest}.part`)).toBe(false)
  })

  const mountable = canMountTmpfs()
  it.skipIf(!mountable)(
    'disk full at the consumer: DISK_FULL, the verified .part is kept, and it resumes once there is space (needs root for a tmpfs)',
    async () => {
      const chunk = 64 * 1024
      const { provider, consumer, file } = await setup({ fileBytes: 3 * 1024 * 1024, chunk })
      const a = await agree(consumer, provider, 'file')
      const mnt = tempDir()
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt])
      try {
        const out = join(mnt, 'got.bin')
        const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
        const full = await consumer.parts.transfers.waitFor(t.id, 30_000)
        expect(full.state).toBe('SUSPENDED')
        expect(full.error?.code).toBe('DISK_FULL')
        expect(full.error?.message).toMatch(/no space left/)
        const part = readFileSync(`${out}.part`)
        // what is kept is a verified prefix, whole chunks only
        expect(part.length).toBeGreaterThan(0)
        expect(part.length % chunk).toBe(0)
        expect(sha(part)).toBe(sha(file.subarray(0, part.length)))
        expect(existsSync(out)).toBe(false)
        // the operator makes room and resumes
        execFileSync('mount', ['-o', 'remount,size=8m', mnt])
        await consumer.parts.transfers.resume(t.id)
        const done = await consumer.parts.transfers.waitFor(t.id, 30_000)
        expect(done.state).toBe('COMPLETED')
        expect(sha(readFileSync(out))).toBe(sha(file))
      } finally {
        execFileSync('umount', ['-l', mnt])
      }
    }
  )

  it('a consumer stopped mid-transfer resumes by itself when it starts again', async () => {
    const chunk = 16 * 1024
    const { provider, consumer, file } = await setup({ fileBytes: 3 * 1024 * 1024, chunk })
    const a = await agree(consumer, provider, 'file')
    const out = join(tempDir(), 'restart.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    await new Promise<void>(resolve => {
      consumer.parts.transfers.on('progress', p => {
        if (p.bytes > 512 * 1024) resolve()
      })
    })
    const cfg = consumer.config
    await consumer.stop()
    const again = await startNode(cfg)
    await again.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const done = await again.parts.transfers.waitFor(t.id, 30_000)
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
  })

  it('`hanse fetch` exits 0 with a verified file, non-zero with the code otherwise', async () => {
    const { provider, consumer, file } = await setup()
    const a = await agree(consumer, provider, 'file')
    const dir = tempDir()
    const cfg = join(dir, 'c.yaml')
    writeFileSync(cfg, `name: c\ndataDir: ${consumer.config.dataDir}\n`)
    const out = join(dir, 'fetched.bin')
    const ok = await runCli(['--config', cfg, 'fetch', a, '--out', out])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('received and verified')
    expect(sha(readFileSync(out))).toBe(sha(file))
    const list = JSON.parse((await runCli(['--config', cfg, 'transfers', '--json'])).stdout).transfers
    expect(list[0].state).toBe('COMPLETED')
    const bad = await runCli(['--config', cfg, 'fetch', 'urn:uuid:unknown'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('AGREEMENT_NOT_FOUND')
  })
})

describe('transfer control', () => {
  it('the provider suspends a transfer (the consumer resumes it later); the consumer terminates one', async () => {
    const chunk = 16 * 1024
    const { provider, consumer, file } = await setup({ fileBytes: 4 * 1024 * 1024, chunk })
    const a = await agree(consumer, provider, 'file')
    const out = join(tempDir(), 'ctl.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    await new Promise<void>(resolve => {
      consumer.parts.transfers.on('progress', p => {
        if (p.id === t.id && p.bytes > 256 * 1024) resolve()
      })
    })
    const serving = (await provider.parts.transfers.list()).find(x => x.id.startsWith(t.id))!
    const s = await provider.parts.transfers.suspend(serving.id)
    expect(s.state).toBe('SUSPENDED')
    const paused = await consumer.parts.transfers.waitFor(t.id, 10_000)
    expect(paused.state).toBe('SUSPENDED')
    expect(paused.error?.code).toBe('SUSPENDED')
    await consumer.parts.transfers.resume(t.id)
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))

    const out2 = join(tempDir(), 'ctl2.bin')
    const t2 = await consumer.parts.transfers.fetch({ agreementId: a, dest: out2 })
    await new Promise<void>(resolve => {
      consumer.parts.transfers.on('progress', p => {
        if (p.id === t2.id && p.bytes > 128 * 1024) resolve()
      })
    })
    const ended = await consumer.parts.transfers.terminate(t2.id)
    expect(ended.state).toBe('TERMINATED')
    expect(ended.error?.code).toBe('TERMINATED_BY_USER')
    // TERMINATED is final (as in DSP): resume refuses it, and its partial data is gone
    await expect(consumer.parts.transfers.resume(t2.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' })
    expect((await consumer.parts.transfers.get(t2.id))?.state).toBe('TERMINATED')
    expect(existsSync(`${out2}.part`)).toBe(false)
  })
})

describe('transfer under faults', () => {
  it('a consumer that stops reading holds the provider back: memory stays bounded', async () => {
    const { provider, consumer } = await setup({ fileBytes: 48 * 1024 * 1024, chunk: 1024 * 1024 })
    const a = await agree(consumer, provider, 'file')
    const sent = async (): Promise<number> => Number((await provider.metrics.text()).match(/hanse_transfer_sent_bytes_total (\d+)/)?.[1] ?? '0')
    // a raw consumer that asks and then reads nothing
    const stream = await consumer.parts.net.libp2p.dialProtocol(provider.parts.net.peerId, TRANSFER_PROTOCOL)
    const framed = new FramedStream(stream, { maxFrameBytes: 5 * 1024 * 1024 })
    await framed.write(hanse.v1.TransferRequest, { agreementId: a, transferId: 'slow-reader' })
    await new Promise(resolve => setTimeout(resolve, 1500))
    const parked = await sent()
    // what left the provider is bounded by the stream window and buffers, not by the dataset size
    expect(parked).toBeLessThan(16 * 1024 * 1024)
    await new Promise(resolve => setTimeout(resolve, 500))
    expect(await sent()).toBe(parked)
    framed.abort(new Error('done'))
  })

  it('kill -9 of the consumer process mid-transfer, restart: it resumes and the file is byte-identical', async () => {
    const chunk = 64 * 1024
    const { provider, file } = await setup({ fileBytes: 24 * 1024 * 1024, chunk })
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const cfgFile = join(dir, 'consumer.yaml')
    writeFileSync(
      cfgFile,
      processConfig({ name: 'killed', dataDir, network: [`  bootstrap: [${nodeAddr(provider)}]`], lines: [`transfer: { chunkSizeBytes: ${chunk} }`] })
    )
    const startProc = async (): Promise<void> => {
      procs.push(await startNodeProcess(cfgFile, dataDir))
    }
    const procs: ReturnType<typeof spawnCli>[] = []
    await startProc()
    const neg = await runCli(['--config', cfgFile, 'negotiate', provider.peerId, 'file', '--purpose', 'research', '--json'])
    expect(neg.code).toBe(0)
    const agreementId = JSON.parse(neg.stdout).negotiation.agreementId as string
    const api = async (method: string, path: string, body?: unknown): Promise<any> => {
      const info = readRuntimeInfo(dataDir)!
      const res = await fetch(`${info.apiUrl!}${path}`, {
        method,
        headers: { authorization: `Bearer ${readToken(dataDir)}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body)
      })
      return await res.json()
    }
    const out = join(dir, 'big.bin')
    const { transfer } = await api('POST', '/v1/transfers', { agreementId, dest: out })
    await waitFor(async () => (await api('GET', `/v1/transfers/${encodeURIComponent(transfer.id)}`)).transfer.bytes > 4 * 1024 * 1024 || undefined, 20_000, 20)
    procs[0]!.kill('SIGKILL')
    await new Promise(resolve => procs[0]!.once('exit', resolve))
    expect(existsSync(out)).toBe(false)
    // the stale runtime file of a killed node is replaced on start
    await startProc()
    let last: any
    const done = await waitFor(async () => {
      const t = (await api('GET', `/v1/transfers/${encodeURIComponent(transfer.id)}`)).transfer
      last = t
      return t.state === 'COMPLETED' || t.state === 'TERMINATED' ? t : undefined
    }, 30_000).catch((err: Error) => {
      throw new Error(`${err.message}; last seen ${JSON.stringify(last)}`)
    })
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
    procs[1]!.kill('SIGTERM')
    await new Promise(resolve => procs[1]!.once('exit', resolve))
  }, 90_000)

  it('kill -9 of the provider process mid-transfer: the consumer resumes once it is back, byte-identical', async () => {
    const chunk = 64 * 1024
    const dir = tempDir()
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'p.yaml'), 'permissions:\n  - action: use\n')
    const file = randomBytes(24 * 1024 * 1024)
    writeFileSync(join(dir, 'data.bin'), file)
    const port = await freePort()
    const dataDir = join(dir, 'pdata')
    const cfgFile = join(dir, 'provider.yaml')
    writeFileSync(
      cfgFile,
      processConfig({
        name: 'provider',
        dataDir,
        port,
        lines: [
          `transfer: { chunkSizeBytes: ${chunk} }`,
          'policies: { dir: policies }',
          'datasets:',
          '  - { id: file, title: File, source: data.bin, offers: [{ policy: p }] }'
        ]
      })
    )
    const startProvider = async (): Promise<ReturnType<typeof spawnCli>> => await startNodeProcess(cfgFile, dataDir)
    let provider = await startProvider()
    const providerId = readRuntimeInfo(dataDir)!.peerId
    const consumer = await startNode(testConfig({ name: 'consumer', transfer: { chunkSizeBytes: chunk } }))
    await consumer.parts.net.libp2p.dial(multiaddr(`/ip4/127.0.0.1/tcp/${port}/p2p/${providerId}`))
    const a = await agree(consumer, { peerId: providerId }, 'file')
    const out = join(dir, 'got.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    await new Promise<void>(resolve => {
      consumer.parts.transfers.on('progress', p => {
        if (p.id === t.id && p.bytes > 4 * 1024 * 1024) resolve()
      })
    })
    provider.kill('SIGKILL')
    await new Promise(resolve => provider.once('exit', resolve))
    const cut = await consumer.parts.transfers.waitFor(t.id, 20_000)
    // the network failed, not the data: suspended, and retried with backoff by itself
    expect(cut.state).toBe('SUSPENDED')
    expect(existsSync(out)).toBe(false)
    provider = await startProvider()
    const done = await waitFor(async () => {
      const r = await consumer.parts.transfers.get(t.id)
      return r?.state === 'COMPLETED' ? r : undefined
    }, 30_000)
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
    provider.kill('SIGTERM')
    await new Promise(resolve => provider.once('exit', resolve))
  }, 90_000)
})
