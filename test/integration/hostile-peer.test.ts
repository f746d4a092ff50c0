import { afterEach, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { cleanup, freePort, nodeAddr, onCleanup, runCli, startNode, startNodeProcess, tempDir, testConfig, processConfig } from '../helpers.ts'
import { agree, setup } from '../two-nodes.ts'
import { ScriptedPeer } from '../scripted-peer.ts'
import { CATALOG_PROTOCOL } from '../../src/catalog/index.ts'
import { NEGOTIATION_PROTOCOL } from '../../src/negotiation/index.ts'
import { TRANSFER_PROTOCOL } from '../../src/transfer/index.ts'
import { MEMBERSHIP_PROTOCOL, initAuthority } from '../../src/trust/index.ts'
import { admitted, startMember } from '../members.ts'
import { FramedStream, encodeVarint, hanse } from '../../src/wire/index.ts'
import { HanseNode, readRuntimeInfo } from '../../src/node/index.ts'
import { createLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import { LEDGER_PROTOCOL, type EntryView } from '../../src/ledger/index.ts'

afterEach(cleanup)

const frame = (bytes: Uint8Array): Uint8Array => Buffer.concat([encodeVarint(bytes.length), bytes])

/**
 * Open a stream, send `bytes`, close our write side at once, then read until the node ends the
 * stream: how long that took, how it ended, how many frames came back.
 */
async function oneShot(
  from: HanseNode,
  to: HanseNode,
  protocol: string,
  bytes: Uint8Array
): Promise<{ ms: number; outcome: 'closed' | 'reset'; frames: number }> {
  const stream = await from.parts.net.libp2p.dialProtocol(peerIdFromString(to.peerId), protocol)
  const framed = new FramedStream(stream, { idleTimeoutMs: 40_000, maxFrameBytes: 4 * 1024 * 1024 })
  const t0 = Date.now()
  let frames = 0
  try {
    if (bytes.length > 0) stream.send(bytes)
    await stream.close()
  } catch {
    // refused before we got to write (a gate resets at once)
    return { ms: Date.now() - t0, outcome: 'reset', frames }
  }
  try {
    while ((await framed.next()) !== undefined) frames++
    return { ms: Date.now() - t0, outcome: 'closed', frames }
  } catch {
    return { ms: Date.now() - t0, outcome: 'reset', frames }
  } finally {
    framed.abort(new Error('done'))
  }
}

async function entries(node: HanseNode, type: string): Promise<EntryView[]> {
  const out: EntryView[] = []
  for await (const e of node.parts.ledger.query({ type })) out.push(e)
  return out
}

describe('a peer that sends one frame and closes at once is seen closing', () => {
  it('catalogue, negotiation and transfer streams of a node process end within a second, 20 times each', async () => {
    // the node in its own process: the close can then arrive before the handler listens
    const dir = tempDir()
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'p.yaml'), 'permissions:\n  - action: use\n')
    writeFileSync(join(dir, 'data.bin'), 'hello')
    const port = await freePort()
    const dataDir = join(dir, 'pdata')
    const cfgFile = join(dir, 'provider.yaml')
    writeFileSync(
      cfgFile,
      processConfig({
        name: 'provider',
        dataDir,
        port,
        lines: ['policies: { dir: policies }', 'datasets:', '  - { id: file, title: File, source: data.bin, offers: [{ policy: p }] }']
      })
    )
    const child = await startNodeProcess(cfgFile, dataDir)
    const provider = { peerId: readRuntimeInfo(dataDir)!.peerId } as HanseNode
    const consumer = await startNode(testConfig({ name: 'consumer' }))
    await consumer.parts.net.libp2p.dial(multiaddr(`/ip4/127.0.0.1/tcp/${port}/p2p/${provider.peerId}`))
    const catalog = frame(hanse.v1.CatalogRequest.encode({ pageSize: 10 }).finish())
    const truncated = frame(hanse.v1.TransferRequest.encode({ agreementId: 'urn:uuid:x', transferId: 'urn:uuid:y' }).finish()).subarray(0, 10)
    for (let i = 0; i < 20; i++) {
      const c = await oneShot(consumer, provider, CATALOG_PROTOCOL, catalog)
      expect(c).toMatchObject({ outcome: 'closed', frames: 1 })
      expect(c.ms).toBeLessThan(1000)
      const n = await oneShot(consumer, provider, NEGOTIATION_PROTOCOL, new Uint8Array())
      expect(n).toMatchObject({ outcome: 'closed', frames: 0 })
      expect(n.ms).toBeLessThan(1000)
      const t = await oneShot(consumer, provider, TRANSFER_PROTOCOL, truncated)
      expect(t.outcome).toBe('reset')
      expect(t.ms).toBeLessThan(1000)
    }
    child.kill('SIGTERM')
    await new Promise(resolve => child.once('exit', resolve))
  }, 120_000)
})

