import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { cleanup, nodeAddr, runCli, startNode, tempDir, testConfig, waitFor, onCleanup } from '../helpers.ts'
import { CATALOG_PROTOCOL } from '../../src/catalog/index.ts'
import { hanse, encodeVarint, FramedStream } from '../../src/wire/index.ts'
import { HanseNode } from '../../src/node/index.ts'
import { HanseError } from '../../src/errors/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import { readToken } from '../../src/identity/index.ts'

afterEach(cleanup)

const { CatalogRequest, CatalogResponse } = hanse.v1

/** A provider's config dir with policies and data files. */
function providerFiles(policies: Record<string, string>): { dir: string; policyDir: string; file: string; tree: string } {
  const dir = tempDir()
  const policyDir = join(dir, 'policies')
  mkdirSync(policyDir)
  for (const [name, text] of Object.entries(policies)) writeFileSync(join(policyDir, `${name}.yaml`), text)
  const file = join(dir, 'data.csv')
  writeFileSync(file, 'a,b\n1,2\n')
  const tree = join(dir, 'tree')
  mkdirSync(join(tree, 'sub'), { recursive: true })
  writeFileSync(join(tree, 'one.txt'), 'one\n')
  writeFileSync(join(tree, 'sub', 'two.txt'), 'two\n')
  return { dir, policyDir, file, tree }
}

const OPEN = 'permissions:\n  - action: use\n'
const onlyFor = (peer: string): string => `access:\n  - { leftOperand: peer, operator: isAnyOf, rightOperand: [${peer}] }\npermissions:\n  - action: use\n`

async function api(node: HanseNode, path: string): Promise<any> {
  const res = await fetch(`${node.parts.api.url}${path}`, { headers: { authorization: `Bearer ${readToken(node.config.dataDir)}` } })
  return { status: res.status, body: await res.json() }
}

