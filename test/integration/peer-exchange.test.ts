import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromString } from '@libp2p/peer-id'
import { PeerRecord, RecordEnvelope } from '@libp2p/peer-record'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, nodeAddr, onCleanup, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { vcAuthority, type VcAuthority } from '../vc-helpers.ts'
import { ensureDataDir, joseKeys, loadOrCreateIdentity } from '../../src/identity/index.ts'
import { Net, PEX_PROTOCOL, PeerExchange, type PeerExchangeInit } from '../../src/net/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import { FramedStream, encodeVarint, hanse } from '../../src/wire/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

/** Peers this node holds an address for (peer store), itself excluded. */
async function knownPeers(node: HanseNode): Promise<Set<string>> {
  const all = await node.parts.net.libp2p.peerStore.all()
  return new Set(all.filter(p => p.addresses.length > 0 && p.id.toString() !== node.peerId).map(p => p.id.toString()))
}

async function everyoneKnowsEveryone(nodes: HanseNode[]): Promise<boolean> {
  for (const n of nodes) {
    const known = await knownPeers(n)
    for (const m of nodes) if (m !== n && !known.has(m.peerId)) return false
  }
  return true
}

/** A node with no DHT and no mDNS: whatever it learns beyond its bootstrap peer comes from peer exchange. */
function chainConfig(name: string, bootstrap: HanseNode | undefined, extra: Record<string, unknown> = {}) {
  return testConfig({ name, network: { dht: { enabled: false }, ...(bootstrap === undefined ? {} : { bootstrap: [nodeAddr(bootstrap)] }) }, ...extra })
}

async function signedRecord(addrs: string[], seq: bigint) {
  const key = await generateKeyPair('Ed25519')
  const peerId = peerIdFromPrivateKey(key)
  const envelope = await RecordEnvelope.seal(new PeerRecord({ peerId, multiaddrs: addrs.map(a => multiaddr(a)), seqNumber: seq }), key)
  return { key, peerId, bytes: envelope.marshal() }
}

async function push(from: HanseNode, to: HanseNode, frames: Uint8Array[]): Promise<FramedStream> {
  const stream = await from.parts.net.libp2p.dialProtocol(multiaddr(nodeAddr(to)), PEX_PROTOCOL)
  const framed = new FramedStream(stream)
  for (const f of frames) await framed.sendFrame(f)
  return framed
}

/**
 * A network part with its own peer exchange turned off, and a peer exchange put on its libp2p
 * host by the test: one that asks `allowed` whom it may trade with (the narrow interface the
 * membership service fills in trust mode `members`), with the retries the test sets.
 */
async function startExchange(
  privateKey: PrivateKey,
  bootstrap: Net | undefined,
  allowed: (peer: PeerId) => boolean,
  init: Partial<PeerExchangeInit> = {}
): Promise<{ net: Net; pex: PeerExchange; id: string }> {
  const net = new Net(
    { privateKey, logger: silentLogger() },
    {
      ...testConfig().network,
      bootstrap: bootstrap === undefined ? [] : [bootstrap.listenAddrs().find(a => a.includes('/ip4/127.0.0.1/')) as string],
      dht: { enabled: false },
      peerExchange: { enabled: false, maxPeers: 100 },
      trust: { mode: 'open', allowlist: [] }
    }
  )
  await net.start()
  onCleanup(async () => {
    await net.stop()
  })
  const pex = new PeerExchange(
    { node: net.libp2p, privateKey, logger: silentLogger(), allowed: async peer => allowed(peer) },
    { maxPeers: 100, retryBackoff: { initialMs: 100, maxMs: 400 }, ...init }
  )
  await pex.start()
  onCleanup(async () => {
    await pex.stop()
  })
  return { net, pex, id: net.libp2p.peerId.toString() }
}

async function netKnows(net: Net, other: string): Promise<boolean> {
  const p = await net.libp2p.peerStore.get(peerIdFromString(other)).catch(() => undefined)
  return p !== undefined && p.addresses.length > 0
}