describe('a peer cannot flood the ledger or the log', () => {
  it('1,000 refused transfer requests make a handful of ledger entries, with the count', async () => {
    const { provider, consumer } = await setup()
    const before = (await entries(provider, 'transfer.refused')).length
    const req = frame(hanse.v1.TransferRequest.encode({ agreementId: 'urn:uuid:unknown', transferId: 'urn:uuid:t' }).finish())
    let refused = 0
    for (let i = 0; i < 125; i++) {
      const got = await Promise.all(Array.from({ length: 8 }, async () => await oneShot(consumer, provider, TRANSFER_PROTOCOL, req)))
      refused += got.filter(g => g.outcome === 'closed' && g.frames === 1).length
    }
    expect(refused).toBe(1000)
    const metric = (await provider.metrics.transferRefusals.get()).values.find(v => v.labels.code === 'AGREEMENT_NOT_FOUND')?.value
    expect(metric).toBe(1000)
    const cfg = provider.config
    await provider.stop()
    // the counts of the last window are written at stop; reopen to read them
    const again = await startNode(cfg)
    const written = (await entries(again, 'transfer.refused')).slice(before)
    expect(written.length).toBeGreaterThan(0)
    expect(written.length).toBeLessThan(40)
    const total = written.reduce((n, e) => n + 1 + Number(e.payload.suppressed ?? 0), 0)
    // each entry stands for itself plus the refusals it sums up; a summary at stop only sums
    const summaries = written.filter(e => e.payload.summary === true).length
    expect(total - summaries).toBe(1000)
  }, 120_000)

  it('members mode: a non-member alternating garbage hellos makes one state entry a minute and few warnings', async () => {
    const dir = tempDir()
    const authority = await initAuthority(join(dir, 'authority'), Date.now())
    const config = await admitted(dir, authority, 'provider')
    const logs = new PassThrough()
    let warnLines = 0
    logs.on('data', (d: Buffer) => {
      warnLines += d
        .toString()
        .split('\n')
        .filter(l => l.includes('"level":40')).length
    })
    const provider = new HanseNode(
      { logger: createLogger({ level: 'info', pretty: false, destination: logs }), clock: systemClock },
      { config, version: 'test' }
    )
    onCleanup(async () => {
      await provider.stop()
    })
    await provider.start()
    const fuzzer = await startNode(testConfig({ name: 'fuzzer', trust: { mode: 'open' } }))
    await fuzzer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const empty = frame(hanse.v1.MembershipHello.encode({}).finish())
    const garbage = frame(hanse.v1.MembershipHello.encode({ credential: { body: Buffer.from('junk'), signature: Buffer.alloc(64) } }).finish())
    for (let i = 0; i < 100; i++) {
      await oneShot(fuzzer, provider, MEMBERSHIP_PROTOCOL, i % 2 === 0 ? empty : garbage)
      // and a data protocol it may not use
      await oneShot(fuzzer, provider, CATALOG_PROTOCOL, frame(hanse.v1.CatalogRequest.encode({}).finish()))
    }
    const states = (await entries(provider, 'membership.state')).filter(e => e.peer === fuzzer.peerId)
    expect(states.length).toBeGreaterThanOrEqual(1)
    expect(states.length).toBeLessThanOrEqual(3)
    expect(warnLines).toBeLessThan(15)
    expect(provider.parts.membership.isMember(fuzzer.peerId)).toBe(false)
  }, 60_000)
})

