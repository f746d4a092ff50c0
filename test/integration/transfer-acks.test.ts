import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, tempDir, waitFor } from '../helpers.ts'
import { agree, setup, sha } from '../two-nodes.ts'
import { TRANSFER_PROTOCOL } from '../../src/transfer/index.ts'
import { FramedStream, hanse } from '../../src/wire/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

/*
 * Chunk acknowledgements (proto/hanse/v1/transfer.proto): the provider reads a consumer's chunks
 * into a ring of 16 MiB of buffers (src/transfer/ring.ts) that the consumer's acks free. Real
 * nodes; the consumers that misbehave or are older speak the protocol by hand.
 */

afterEach(cleanup)

const MiB = 1024 * 1024
const { TransferRequest, TransferFrame, ChunkAck } = hanse.v1

/** A hand-written consumer's stream to the provider, its request sent and the TransferStart read. */
async function ask(consumer: HanseNode, provider: HanseNode, agreementId: string, acks: boolean) {
  const stream = await consumer.parts.net.libp2p.dialProtocol(provider.parts.net.peerId, TRANSFER_PROTOCOL)
  const framed = new FramedStream(stream, { maxFrameBytes: 5 * MiB })
  await framed.write(TransferRequest, { agreementId, transferId: `raw-${String(acks)}`, acks })
  const start = (await framed.read(TransferFrame))?.start
  expect(start).toBeDefined()
  return { framed, start: start! }
}

/**
 * Chunk frames read until none came for `quietMs` (other frames are skipped), and the read that
 * was still waiting then (it gets the next frame).
 */
async function chunksUntilQuiet(framed: FramedStream, quietMs: number): Promise<{ chunks: number[]; next: Promise<hanse.v1.TransferFrame | undefined> }> {
  const chunks: number[] = []
  while (true) {
    const next = framed.read(TransferFrame)
    // the stream is reset at the end of a test: a read left waiting then must not count as unhandled
    next.catch(() => {})
    const frame = await Promise.race([next, new Promise<'quiet'>(resolve => setTimeout(() => resolve('quiet'), quietMs))])
    if (frame === 'quiet') return { chunks, next }
    if (frame?.chunk != null) chunks.push(frame.chunk.index ?? 0)
  }
}

describe('chunk acknowledgements', () => {
  it('a dataset two and a half times the ring arrives byte-identical, the receipt after the last ack', async () => {
    const { provider, consumer, file } = await setup({ fileBytes: 40 * MiB, chunk: MiB })
    const a = await agree(consumer, provider, 'file')
    const out = join(tempDir(), 'got.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    const done = await consumer.parts.transfers.waitFor(t.id, 60_000)
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
    const providerSide = (await provider.parts.transfers.list()).find(x => x.id.startsWith(t.id))!
    expect(providerSide.state).toBe('COMPLETED')
    expect(providerSide.receipt).toEqual(done.receipt)
  })

  it('a consumer that does not acknowledge gets no more than the ring; each ack lets one more chunk go', async () => {
    const { provider, consumer } = await setup({ fileBytes: 24 * MiB, chunk: MiB })
    const a = await agree(consumer, provider, 'file')
    const { framed, start } = await ask(consumer, provider, a, true)
    expect(start.acks).toBe(true)
    // it reads everything that comes but acknowledges nothing: 16 MiB of 1 MiB chunks (the
    // ring's default size) and no more
    const before = await chunksUntilQuiet(framed, 1000)
    expect(before.chunks).toEqual(Array.from({ length: 16 }, (_, i) => i))
    await framed.write(ChunkAck, { index: 0 })
    expect((await before.next)?.chunk?.index).toBe(16)
    expect((await chunksUntilQuiet(framed, 800)).chunks).toEqual([])
    framed.abort(new Error('done'))
  })

  it('an older consumer that does not offer acks is sent the whole dataset without them', async () => {
    const { provider, consumer, file } = await setup({ fileBytes: 20 * MiB, chunk: MiB })
    const a = await agree(consumer, provider, 'file')
    const { framed, start } = await ask(consumer, provider, a, false)
    expect(start.acks).toBeFalsy()
    const parts: Buffer[] = []
    while (true) {
      const frame = await framed.read(TransferFrame)
      if (frame?.completion != null) break
      if (frame?.chunk != null) parts.push(Buffer.from(frame.chunk.data ?? new Uint8Array()))
    }
    expect(sha(Buffer.concat(parts))).toBe(sha(file))
    await framed.close()
    await waitFor(async () => (await provider.parts.transfers.list()).some(x => x.id.startsWith('raw-false') && x.state === 'COMPLETED'), 10_000)
  })

  it('an acknowledgement out of order resets the stream, and the provider records why', async () => {
    const { provider, consumer } = await setup({ fileBytes: 24 * MiB, chunk: MiB })
    const a = await agree(consumer, provider, 'file')
    const { framed } = await ask(consumer, provider, a, true)
    await framed.write(ChunkAck, { index: 5 })
    await expect(
      (async () => {
        while ((await framed.read(TransferFrame)) !== undefined);
      })()
    ).rejects.toThrow()
    await waitFor(async () => (await provider.parts.transfers.list()).some(x => x.id.startsWith('raw-true') && x.state === 'SUSPENDED'), 10_000)
    const rec = (await provider.parts.transfers.list()).find(x => x.id.startsWith('raw-true'))!
    expect(rec.error?.code).toBe('CONSUMER_GONE')
    expect(rec.error?.message).toContain('acknowledgement of chunk 5 where chunk 0')
  })
})