describe('catalogue', () => {
  it('two consumers see different catalogues from the same provider', async () => {
    const alice = await startNode(testConfig({ name: 'alice' }))
    const bob = await startNode(testConfig({ name: 'bob' }))
    const f = providerFiles({ open: OPEN, 'alice-only': onlyFor(alice.peerId) })
    const provider = await startNode(
      testConfig({
        name: 'provider',
        policies: { dir: f.policyDir },
        datasets: [
          { id: 'public', title: 'Public data', keywords: ['weather'], source: f.file, offers: [{ policy: 'open' }] },
          { id: 'secret', title: 'Alice data', source: f.tree, offers: [{ policy: 'alice-only', approval: 'manual' }] }
        ]
      })
    )
    const pid = provider.parts.net.peerId
    await alice.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    await bob.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))

    const forAlice = await alice.parts.catalog.fetchAll(pid)
    const forBob = await bob.parts.catalog.fetchAll(pid)
    expect(forAlice.map(o => o.offerId)).toEqual(['public', 'secret'])
    expect(forBob.map(o => o.offerId)).toEqual(['public'])
    const secret = forAlice[1]!
    expect(secret.manualApproval).toBe(true)
    expect(secret.dataset).toMatchObject({ id: 'secret', directory: true, fileCount: 2, byteSize: 8 })
    expect(secret.dataset.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(forAlice[0]!.policy.permissions).toEqual([{ action: 'use', constraints: [] }])
    // the access part never leaves the provider
    expect(secret.policy.access).toEqual([])

    // keyword filter
    expect((await alice.parts.catalog.fetchAll(pid, { query: 'WEATHER' })).map(o => o.offerId)).toEqual(['public'])
    expect(await alice.parts.catalog.fetchAll(pid, { query: 'nothing-matches' })).toEqual([])

    // over the admin API and the CLI
    const viaApi = await api(alice, `/v1/catalog?peer=${provider.peerId}`)
    expect(viaApi.status).toBe(200)
    expect(viaApi.body.offers.map((o: any) => o.offerId)).toEqual(['public', 'secret'])
    const cfgFile = join(tempDir(), 'bob.yaml')
    writeFileSync(cfgFile, `name: bob\ndataDir: ${bob.config.dataDir}\n`)
    const cli = await runCli(['--config', cfgFile, 'catalog', '--peer', provider.peerId])
    expect(cli.code).toBe(0)
    expect(cli.stdout).toContain('Public data')
    expect(cli.stdout).not.toContain('Alice data')
  })

  it('federated: every connected peer asked in parallel, merged, cached, and non-answering peers named', async () => {
    const f = providerFiles({ open: OPEN })
    const p1 = await startNode(
      testConfig({ name: 'p1', policies: { dir: f.policyDir }, datasets: [{ id: 'one', title: 'One', source: f.file, offers: [{ policy: 'open' }] }] })
    )
    const p2 = await startNode(
      testConfig({ name: 'p2', policies: { dir: f.policyDir }, datasets: [{ id: 'two', title: 'Two', source: f.file, offers: [{ policy: 'open' }] }] })
    )
    // a peer that accepts catalogue streams and never answers
    const mute = await startNode(testConfig({ name: 'mute' }))
    await mute.parts.net.libp2p.unhandle(CATALOG_PROTOCOL)
    await mute.parts.net.libp2p.handle(CATALOG_PROTOCOL, () => {
      /* silence */
    })
    const consumer = await startNode(testConfig({ name: 'consumer', catalog: { peerTimeoutMs: 800 } }))
    for (const p of [p1, p2, mute]) await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(p)))
    await waitFor(async () => {
      const all = await Promise.all(
        [p1, p2, mute].map(async p => (await consumer.parts.net.libp2p.peerStore.get(p.parts.net.peerId)).protocols.includes(CATALOG_PROTOCOL))
      )
      return all.every(Boolean) || undefined
    })
    const t = Date.now()
    const { body } = await api(consumer, '/v1/catalog')
    expect(Date.now() - t).toBeLessThan(3000)
    expect(body.offers.map((o: any) => `${o.peer === p1.peerId ? 'p1' : 'p2'}:${o.offerId}`).sort()).toEqual(['p1:one', 'p2:two'])
    expect(body.failed).toEqual([mute.peerId])
    expect(body.peers.find((p: any) => p.peer === mute.peerId).error.code).toBe('PEER_TIMEOUT')
    expect(body.cached).toBe(false)
    const again = await api(consumer, '/v1/catalog')
    expect(again.body.cached).toBe(true)
    expect((await api(consumer, '/v1/catalog?refresh=true')).body.cached).toBe(false)
  })

  it('10,000 datasets: paging returns each offer exactly once', async () => {
    const f = providerFiles({ open: OPEN })
    const datasets = Array.from({ length: 10_000 }, (_, i) => ({
      id: `ds-${String(i).padStart(5, '0')}`,
      title: `Dataset ${i}`,
      source: f.file,
      offers: [{ policy: 'open' }]
    }))
    const provider = await startNode(testConfig({ name: 'big', policies: { dir: f.policyDir }, datasets }))
    expect(provider.parts.datasets.hashedFiles).toBe(1)
    const consumer = await startNode(testConfig({ name: 'c' }))
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const pid = provider.parts.net.peerId
    const first = await consumer.parts.catalog.fetchPage(pid, { pageSize: 100_000 })
    expect(first.offers).toHaveLength(500) // huge page sizes are clamped
    expect(first.total).toBe(10_000)
    const all = await consumer.parts.catalog.fetchAll(pid, { pageSize: 250 })
    const ids = all.map(o => o.offerId)
    expect(ids).toHaveLength(10_000)
    expect(new Set(ids).size).toBe(10_000)
    expect(ids).toEqual([...ids].sort())
  }, 60_000)

  it('the digest cache avoids rehashing on restart; a missing source or unknown policy is a config error naming the dataset', async () => {
    const f = providerFiles({ open: OPEN })
    const cfg = testConfig({
      policies: { dir: f.policyDir },
      datasets: [
        { id: 'a', title: 'A', source: f.file, offers: [{ policy: 'open' }] },
        { id: 'b', title: 'B', source: f.tree, offers: [{ policy: 'open' }] }
      ]
    })
    const n1 = await startNode(cfg)
    expect(n1.parts.datasets.hashedFiles).toBe(3)
    await n1.stop()
    const n2 = await startNode(cfg)
    expect(n2.parts.datasets.hashedFiles).toBe(0)
    await n2.stop()
    writeFileSync(join(f.tree, 'one.txt'), 'changed\n')
    const n3 = await startNode(cfg)
    expect(n3.parts.datasets.hashedFiles).toBe(1)
    await n3.stop()

    const bad = async (datasets: unknown[]): Promise<HanseError & { problems: Array<{ path: string; message: string }> }> => {
      const node = new HanseNode(
        { logger: silentLogger(), clock: systemClock },
        { config: testConfig({ policies: { dir: f.policyDir }, datasets }), version: 't' }
      )
      onCleanup(async () => {
        await node.stop()
      })
      const err = await node.start().then(
        () => undefined,
        (e: unknown) => e
      )
      expect(err).toBeInstanceOf(HanseError)
      return err as any
    }
    const missing = await bad([{ id: 'gone', title: 'Gone', source: join(f.dir, 'nope.csv'), offers: [{ policy: 'open' }] }])
    expect(missing.code).toBe('DATASET_INVALID')
    expect(missing.problems[0]).toEqual({ path: 'datasets[0].source', message: expect.stringContaining("dataset 'gone'") })
    const unknown = await bad([{ id: 'x', title: 'X', source: f.file, offers: [{ policy: 'open' }, { policy: 'no-such-policy' }] }])
    expect(unknown.problems[0]?.path).toBe('datasets[0].offers[1].policy')
    expect(unknown.problems[0]?.message).toContain("unknown policy 'no-such-policy'")
  })
})