describe('nothing a peer sends is stored before it is checked', () => {
  it('provider-initiated offers with junk ids or offer ids are refused and leave no record', async () => {
    const target = await startNode(testConfig({ name: 'target' }))
    const peer = await ScriptedPeer.attach(await startNode(testConfig({ name: 'scripted' })))
    await peer.node.parts.net.libp2p.dial(multiaddr(nodeAddr(target)))
    const to = peerIdFromString(target.peerId)
    const terms = { uid: 'urn:x', permissions: [{ action: 'use' }] }
    for (const offer of [
      { providerPid: '%s%n', offerId: 'data', terms },
      { providerPid: 'urn:uuid:ok', offerId: '', terms },
      { providerPid: 'urn:uuid:ok', offerId: '../../etc', terms },
      { providerPid: '', offerId: 'data', terms },
      { providerPid: 'x'.repeat(200), offerId: 'data', terms }
    ]) {
      const reply = await peer.send(to, { contractOffer: offer as hanse.v1.IContractOffer })
      expect(reply.error?.code, JSON.stringify(offer).slice(0, 80)).toBe('BAD_REQUEST')
    }
    const bad = await peer.send(to, { contractOffer: { providerPid: 'urn:uuid:ok', offerId: 'data', terms } }, '%n%n')
    expect(bad.error?.code).toBe('BAD_REQUEST')
    expect(await target.parts.negotiations.list({})).toEqual([])
    // a well-formed one is taken
    const good = await peer.send(to, { contractOffer: { providerPid: `urn:uuid:${randomUUID()}`, offerId: 'data', terms } })
    expect(good.error).toBeFalsy()
    expect((await target.parts.negotiations.list({})).length).toBe(1)
  })

  it('terms with a duration or date out of range are refused at the API and on the wire', async () => {
    const { provider, consumer } = await setup()
    const api = consumer.parts.api.url
    const token = readFileSync(join(consumer.config.dataDir, 'admin.token'), 'utf8').trim()
    for (const validFor of ['P280000Y', 'PT99999999999999999999S', 'P101Y']) {
      const res = await fetch(`${api}/v1/negotiations`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ peer: provider.peerId, offerId: 'file', terms: { purposes: ['research'], validFor } })
      })
      expect(res.status, validFor).toBe(400)
      expect(((await res.json()) as any).error.code).toBe('BAD_REQUEST')
    }
    // a peer that sends such terms anyway gets BAD_REQUEST, and nothing is stored
    const peer = await ScriptedPeer.attach(await startNode(testConfig({ name: 'scripted' })))
    await peer.node.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const before = (await provider.parts.negotiations.list({})).length
    for (const right of ['P280000Y', '275760-09-14T00:00:00Z']) {
      const constraint = right.startsWith('P')
        ? { leftOperand: 'elapsedTime', operator: 'lteq', rightOperand: [right] }
        : { leftOperand: 'dateTime', operator: 'lt', rightOperand: [right] }
      const reply = await peer.send(peerIdFromString(provider.peerId), {
        contractRequest: {
          consumerPid: `urn:uuid:${randomUUID()}`,
          offerId: 'file',
          purposes: ['research'],
          terms: {
            uid: 'urn:t',
            permissions: [{ action: 'use', constraints: [{ leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research'] }, constraint] }]
          } as any
        }
      })
      expect(reply.error?.code, right).toBe('BAD_REQUEST')
    }
    expect((await provider.parts.negotiations.list({})).length).toBe(before)
    // and the node still agrees on sane terms
    await agree(consumer, provider, 'file')
  })
})

describe('a peer whose catalogue never ends', () => {
  it('is read up to a bound: the listing fails with CATALOG_TOO_LARGE, the federated view marks that peer, a single page still answers', async () => {
    const { provider, consumer } = await setup()
    const pid = peerIdFromString(provider.peerId)
    // the provider's real offers as they travel, then its catalogue protocol played by the test:
    // every page comes with a next page
    const probe = new FramedStream(await consumer.parts.net.libp2p.dialProtocol(pid, CATALOG_PROTOCOL))
    await probe.write(hanse.v1.CatalogRequest, { requestId: 'probe' })
    const real = (await probe.read(hanse.v1.CatalogResponse))?.page?.offers ?? []
    await probe.close()
    expect(real.length).toBe(2)
    const offers = Array.from({ length: 500 }, (_, i) => ({ ...real[i % 2], offerId: `endless-${i}` }))
    const libp2p = provider.parts.net.libp2p
    await libp2p.unhandle(CATALOG_PROTOCOL)
    let pages = 0
    await libp2p.handle(
      CATALOG_PROTOCOL,
      stream => {
        const framed = new FramedStream(stream, { idleTimeoutMs: 10_000 })
        void (async () => {
          try {
            for (let q = await framed.read(hanse.v1.CatalogRequest); q !== undefined; q = await framed.read(hanse.v1.CatalogRequest)) {
              pages++
              await framed.write(hanse.v1.CatalogResponse, { requestId: q.requestId, page: { offers, nextPageToken: `page-${pages}`, total: 0 } })
            }
            await framed.close()
          } catch {
            framed.abort(new Error('done'))
          }
        })()
      },
      { maxInboundStreams: 64 }
    )

    await expect(consumer.parts.catalog.fetchAll(pid, { pageSize: 500 })).rejects.toMatchObject({ code: 'CATALOG_TOO_LARGE' })
    // 100,000 offers taken in, one page more refused: then the listing stops asking
    expect(pages).toBe(201)
    const federated = await consumer.parts.catalog.federated({ refresh: true })
    expect(federated.peers.find(p => p.peer === provider.peerId)?.error?.code).toBe('CATALOG_TOO_LARGE')
    expect(federated.offers.length).toBe(0)
    const one = await consumer.parts.catalog.fetchPage(pid, { pageSize: 500 })
    expect(one.offers.length).toBe(500)
  })
})

describe('a partner that answers an audit without end', () => {
  it('is stopped: past the size it signed, or after 1,000 entries that fail their proofs', async () => {
    const { provider, consumer } = await setup()
    await agree(consumer, provider, 'file')
    // a ledger long enough for 1,000 bad entries below the size it signs
    await Promise.all(
      Array.from({ length: 1200 }, async (_, i) => await provider.parts.ledger.append({ type: 'negotiation.state', peer: consumer.peerId, payload: { i } }))
    )
    const cp = await provider.parts.ledger.checkpoint()
    const signed = provider.parts.ledger.wireCheckpoint(cp)
    const size = cp.size
    // the provider's ledger protocol played by the test: every page says there is more
    let mode: 'past' | 'bad' = 'past'
    let pages = 0
    const libp2p = provider.parts.net.libp2p
    await libp2p.unhandle(LEDGER_PROTOCOL)
    await libp2p.handle(
      LEDGER_PROTOCOL,
      stream => {
        const framed = new FramedStream(stream, { idleTimeoutMs: 10_000, maxFrameBytes: 64 * 1024 })
        void (async () => {
          try {
            const req = await framed.read(hanse.v1.LedgerRequest)
            const after = Number(req?.audit?.afterSeq ?? -1)
            pages++
            const first = mode === 'past' ? Math.max(size, after + 1) : after + 1
            const entries = Array.from({ length: 100 }, (_, i) => ({
              entry: {
                seq: first + i,
                time: 1,
                type: 'transfer.state',
                peer: consumer.peerId,
                payload: new Uint8Array(8),
                prevHash: new Uint8Array(32),
                hash: new Uint8Array(32)
              },
              inclusion: []
            }))
            await framed.write(hanse.v1.LedgerResponse, { audit: { checkpoint: signed, entries, more: true } })
            await framed.close()
          } catch {
            framed.abort(new Error('done'))
          }
        })()
      },
      { maxInboundStreams: 8 }
    )
    await expect(consumer.parts.ledgerService.audit(provider.peerId)).rejects.toThrow(new RegExp(`sent audit entry ${size}, past the ${size} entries`))
    expect(pages).toBeLessThanOrEqual(2)
    mode = 'bad'
    pages = 0
    const bad = consumer.parts.ledgerService.audit(provider.peerId)
    await expect(bad).rejects.toMatchObject({ code: 'PROTOCOL_ERROR' })
    await expect(bad).rejects.toThrow(/more than 1000 entries that are not part of the ledger it signed/)
    // ten pages of 100 bad entries are findings; the eleventh ends it (the next one was asked ahead)
    expect(pages).toBeLessThanOrEqual(12)
  })
})

describe('what a peer learns, and what an export proves', () => {
  it('a non-member gets no credential in the membership reply; a member does', async () => {
    const dir = tempDir()
    const authority = await initAuthority(join(dir, 'authority'), Date.now())
    const start = async (name: string): Promise<HanseNode> =>
      await startMember(dir, authority, name, { orgName: `${name} GmbH`, attributes: { sector: 'automotive' } })
    const provider = await start('provider')
    const outsider = await startNode(testConfig({ name: 'outsider', trust: { mode: 'open' } }))
    await outsider.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const ask = async (from: HanseNode, credential?: hanse.v1.ISignedCredential): Promise<hanse.v1.MembershipHello | undefined> => {
      const stream = await from.parts.net.libp2p.dialProtocol(peerIdFromString(provider.peerId), MEMBERSHIP_PROTOCOL)
      const framed = new FramedStream(stream)
      await framed.write(hanse.v1.MembershipHello, { credential })
      const answer = await framed.read(hanse.v1.MembershipHello)
      framed.abort(new Error('done'))
      return answer
    }
    const refused = await ask(outsider)
    expect(refused?.accepted).toBe(false)
    expect(refused?.credential).toBeFalsy()
    const raw = Buffer.from(hanse.v1.MembershipHello.encode(refused!).finish()).toString('latin1')
    expect(raw).not.toContain('provider GmbH')
    const member = await start('member')
    await member.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const file = JSON.parse(readFileSync(join(dir, 'member.json'), 'utf8'))
    const accepted = await ask(member, { body: Buffer.from(file.body, 'base64'), signature: Buffer.from(file.signature, 'base64') })
    expect(accepted?.accepted).toBe(true)
    expect(accepted?.credential?.body?.length).toBeGreaterThan(0)
    // members still see each other as members, both ways
    expect((await member.parts.membership.ensure(provider.peerId)).state).toBe('valid')
    expect((await provider.parts.membership.ensure(member.peerId)).state).toBe('valid')
  })

  it('agreements verify fails on an export whose readable part was edited', async () => {
    const { provider, consumer } = await setup()
    const a = await agree(consumer, provider, 'file')
    const dir = tempDir()
    const cfg = join(dir, 'c.yaml')
    writeFileSync(cfg, `name: c\ndataDir: ${consumer.config.dataDir}\n`)
    const exported = (await consumer.parts.negotiations.exportAgreement(a)) as any
    const ok = join(dir, 'ok.json')
    writeFileSync(ok, JSON.stringify(exported))
    expect((await runCli(['--config', cfg, 'agreements', 'verify', ok])).code).toBe(0)
    for (const edit of [
      (d: any) => {
        d.agreement.purposes = ['marketing']
      },
      (d: any) => {
        d.agreement.validUntil = '2099-01-01T00:00:00.000Z'
      },
      (d: any) => {
        d.agreement.policy.permissions[0].constraints = []
      },
      (d: any) => {
        d.agreementId = 'urn:uuid:other'
      }
    ]) {
      const d = structuredClone(exported)
      edit(d)
      const f = join(dir, 'edited.json')
      writeFileSync(f, JSON.stringify(d))
      const res = await runCli(['--config', cfg, 'agreements', 'verify', f])
      expect(res.code).not.toBe(0)
      expect(res.stderr).toContain('AGREEMENT_INVALID')
    }
  }, 60_000)
})