describe('peer exchange (/hanse/pex/1.0.0)', () => {
  it('a chain of four nodes without DHT: everyone learns everyone, a late joiner and a moved address included', async () => {
    const a = await startNode(chainConfig('a', undefined))
    const b = await startNode(chainConfig('b', a))
    const c = await startNode(chainConfig('c', b))
    const d = await startNode(chainConfig('d', c))
    await waitFor(() => everyoneKnowsEveryone([a, b, c, d]), 10_000)
    // a and d never met: d reaches a by its peer id alone, through the address peer exchange gave it
    expect(d.parts.net.libp2p.getConnections(a.parts.net.peerId)).toHaveLength(0)
    await d.parts.net.libp2p.dial(a.parts.net.peerId)
    expect(d.parts.net.libp2p.getConnections(a.parts.net.peerId).length).toBeGreaterThan(0)

    // a late joiner at the far end becomes known to the first node, and the other way round
    const e = await startNode(chainConfig('e', d))
    await waitFor(() => everyoneKnowsEveryone([a, b, c, d, e]), 10_000)
    expect(a.parts.net.exchangedPeers).toBe(5) // four others and itself

    // a node that comes back on another port: its newer record replaces the old one everywhere
    const dataDir = e.config.dataDir
    const oldAddr = nodeAddr(e)
    await e.stop()
    const e2 = await startNode(chainConfig('e', d, { dataDir }))
    const newAddr = nodeAddr(e2).replace(/\/p2p\/.*$/, '')
    expect(nodeAddr(e2)).not.toBe(oldAddr)
    await waitFor(async () => {
      const p = await a.parts.net.libp2p.peerStore.get(e2.parts.net.peerId)
      return p.addresses.some(x => x.multiaddr.toString() === newAddr)
    }, 10_000)
  })

  it('off by configuration: nothing is learned beyond direct connections', async () => {
    const off = { network: { dht: { enabled: false }, peerExchange: { enabled: false } } }
    const a = await startNode(testConfig({ name: 'a', ...off }))
    const b = await startNode(testConfig({ name: 'b', network: { ...off.network, bootstrap: [nodeAddr(a)] } }))
    const c = await startNode(testConfig({ name: 'c', network: { ...off.network, bootstrap: [nodeAddr(b)] } }))
    await waitFor(() => b.parts.net.libp2p.getConnections().length === 2 || undefined)
    await new Promise(resolve => setTimeout(resolve, 500))
    expect((await knownPeers(c)).has(a.peerId)).toBe(false)
    expect(c.parts.net.exchangedPeers).toBe(0)
  })

  it('hostile input: forged, oversized and malformed records are dropped; a bad frame resets only that stream', async () => {
    const victim = await startNode(chainConfig('victim', undefined))
    const sender = await startNode(chainConfig('sender', undefined))
    const good = await signedRecord(['/ip4/127.0.0.1/tcp/4999'], 5n)
    // a record whose envelope is signed by one key but names another peer
    const liar = await signedRecord(['/ip4/10.6.6.6/tcp/4001'], 5n)
    const impostor = await generateKeyPair('Ed25519')
    const forged = (
      await RecordEnvelope.seal(new PeerRecord({ peerId: liar.peerId, multiaddrs: [multiaddr('/ip4/10.6.6.6/tcp/4001')], seqNumber: 9n }), impostor)
    ).marshal()
    // a valid envelope with a flipped signature byte
    const flipped = Uint8Array.from(good.bytes)
    flipped[flipped.length - 1] = (flipped.at(-1) as number) ^ 1
    const tooMany = await signedRecord(
      Array.from({ length: 40 }, (_, i) => `/ip4/127.0.0.1/tcp/${5000 + i}`),
      1n
    )
    const frame = hanse.v1.PeerExchange.encode({ records: [forged, new Uint8Array([1, 2, 3]), tooMany.bytes, new Uint8Array(8192), good.bytes] }).finish()
    const framed = await push(sender, victim, [frame])
    await framed.close()
    await waitFor(async () => (await knownPeers(victim)).has(good.peerId.toString()) || undefined)
    const known = await knownPeers(victim)
    expect(known.has(liar.peerId.toString())).toBe(false)
    expect(known.has(tooMany.peerId.toString())).toBe(false)
    // an older record of a peer does not replace a newer one
    const older = await RecordEnvelope.seal(new PeerRecord({ peerId: good.peerId, multiaddrs: [multiaddr('/ip4/127.0.0.1/tcp/1')], seqNumber: 1n }), good.key)
    await (await push(sender, victim, [hanse.v1.PeerExchange.encode({ records: [older.marshal()] }).finish()])).close()
    await new Promise(resolve => setTimeout(resolve, 200))
    const stored = await victim.parts.net.libp2p.peerStore.get(good.peerId)
    expect(stored.addresses.map(x => x.multiaddr.toString())).toEqual(['/ip4/127.0.0.1/tcp/4999'])

    // a frame that is not a PeerExchange, and one over the size limit: that stream is reset
    const bad = await push(sender, victim, [new Uint8Array([0x0a, 0xff, 0xff, 0xff, 0x0f])])
    await waitFor(() => bad.stream.status !== 'open' || undefined)
    const huge = await sender.parts.net.libp2p.dialProtocol(multiaddr(nodeAddr(victim)), PEX_PROTOCOL)
    huge.send(encodeVarint(64 * 1024 * 1024))
    await waitFor(() => huge.status !== 'open' || undefined)
    // and the node serves the next exchange as before
    const later = await signedRecord(['/ip4/127.0.0.1/tcp/4998'], 7n)
    await (await push(sender, victim, [hanse.v1.PeerExchange.encode({ records: [later.bytes] }).finish()])).close()
    await waitFor(async () => (await knownPeers(victim)).has(later.peerId.toString()) || undefined)
  })

  it('trust mode members: records go to and come from verified members only', async () => {
    const auth = await vcAuthority()
    const member = async (name: string, bootstrap: HanseNode | undefined, credential = true): Promise<HanseNode> => {
      const dir = tempDir()
      const dataDir = join(dir, 'data')
      ensureDataDir(dataDir)
      const did = joseKeys((await loadOrCreateIdentity(dataDir)).privateKey).did
      const file = join(dir, 'member.vc.jwt')
      // the outsider holds no credential and trusts no one: it would take any record it is given
      if (!credential) return await startNode(chainConfig(name, bootstrap, { dataDir }))
      auth.issueTo(did, file, { orgName: `${name} GmbH` })
      return await startNode(
        chainConfig(name, bootstrap, {
          dataDir,
          trust: { mode: 'members', allowHousekeeping: true },
          identity: { credentials: [file], trustedIssuers: [(auth as VcAuthority).did], statusListCacheMs: 0 }
        })
      )
    }
    auth.publish()
    const a = await member('a', undefined)
    const b = await member('b', a)
    const c = await member('c', b)
    await waitFor(() => everyoneKnowsEveryone([a, b, c]), 10_000)
    // an outsider connects to b (housekeeping allowed) but is no member: it learns nothing, and nobody learns of it
    const outsider = await member('outsider', b, false)
    await waitFor(() => b.parts.net.libp2p.getConnections(outsider.parts.net.peerId).length > 0 || undefined)
    await waitFor(() => b.parts.membership?.view(outsider.peerId)?.state !== undefined && b.parts.membership?.view(outsider.peerId)?.state !== 'pending')
    await new Promise(resolve => setTimeout(resolve, 500))
    expect(await knownPeers(outsider)).toEqual(new Set([b.peerId]))
    expect((await knownPeers(a)).has(outsider.peerId)).toBe(false)
    expect((await knownPeers(c)).has(outsider.peerId)).toBe(false)
    // its own push is refused
    const rec = await signedRecord(['/ip4/127.0.0.1/tcp/4997'], 3n)
    const s = await outsider.parts.net.libp2p.dialProtocol(b.parts.net.peerId, PEX_PROTOCOL).catch(() => undefined)
    if (s !== undefined) {
      const framed = new FramedStream(s)
      await framed.sendFrame(hanse.v1.PeerExchange.encode({ records: [rec.bytes] }).finish()).catch(() => {})
      await framed.close().catch(() => {})
    }
    await new Promise(resolve => setTimeout(resolve, 200))
    expect((await knownPeers(b)).has(rec.peerId.toString())).toBe(false)
  })

  describe('with a peer whose membership is not yet known', () => {
    /** a - b - c, where b and c know each other as members and a and b do not yet. */
    async function chain(init: Partial<PeerExchangeInit>) {
      const keys = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519'), generateKeyPair('Ed25519')])
      const [ia, ib, ic] = keys.map(k => peerIdFromPrivateKey(k).toString()) as [string, string, string]
      const admitted = new Set([`${ib}>${ic}`, `${ic}>${ib}`])
      const asks = (self: string) => (peer: PeerId) => admitted.has(`${self}>${peer.toString()}`)
      const a = await startExchange(keys[0], undefined, asks(ia), init)
      const b = await startExchange(keys[1], a.net, asks(ib), init)
      const c = await startExchange(keys[2], b.net, asks(ic), init)
      await waitFor(async () => (await netKnows(c.net, ib)) && (await netKnows(b.net, ic)) && b.pex.size === 2 && c.pex.size === 2)
      await new Promise(resolve => setTimeout(resolve, 300))
      // (a knows b and b knows a from their own connection; neither has passed anything on)
      expect(await netKnows(c.net, ia)).toBe(false)
      expect(await netKnows(a.net, ic)).toBe(false)
      const admit = (x: string, y: string): void => {
        admitted.add(`${x}>${y}`)
      }
      return { a, b, c, admit }
    }

    it('is offered the records once it is admitted (no retries needed)', async () => {
      const { a, b, c, admit } = await chain({ pushRetries: 0 })
      admit(a.id, b.id)
      admit(b.id, a.id)
      // what the membership service's `member` event does
      a.pex.offer(b.id)
      b.pex.offer(a.id)
      await waitFor(async () => (await netKnows(a.net, c.id)) && (await netKnows(c.net, a.id)), 10_000)
    })

    it('a push it refused is sent again once it admits the sender', async () => {
      const { a, b, c, admit } = await chain({ pushRetries: 5 })
      // b has verified a and offers it its records; a refuses them: it has not verified b yet
      admit(b.id, a.id)
      b.pex.offer(a.id)
      await new Promise(resolve => setTimeout(resolve, 150))
      expect(await netKnows(a.net, c.id)).toBe(false)
      // a verifies b, and nobody offers anything again: b's refused push comes back by itself
      admit(a.id, b.id)
      await waitFor(() => netKnows(a.net, c.id), 10_000)
    })
  })
})