describe('catalogue protocol under bad input', () => {
  async function setup(): Promise<{ provider: HanseNode; attacker: HanseNode; honest: HanseNode }> {
    const f = providerFiles({ open: OPEN })
    const provider = await startNode(
      testConfig({ name: 'provider', policies: { dir: f.policyDir }, datasets: [{ id: 'only', title: 'Only', source: f.file, offers: [{ policy: 'open' }] }] })
    )
    const attacker = await startNode(testConfig({ name: 'attacker' }))
    const honest = await startNode(testConfig({ name: 'honest' }))
    await attacker.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    await honest.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    return { provider, attacker, honest }
  }

  /** Send raw bytes on a fresh catalogue stream and return what came back (or how it ended). */
  async function sendRaw(from: HanseNode, to: HanseNode, bytes: Uint8Array, closeWrite = true): Promise<'reset' | 'answered' | 'closed'> {
    const stream = await from.parts.net.libp2p.dialProtocol(to.parts.net.peerId, CATALOG_PROTOCOL)
    const framed = new FramedStream(stream, { idleTimeoutMs: 3000 })
    stream.send(bytes)
    if (closeWrite) await stream.close().catch(() => {})
    try {
      const res = await framed.read(CatalogResponse)
      return res === undefined ? 'closed' : 'answered'
    } catch {
      return 'reset'
    }
  }

  async function honestWorks(honest: HanseNode, provider: HanseNode): Promise<void> {
    const offers = await honest.parts.catalog.fetchAll(provider.parts.net.peerId)
    expect(offers.map(o => o.offerId)).toEqual(['only'])
  }

  it('oversized, truncated and malformed frames reset only their stream and are counted', async () => {
    const { provider, attacker, honest } = await setup()
    // a length prefix of 10 MiB: refused before any of it is buffered
    expect(await sendRaw(attacker, provider, encodeVarint(10 * 1024 * 1024))).toBe('reset')
    // a megabyte keyword filter: far over the request frame limit
    const huge = CatalogRequest.encode({ requestId: 'x', query: 'a'.repeat(1024 * 1024) }).finish()
    expect(await sendRaw(attacker, provider, Uint8Array.from([...encodeVarint(huge.length), ...huge.subarray(0, 1000)]))).toBe('reset')
    // truncated: the prefix promises 50 bytes, 3 arrive, then the stream ends
    expect(await sendRaw(attacker, provider, Uint8Array.from([50, 1, 2, 3]))).toBe('reset')
    // a frame that is not a CatalogRequest
    expect(await sendRaw(attacker, provider, Uint8Array.from([3, 0xff, 0xff, 0xff]))).toBe('reset')
    // a query over 256 bytes but inside the frame limit gets a typed error reply
    const framed = new FramedStream(await attacker.parts.net.libp2p.dialProtocol(provider.parts.net.peerId, CATALOG_PROTOCOL))
    await framed.write(CatalogRequest, { requestId: 'r1', query: 'q'.repeat(300) })
    const res = await framed.read(CatalogResponse)
    expect(res?.error?.code).toBe('BAD_REQUEST')
    await framed.write(CatalogRequest, { requestId: 'r2', pageToken: '!!not-a-token!!' })
    expect((await framed.read(CatalogResponse))?.error?.code).toBe('BAD_REQUEST')
    await framed.close()

    const metrics = await provider.metrics.text()
    expect(metrics).toMatch(/hanse_protocol_errors_total\{protocol="\/hanse\/catalog\/1.0.0",reason="too_large"\} 2/)
    expect(metrics).toMatch(/reason="truncated"\} 1/)
    expect(metrics).toMatch(/reason="malformed"\} 1/)
    await honestWorks(honest, provider)
    // the attacker's connection is still up: only streams were reset
    expect(attacker.parts.net.libp2p.getConnections(provider.parts.net.peerId).length).toBeGreaterThan(0)
  })

  it('a peer that opens many streams at once is limited; honest peers keep being served', async () => {
    const { provider, attacker, honest } = await setup()
    // 64 streams held open at once: the provider serves at most 16 per connection and resets the rest
    // (an attacker ignores its own node's outbound limit: it does not serve the protocol itself)
    await attacker.parts.net.libp2p.unhandle(CATALOG_PROTOCOL)
    const streams = await Promise.all(
      Array.from(
        { length: 64 },
        async () =>
          new FramedStream(await attacker.parts.net.libp2p.dialProtocol(provider.parts.net.peerId, CATALOG_PROTOCOL, { maxOutboundStreams: 1000 }), {
            idleTimeoutMs: 3000
          })
      )
    )
    const outcomes = await Promise.all(
      streams.map(async (framed, i) => {
        try {
          await framed.write(CatalogRequest, { requestId: `r${i}` })
          const res = await framed.read(CatalogResponse)
          return res?.page != null ? 'served' : 'refused'
        } catch {
          return 'refused'
        }
      })
    )
    const served = outcomes.filter(o => o === 'served').length
    expect(served).toBeGreaterThan(0)
    expect(served).toBeLessThanOrEqual(16)
    for (const f of streams) f.abort(new Error('done'))
    await honestWorks(honest, provider)
  })

  it('fuzz: random and mutated frames never crash the node, and a good request afterwards succeeds', async () => {
    const { provider, attacker, honest } = await setup()
    const valid = CatalogRequest.encode({ requestId: 'abc', query: 'only', pageSize: 10 }).finish()
    const framedValid = Uint8Array.from([...encodeVarint(valid.length), ...valid])
    const mutated = fc
      .tuple(fc.array(fc.tuple(fc.nat(framedValid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), fc.boolean())
      .map(([edits, cut]) => {
        const b = Uint8Array.from(framedValid)
        for (const [i, v] of edits) b[i] = v
        return cut ? b.subarray(0, Math.max(1, b.length - 3)) : b
      })
    const random = fc.uint8Array({ minLength: 0, maxLength: 300 })
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, random), async bytes => {
        const outcome = await sendRaw(attacker, provider, bytes)
        expect(['reset', 'answered', 'closed']).toContain(outcome)
      }),
      { seed: 42, numRuns: 200 }
    )
    // the decoder on its own: anything it accepts re-encodes without throwing
    fc.assert(
      fc.property(random, bytes => {
        try {
          CatalogRequest.encode(CatalogRequest.decode(bytes)).finish()
        } catch (err) {
          expect(err).toBeInstanceOf(Error)
        }
      }),
      { seed: 42, numRuns: 2000 }
    )
    expect(provider.isRunning).toBe(true)
    await honestWorks(honest, provider)
    expect(peerIdFromString(provider.peerId).toString()).toBe(provider.peerId)
  }, 60_000)
})
