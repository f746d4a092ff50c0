import { randomUUID } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { verify as nodeVerify } from 'node:crypto'
import fc from 'fast-check'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { cleanup, nodeAddr, runCli, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { ScriptedPeer } from '../scripted-peer.ts'
import {
  ALL_KINDS,
  STATES,
  signAgreement,
  transition,
  verifyExport,
  type MessageKind,
  type NegotiationRecord,
  type NegotiationState,
  type Role
} from '../../src/negotiation/index.ts'
import { hanse, encodeVarint } from '../../src/wire/index.ts'
import { parsePolicy, policyToWire, type Policy } from '../../src/policy/index.ts'
import type { HanseNode } from '../../src/node/index.ts'
import { readToken } from '../../src/identity/index.ts'

afterEach(cleanup)

const LIMITED = `permissions:
  - action: use
    constraints:
      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research, quality-assurance] }
      - { leftOperand: count, operator: lteq, rightOperand: 3 }
      - { leftOperand: elapsedTime, operator: lteq, rightOperand: P30D }
prohibitions:
  - action: distribute
`
const LIMITED_POLICY: Policy = parsePolicy(
  JSON.parse(
    JSON.stringify({
      permissions: [
        {
          action: 'use',
          constraints: [
            { leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research', 'quality-assurance'] },
            { leftOperand: 'count', operator: 'lteq', rightOperand: 3 },
            { leftOperand: 'elapsedTime', operator: 'lteq', rightOperand: 'P30D' }
          ]
        }
      ],
      prohibitions: [{ action: 'distribute' }]
    })
  ),
  'x',
  'limited'
)
const BROADER: Policy = { ...LIMITED_POLICY, permissions: [{ action: 'use', constraints: [LIMITED_POLICY.permissions[0]!.constraints[0]!] }] }

async function freePort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>(resolve => srv.listen(0, '127.0.0.1', resolve))
  const port = (srv.address() as { port: number }).port
  await new Promise<void>(resolve =>
    srv.close(() => {
      resolve()
    })
  )
  return port
}

function providerConfig(extra: Record<string, any> = {}): ReturnType<typeof testConfig> {
  const dir = tempDir()
  mkdirSync(join(dir, 'policies'))
  writeFileSync(join(dir, 'policies', 'limited.yaml'), LIMITED)
  writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
  return testConfig({
    name: 'provider',
    policies: { dir: join(dir, 'policies') },
    datasets: [
      {
        id: 'data',
        title: 'Data',
        source: join(dir, 'data.csv'),
        offers: [{ policy: 'limited' }, { id: 'data:manual', policy: 'limited', approval: 'manual' }]
      }
    ],
    ...extra
  })
}

async function connect(a: HanseNode, b: HanseNode): Promise<void> {
  await a.parts.net.libp2p.dial(multiaddr(nodeAddr(b)))
}

async function pair(providerExtra: Record<string, any> = {}, consumerExtra: Record<string, any> = {}): Promise<{ provider: HanseNode; consumer: HanseNode }> {
  const provider = await startNode(providerConfig(providerExtra))
  const consumer = await startNode(testConfig({ name: 'consumer', ...consumerExtra }))
  await connect(consumer, provider)
  return { provider, consumer }
}

async function only(node: HanseNode): Promise<NegotiationRecord> {
  const list = await node.parts.negotiations.list()
  expect(list).toHaveLength(1)
  return list[0]!
}

async function reaches(node: HanseNode, id: string, state: NegotiationState, timeoutMs = 10_000): Promise<NegotiationRecord> {
  return await waitFor(async () => {
    const r = await node.parts.negotiations.get(id)
    return r?.state === state ? r : undefined
  }, timeoutMs)
}

describe('negotiation between two real nodes', () => {
  it('request → FINALIZED: both sides hold the same agreement, signed by both, verifiable with a standard Ed25519 tool', async () => {
    const { provider, consumer } = await pair()
    // the request's write lingers and the agreement is handled before it is on disk: events and
    // ledger entries must still come in the order of the transitions, on both sides
    const events = { consumer: [] as string[], provider: [] as string[] }
    consumer.parts.negotiations.on('transition', e => events.consumer.push(`${e.from}>${e.to}`))
    provider.parts.negotiations.on('transition', e => events.provider.push(`${e.from}>${e.to}`))
    const r = await consumer.parts.negotiations.request({
      peer: provider.peerId,
      offerId: 'data',
      narrowing: { purposes: ['research'], maxUses: 2, validFor: 'P7D' }
    })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.state).toBe('FINALIZED')
    expect(done.history.map(h => h.state)).toEqual(['REQUESTED', 'AGREED', 'VERIFIED', 'FINALIZED'])
    expect(done.stateCount).toBe(4)
    const pr = await reaches(provider, done.providerPid, 'FINALIZED')
    expect(pr.history.map(h => h.state)).toEqual(['REQUESTED', 'AGREED', 'VERIFIED', 'FINALIZED'])
    const path = ['start>REQUESTED', 'REQUESTED>AGREED', 'AGREED>VERIFIED', 'VERIFIED>FINALIZED']
    expect(events).toEqual({ consumer: path, provider: path })
    for (const [node, id] of [
      [consumer, done.id],
      [provider, pr.id]
    ] as const) {
      const logged: string[] = []
      for await (const e of node.parts.ledger.query({ type: 'negotiation.state' })) if (e.payload.negotiation === id) logged.push(String(e.payload.state))
      expect(logged).toEqual(['REQUESTED', 'AGREED', 'VERIFIED', 'FINALIZED'])
    }
    expect(pr.consumerPid).toBe(done.id)
    expect(pr.agreementId).toBe(done.agreementId)

    const mine = await consumer.parts.negotiations.exportAgreement(done.agreementId!)
    expect(await provider.parts.negotiations.exportAgreement(done.agreementId!)).toEqual(mine)
    const view = await verifyExport(mine)
    expect(view).toMatchObject({ assigner: provider.peerId, assignee: consumer.peerId, offerId: 'data', datasetId: 'data', purposes: ['research'] })
    expect(Date.parse(view.validUntil!) - Date.parse(view.timestamp)).toBe(7 * 86_400_000)
    // node:crypto (OpenSSL) checks both signatures from the export alone
    for (const role of ['provider', 'consumer'] as const) {
      const party = (mine as any)[role]
      expect(nodeVerify(null, Buffer.from(party.signedMessage, 'base64'), party.publicKeyPem, Buffer.from(party.signature, 'base64'))).toBe(true)
    }
    // a tampered export does not verify
    const tampered = structuredClone(mine) as any
    const bytes = Buffer.from(tampered.signedBytes, 'base64')
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1)
    tampered.signedBytes = bytes.toString('base64')
    await expect(verifyExport(tampered)).rejects.toMatchObject({ code: 'AGREEMENT_INVALID' })
  })

  it('broader terms get a counter-offer that the consumer accepts automatically', async () => {
    const { provider, consumer } = await pair()
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', terms: BROADER, narrowing: { purposes: ['research'] } })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.state).toBe('FINALIZED')
    expect(done.history.map(h => h.state)).toEqual(['REQUESTED', 'OFFERED', 'ACCEPTED', 'AGREED', 'VERIFIED', 'FINALIZED'])
    const view = await verifyExport(await consumer.parts.negotiations.exportAgreement(done.agreementId!))
    // the agreement carries the offer's terms, not the broader ones asked for
    expect(view.policy.permissions[0]!.constraints).toHaveLength(3)
  })

  it('a held counter-offer waits for the consumer operator, who accepts it', async () => {
    const { provider, consumer } = await pair()
    const r = await consumer.parts.negotiations.request({
      peer: provider.peerId,
      offerId: 'data',
      terms: BROADER,
      narrowing: { purposes: ['research'] },
      acceptCounterOffers: false
    })
    await reaches(consumer, r.id, 'OFFERED')
    await consumer.parts.negotiations.accept(r.id)
    expect((await consumer.parts.negotiations.waitFor(r.id, 10_000)).state).toBe('FINALIZED')
  })

  it('a consumer the policy does not allow gets a termination with the reasons, on both sides', async () => {
    const { provider, consumer } = await pair()
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['marketing'] } })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.state).toBe('TERMINATED')
    expect(done.termination).toEqual({ code: 'POLICY_DENIED', reason: "purpose 'marketing' is not one of [research, quality-assurance]", by: 'peer' })
    const p = await only(provider)
    expect(p.state).toBe('TERMINATED')
    expect(p.termination?.by).toBe('local')
    expect(await consumer.parts.negotiations.agreements()).toEqual([])
  })

  it('manual approval: the request waits; approve finalizes, reject terminates on both sides', async () => {
    const { provider, consumer } = await pair()
    const a = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data:manual', narrowing: { purposes: ['research'] } })
    const pa = await waitFor(async () => (await provider.parts.negotiations.list()).find(x => x.consumerPid === a.id))
    // the provider has answered the request (the consumer holds its pid) and took no step of its own
    await waitFor(async () => ((await consumer.parts.negotiations.get(a.id))?.providerPid ?? '') !== '' || undefined)
    expect((await provider.parts.negotiations.get(pa.id))!.state).toBe('REQUESTED')
    expect((await consumer.parts.negotiations.get(a.id))!.state).toBe('REQUESTED')
    await provider.parts.negotiations.approve(pa.id)
    expect((await consumer.parts.negotiations.waitFor(a.id, 10_000)).state).toBe('FINALIZED')

    const b = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data:manual', narrowing: { purposes: ['research'] } })
    const pb = await waitFor(async () => (await provider.parts.negotiations.list()).find(x => x.consumerPid === b.id))
    await provider.parts.negotiations.reject(pb.id, 'not this quarter')
    const done = await consumer.parts.negotiations.waitFor(b.id, 10_000)
    expect(done.termination).toEqual({ code: 'REJECTED', reason: 'not this quarter', by: 'peer' })
    await expect(provider.parts.negotiations.approve(pb.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' })
  })

  it('either side terminates where the state machine lets it, and nowhere else', async () => {
    const { provider, consumer } = await pair()
    // consumer terminates in REQUESTED
    const a = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data:manual', narrowing: { purposes: ['research'] } })
    const pa = await waitFor(async () => (await provider.parts.negotiations.list()).find(x => x.consumerPid === a.id))
    await consumer.parts.negotiations.terminate(a.id, 'changed my mind')
    expect((await reaches(provider, pa.id, 'TERMINATED')).termination).toEqual({ code: 'TERMINATED_BY_USER', reason: 'changed my mind', by: 'peer' })
    // provider terminates in REQUESTED
    const b = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data:manual', narrowing: { purposes: ['research'] } })
    const pb = await waitFor(async () => (await provider.parts.negotiations.list()).find(x => x.consumerPid === b.id))
    await provider.parts.negotiations.terminate(pb.id, 'closing the offer')
    expect((await reaches(consumer, b.id, 'TERMINATED')).termination?.by).toBe('peer')
    // consumer and provider terminate in OFFERED
    for (const who of ['consumer', 'provider'] as const) {
      const c = await consumer.parts.negotiations.request({
        peer: provider.peerId,
        offerId: 'data',
        terms: BROADER,
        narrowing: { purposes: ['research'] },
        acceptCounterOffers: false
      })
      await reaches(consumer, c.id, 'OFFERED')
      const pc = (await provider.parts.negotiations.list()).find(x => x.consumerPid === c.id)!
      await reaches(provider, pc.id, 'OFFERED')
      if (who === 'consumer') await consumer.parts.negotiations.terminate(c.id)
      else await provider.parts.negotiations.terminate(pc.id)
      await reaches(consumer, c.id, 'TERMINATED')
      await reaches(provider, pc.id, 'TERMINATED')
    }
    // nobody terminates a finalized negotiation
    const d = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['research'] } })
    const done = await consumer.parts.negotiations.waitFor(d.id, 10_000)
    await expect(consumer.parts.negotiations.terminate(d.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' })
    await expect(provider.parts.negotiations.terminate(done.providerPid)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' })
  })

  it('over the admin API: create with ?wait, list, get, agreements', async () => {
    const { provider, consumer } = await pair()
    const token = readToken(consumer.config.dataDir)
    const post = await fetch(`${consumer.parts.api.url}/v1/negotiations?wait=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ peer: provider.peerId, offerId: 'data', terms: { purposes: ['research'], maxUses: 1, maxVolume: '1 MiB', validFor: 'P1D' } })
    })
    expect(post.status).toBe(201)
    const { negotiation } = (await post.json()) as any
    expect(negotiation.state).toBe('FINALIZED')
    const get = async (path: string): Promise<any> =>
      await (await fetch(`${consumer.parts.api.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()
    expect((await get('/v1/negotiations?state=FINALIZED')).negotiations.map((n: any) => n.id)).toEqual([negotiation.id])
    expect((await get(`/v1/negotiations/${encodeURIComponent(negotiation.id)}`)).negotiation.agreementId).toBe(negotiation.agreementId)
    expect((await get('/v1/agreements')).agreements[0].agreementId).toBe(negotiation.agreementId)
    const exported = await get(`/v1/agreements/${encodeURIComponent(negotiation.agreementId)}`)
    expect((await verifyExport(exported)).agreementId).toBe(negotiation.agreementId)
    const bad = await fetch(`${consumer.parts.api.url}/v1/negotiations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ peer: provider.peerId, offerId: 'nope' })
    })
    expect(bad.status).toBe(404)
    expect(((await bad.json()) as any).error.code).toBe('OFFER_NOT_FOUND')
  })
})

describe('negotiation: offline peers and restarts', () => {
  it('provider offline during the request: the consumer retries, the provider starts again, the negotiation finalizes', async () => {
    const port = await freePort()
    const cfg = providerConfig({ network: { listen: [`/ip4/127.0.0.1/tcp/${port}`] } })
    let provider = await startNode(cfg)
    const consumer = await startNode(testConfig({ name: 'consumer', negotiation: { retryInitialDelayMs: 100, retryMaxDelayMs: 400, retryMaxAttempts: 50 } }))
    await connect(consumer, provider)
    const offer = await consumer.parts.catalog.fetchOffer(provider.parts.net.peerId, 'data')
    await provider.stop()
    // terms from the catalogue read earlier: the request waits in the outbox
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', terms: offer!.policy, narrowing: { purposes: ['research'] } })
    expect(r.state).toBe('REQUESTED')
    await waitFor(async () => ((await consumer.parts.negotiations.get(r.id))?.outbox?.attempts ?? 0) >= 2 || undefined)
    provider = await startNode(cfg)
    const done = await consumer.parts.negotiations.waitFor(r.id, 15_000)
    expect(done.state).toBe('FINALIZED')
    expect((await reaches(provider, done.providerPid, 'FINALIZED')).agreementId).toBe(done.agreementId)
  })

  it('nodes restarted mid-negotiation resume from their stores', async () => {
    const pPort = await freePort()
    const cPort = await freePort()
    const pCfg = providerConfig({
      network: { listen: [`/ip4/127.0.0.1/tcp/${pPort}`] },
      negotiation: { retryInitialDelayMs: 100, retryMaxDelayMs: 300, retryMaxAttempts: 100 }
    })
    const cCfg = testConfig({
      name: 'consumer',
      network: { listen: [`/ip4/127.0.0.1/tcp/${cPort}`] },
      negotiation: { retryInitialDelayMs: 100, retryMaxDelayMs: 300, retryMaxAttempts: 100 }
    })
    let provider = await startNode(pCfg)
    let consumer = await startNode(cCfg)
    await connect(consumer, provider)
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data:manual', narrowing: { purposes: ['research'] } })
    const p = await waitFor(async () => (await provider.parts.negotiations.list())[0])
    // the provider restarts while the request waits for approval
    await provider.stop()
    provider = await startNode(pCfg)
    expect((await provider.parts.negotiations.get(p.id))!.state).toBe('REQUESTED')
    // the consumer is offline when the operator approves: the agreement waits in the provider's outbox
    await consumer.stop()
    await provider.parts.negotiations.approve(p.id)
    await waitFor(async () => ((await provider.parts.negotiations.get(p.id))?.outbox?.attempts ?? 0) >= 1 || undefined)
    // the restarted provider still knows the consumer's address (the peer store is on disk)
    expect((await provider.parts.net.libp2p.peerStore.get(peerIdFromString(consumer.peerId))).addresses.map(a => a.multiaddr.toString())).toContain(
      `/ip4/127.0.0.1/tcp/${cPort}`
    )
    consumer = await startNode(cCfg)
    expect((await consumer.parts.negotiations.waitFor(r.id, 15_000)).state).toBe('FINALIZED')
    expect((await reaches(provider, p.id, 'FINALIZED')).agreementId).toBe((await consumer.parts.negotiations.get(r.id))!.agreementId)
  })

  it('an undeliverable message ends the negotiation after the configured attempts', async () => {
    const { provider, consumer } = await pair({}, { negotiation: { retryInitialDelayMs: 20, retryMaxDelayMs: 40, retryMaxAttempts: 3 } })
    const offer = await consumer.parts.catalog.fetchOffer(provider.parts.net.peerId, 'data')
    await provider.stop()
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', terms: offer!.policy, narrowing: { purposes: ['research'] } })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.state).toBe('TERMINATED')
    expect(done.termination?.code).toBe('PEER_UNREACHABLE')
    expect(done.outbox).toBeUndefined()
    // without known terms a request to an unreachable provider fails at once
    await expect(consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data' })).rejects.toMatchObject({ code: 'PEER_UNREACHABLE' })
  })
})

describe('negotiation state machine', () => {
  // DSP 2025-1 / DESIGN.md section 5, written out independently of src/negotiation/states.ts
  const LEGAL: Record<string, NegotiationState> = {
    'request consumer start': 'REQUESTED',
    'request consumer OFFERED': 'REQUESTED',
    'offer provider start': 'OFFERED',
    'offer provider REQUESTED': 'OFFERED',
    'agreement provider REQUESTED': 'AGREED',
    'agreement provider ACCEPTED': 'AGREED',
    'accepted consumer OFFERED': 'ACCEPTED',
    'verification consumer AGREED': 'VERIFIED',
    'finalized provider VERIFIED': 'FINALIZED',
    'termination consumer REQUESTED': 'TERMINATED',
    'termination consumer OFFERED': 'TERMINATED',
    'termination consumer AGREED': 'TERMINATED',
    'termination provider REQUESTED': 'TERMINATED',
    'termination provider OFFERED': 'TERMINATED',
    'termination provider ACCEPTED': 'TERMINATED',
    'termination provider VERIFIED': 'TERMINATED'
  }

  it('the transition table is exactly the DSP one, for every message, sender and state', () => {
    let legal = 0
    for (const kind of ALL_KINDS) {
      for (const sender of ['consumer', 'provider'] as Role[]) {
        for (const from of ['start', ...STATES] as Array<NegotiationState | 'start'>) {
          expect(transition(kind, sender, from), `${kind} by ${sender} in ${from}`).toBe(LEGAL[`${kind} ${sender} ${from}`])
          if (LEGAL[`${kind} ${sender} ${from}`] !== undefined) legal++
        }
      }
    }
    expect(legal).toBe(Object.keys(LEGAL).length)
  })

  /** Messages a scripted counterpart can send about process (consumerPid, providerPid). */
  function body(kind: MessageKind, consumerPid: string, providerPid: string, terms: Policy = LIMITED_POLICY): Record<string, unknown> {
    switch (kind) {
      case 'request':
        return { contractRequest: { consumerPid, providerPid, offerId: 'data', terms: policyToWire(terms, 't'), purposes: ['research'] } }
      case 'offer':
        return { contractOffer: { consumerPid, providerPid, offerId: 'data', terms: policyToWire(terms, 't') } }
      case 'accepted':
        return { event: { consumerPid, providerPid, type: hanse.v1.NegotiationEvent.Type.ACCEPTED } }
      case 'finalized':
        return { event: { consumerPid, providerPid, type: hanse.v1.NegotiationEvent.Type.FINALIZED } }
      case 'agreement':
        return { contractAgreement: { consumerPid, providerPid, agreement: new Uint8Array([1]), providerSignature: new Uint8Array(64) } }
      case 'verification':
        return { verification: { consumerPid, providerPid, consumerSignature: new Uint8Array(64) } }
      case 'termination':
        return { termination: { consumerPid, providerPid, code: 'X', reason: 'test' } }
    }
  }

  it('a real provider refuses every illegal message in every state it rests in, and changes nothing', async () => {
    const provider = await startNode(providerConfig())
    const fake = await ScriptedPeer.attach(await startNode(testConfig({ name: 'fake-consumer' })))
    await connect(fake.node, provider)
    const pid = provider.parts.net.peerId
    const toState = async (state: NegotiationState): Promise<{ cpid: string; ppid: string }> => {
      const cpid = `urn:uuid:fake-${state}-${Math.random()}`
      const offerId = state === 'REQUESTED' ? 'data:manual' : 'data'
      const terms = state === 'OFFERED' ? BROADER : LIMITED_POLICY
      const reply = await fake.send(pid, {
        contractRequest: { consumerPid: cpid, offerId, terms: policyToWire(terms, 't'), purposes: state === 'TERMINATED' ? ['marketing'] : ['research'] }
      })
      const ppid = reply.ack!.providerPid ?? ''
      if (state === 'FINALIZED') {
        const agreement = await fake.waitFor(m => m.contractAgreement?.consumerPid === cpid)
        const sig = await signAgreement(
          { peerId: fake.node.peerId, sign: d => fake.node.parts.identity.privateKey.sign(d) },
          'consumer',
          agreement.contractAgreement!.agreement!
        )
        expect((await fake.send(pid, { verification: { consumerPid: cpid, providerPid: ppid, consumerSignature: sig } })).ack).toBeTruthy()
      }
      await reaches(provider, ppid, state)
      return { cpid, ppid }
    }
    let refused = 0
    for (const state of ['REQUESTED', 'OFFERED', 'AGREED', 'FINALIZED', 'TERMINATED'] as NegotiationState[]) {
      const { cpid, ppid } = await toState(state)
      for (const kind of ALL_KINDS) {
        // a provider-only message sent to a provider is about a consumer process it does not have
        const providerOnly = kind === 'offer' || kind === 'agreement' || kind === 'finalized'
        if (!providerOnly && transition(kind, 'consumer', state) !== undefined) continue
        const before = (await provider.parts.negotiations.get(ppid))!
        const reply = await fake.send(pid, body(kind, cpid, ppid))
        expect(reply.error?.code, `${kind} in ${state}`).toBe(providerOnly ? 'NEGOTIATION_NOT_FOUND' : 'INVALID_TRANSITION')
        const after = (await provider.parts.negotiations.get(ppid))!
        expect(after.state).toBe(before.state)
        expect(after.stateCount).toBe(before.stateCount)
        refused++
      }
    }
    expect(refused).toBeGreaterThan(25)
  })

  it('a real consumer refuses every illegal message in every state it rests in, and changes nothing', async () => {
    const fakeProvider = await ScriptedPeer.attach(await startNode(providerConfig({ name: 'fake-provider' })))
    const consumer = await startNode(testConfig({ name: 'consumer' }))
    await connect(consumer, fakeProvider.node)
    const cpidOf = async (state: NegotiationState): Promise<{ cpid: string; ppid: string }> => {
      const r = await consumer.parts.negotiations.request({
        peer: fakeProvider.node.peerId,
        offerId: 'data',
        narrowing: { purposes: ['research'] },
        acceptCounterOffers: false
      })
      await fakeProvider.waitFor(m => m.contractRequest?.consumerPid === r.id)
      // the fake provider acknowledged the request with its own process id
      const ppid = fakeProvider.ownPid
      const to = consumer.parts.net.peerId
      if (state === 'REQUESTED') return { cpid: r.id, ppid }
      if (state === 'TERMINATED') {
        await fakeProvider.send(to, { termination: { consumerPid: r.id, providerPid: ppid, code: 'X', reason: 'bye' } })
        return { cpid: r.id, ppid }
      }
      if (state === 'OFFERED' || state === 'ACCEPTED') {
        await fakeProvider.send(to, { contractOffer: { consumerPid: r.id, providerPid: ppid, offerId: 'data', terms: policyToWire(LIMITED_POLICY, 't') } })
        if (state === 'ACCEPTED') await consumer.parts.negotiations.accept(r.id)
        await reaches(consumer, r.id, state)
        return { cpid: r.id, ppid }
      }
      // VERIFIED and FINALIZED: a properly signed agreement for the terms on the table
      const rec = (await consumer.parts.negotiations.get(r.id))!
      const bytes = hanse.v1.Agreement.encode({
        agreementId: `urn:uuid:a-${Math.random()}`,
        offerId: 'data',
        datasetId: 'data',
        policy: policyToWire(rec.terms, 'x'),
        assigner: fakeProvider.node.peerId,
        assignee: consumer.peerId,
        timestamp: Date.now(),
        consumerPid: r.id,
        providerPid: ppid
      }).finish()
      const sig = await signAgreement({ peerId: fakeProvider.node.peerId, sign: d => fakeProvider.node.parts.identity.privateKey.sign(d) }, 'provider', bytes)
      expect(
        (await fakeProvider.send(to, { contractAgreement: { consumerPid: r.id, providerPid: ppid, agreement: bytes, providerSignature: sig } })).ack
      ).toBeTruthy()
      await reaches(consumer, r.id, 'VERIFIED')
      if (state === 'FINALIZED')
        await fakeProvider.send(to, { event: { consumerPid: r.id, providerPid: ppid, type: hanse.v1.NegotiationEvent.Type.FINALIZED } })
      await reaches(consumer, r.id, state)
      return { cpid: r.id, ppid }
    }
    let refused = 0
    for (const state of ['REQUESTED', 'OFFERED', 'ACCEPTED', 'VERIFIED', 'FINALIZED', 'TERMINATED'] as NegotiationState[]) {
      const { cpid, ppid } = await cpidOf(state)
      for (const kind of ALL_KINDS) {
        // a consumer-only message sent to a consumer is about a provider process it does not have
        const consumerOnly = kind === 'request' || kind === 'accepted' || kind === 'verification'
        if (!consumerOnly && transition(kind, 'provider', state) !== undefined) continue
        const before = (await consumer.parts.negotiations.get(cpid))!
        const reply = await fakeProvider.send(consumer.parts.net.peerId, body(kind, cpid, ppid))
        expect(reply.error?.code, `${kind} in ${state}`).toBe(consumerOnly ? 'NEGOTIATION_NOT_FOUND' : 'INVALID_TRANSITION')
        const after = (await consumer.parts.negotiations.get(cpid))!
        expect(after.state).toBe(before.state)
        expect(after.stateCount).toBe(before.stateCount)
        refused++
      }
    }
    expect(refused).toBeGreaterThan(25)
  })
})

describe('negotiation under bad input', () => {
  it("a third peer cannot read or touch someone else's negotiation", async () => {
    const { provider, consumer } = await pair()
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data:manual', narrowing: { purposes: ['research'] } })
    const p = await waitFor(async () => (await provider.parts.negotiations.list())[0])
    const intruder = await ScriptedPeer.attach(await startNode(testConfig({ name: 'intruder' })))
    await connect(intruder.node, provider)
    await connect(intruder.node, consumer)
    for (const [to, msg] of [
      [provider, { termination: { consumerPid: r.id, providerPid: p.id, code: 'X', reason: 'hijack' } }],
      [provider, { event: { consumerPid: r.id, providerPid: p.id, type: hanse.v1.NegotiationEvent.Type.ACCEPTED } }],
      [consumer, { termination: { consumerPid: r.id, providerPid: p.id, code: 'X', reason: 'hijack' } }],
      [consumer, { contractOffer: { consumerPid: r.id, providerPid: p.id, offerId: 'data', terms: policyToWire(LIMITED_POLICY, 't') } }]
    ] as const) {
      const reply = await intruder.send(to.parts.net.peerId, msg as any)
      expect(reply.error?.code).toBe('NEGOTIATION_NOT_FOUND')
    }
    // nor end it by the consumer's id alone (what the consumer may send before it knows the provider's)
    const noPid = await intruder.send(provider.parts.net.peerId, { termination: { consumerPid: r.id, providerPid: '', code: 'X', reason: 'hijack' } })
    // (to this peer it is a termination without the provider's id of a process it does not have)
    expect(noPid.error?.code).toBe('BAD_REQUEST')
    expect((await provider.parts.negotiations.get(p.id))!.state).toBe('REQUESTED')
    expect((await consumer.parts.negotiations.get(r.id))!.state).toBe('REQUESTED')
    await provider.parts.negotiations.approve(p.id)
    expect((await consumer.parts.negotiations.waitFor(r.id, 10_000)).state).toBe('FINALIZED')
  })

  it("a consumer that ends its request before it learned the provider's id ends the provider's process too", async () => {
    const { provider } = await pair()
    const fake = await ScriptedPeer.attach(await startNode(testConfig({ name: 'fake-consumer' })))
    await connect(fake.node, provider)
    const pid = provider.parts.net.peerId
    const cpid = `urn:uuid:${randomUUID()}`
    const created = await fake.send(pid, {
      contractRequest: { consumerPid: cpid, offerId: 'data:manual', terms: policyToWire(LIMITED_POLICY, 't'), purposes: ['research'] }
    })
    const ppid = created.ack!.providerPid!
    expect((await provider.parts.negotiations.get(ppid))!.state).toBe('REQUESTED')
    // its termination names only its own id, as when the acknowledgement had not reached it yet
    const ended = await fake.send(pid, { termination: { consumerPid: cpid, providerPid: '', code: 'TERMINATED_BY_USER', reason: 'changed my mind' } })
    expect(ended.error).toBeFalsy()
    expect(ended.ack).toMatchObject({ consumerPid: cpid, providerPid: ppid, state: hanse.v1.NegotiationState.TERMINATED })
    expect((await provider.parts.negotiations.get(ppid))!.termination).toEqual({ code: 'TERMINATED_BY_USER', reason: 'changed my mind', by: 'peer' })
    // a termination without the provider's id for a process that does not exist is still refused
    const unknown = await fake.send(pid, { termination: { consumerPid: `urn:uuid:${randomUUID()}`, providerPid: '', code: 'X', reason: 'x' } })
    expect(unknown.error?.code).toBe('BAD_REQUEST')
  })

  it('a forged agreement signature terminates the negotiation on the consumer', async () => {
    const fakeProvider = await ScriptedPeer.attach(await startNode(providerConfig({ name: 'fake-provider' })))
    const consumer = await startNode(testConfig({ name: 'consumer' }))
    await connect(consumer, fakeProvider.node)
    const r = await consumer.parts.negotiations.request({ peer: fakeProvider.node.peerId, offerId: 'data', narrowing: { purposes: ['research'] } })
    await fakeProvider.waitFor(m => m.contractRequest?.consumerPid === r.id)
    const rec = (await consumer.parts.negotiations.get(r.id))!
    const ppid = fakeProvider.ownPid
    const bytes = hanse.v1.Agreement.encode({
      agreementId: 'urn:uuid:forged',
      offerId: 'data',
      datasetId: 'data',
      policy: policyToWire(rec.terms, 'x'),
      assigner: fakeProvider.node.peerId,
      assignee: consumer.peerId,
      timestamp: Date.now(),
      consumerPid: r.id,
      providerPid: ppid
    }).finish()
    // signed by the consumer's own key instead of the provider's
    const forged = await signAgreement({ peerId: consumer.peerId, sign: d => consumer.parts.identity.privateKey.sign(d) }, 'provider', bytes)
    const reply = await fakeProvider.send(consumer.parts.net.peerId, {
      contractAgreement: { consumerPid: r.id, providerPid: ppid, agreement: bytes, providerSignature: forged }
    })
    expect(reply.error?.code).toBe('SIGNATURE_INVALID')
    const after = (await consumer.parts.negotiations.get(r.id))!
    expect(after.state).toBe('TERMINATED')
    expect(after.termination?.code).toBe('SIGNATURE_INVALID')
    expect(await consumer.parts.negotiations.agreements()).toEqual([])
  })

  it('a replayed message gets its first answer again; an old message under a new id is refused', async () => {
    const provider = await startNode(providerConfig())
    const fake = await ScriptedPeer.attach(await startNode(testConfig({ name: 'fake-consumer' })))
    await connect(fake.node, provider)
    const cpid = 'urn:uuid:replay'
    const msg = { contractRequest: { consumerPid: cpid, offerId: 'data:manual', terms: policyToWire(LIMITED_POLICY, 't'), purposes: ['research'] } }
    const first = await fake.send(provider.parts.net.peerId, msg, 'm-1')
    const again = await fake.send(provider.parts.net.peerId, msg, 'm-1')
    expect(again.ack).toEqual(first.ack)
    expect(await provider.parts.negotiations.list()).toHaveLength(1)
    const replay = await fake.send(provider.parts.net.peerId, msg, 'm-2')
    expect(replay.error?.code).toBe('INVALID_TRANSITION')
    expect(await provider.parts.negotiations.list()).toHaveLength(1)
  })

  it('unknown and invisible offers are refused without creating a process; a request flood is capped per peer', async () => {
    const provider = await startNode(providerConfig({ negotiation: { maxOpenPerPeer: 20 } }))
    const fake = await ScriptedPeer.attach(await startNode(testConfig({ name: 'flooder' })))
    await connect(fake.node, provider)
    const pid = provider.parts.net.peerId
    const unknown = await fake.send(pid, { contractRequest: { consumerPid: 'urn:uuid:x', offerId: 'nope', terms: policyToWire(LIMITED_POLICY, 't') } })
    expect(unknown.error?.code).toBe('OFFER_NOT_FOUND')
    const badTerms = await fake.send(pid, {
      contractRequest: {
        consumerPid: 'urn:uuid:y',
        offerId: 'data',
        terms: { permissions: [{ action: 'use', constraints: [{ atomic: { leftOperand: 'colour', operator: 'eq', rightOperand: ['red'] } }] }] }
      }
    })
    expect(badTerms.error?.code).toBe('BAD_REQUEST')
    expect(await provider.parts.negotiations.list()).toEqual([])
    const replies = []
    for (let i = 0; i < 40; i++)
      replies.push(
        await fake.send(pid, {
          contractRequest: { consumerPid: `urn:uuid:flood-${i}`, offerId: 'data:manual', terms: policyToWire(LIMITED_POLICY, 't'), purposes: ['research'] }
        })
      )
    expect(replies.filter(r => r.ack != null)).toHaveLength(20)
    expect(replies.filter(r => r.error?.code === 'TOO_MANY_NEGOTIATIONS')).toHaveLength(20)
    // an honest consumer is still served
    const honest = await startNode(testConfig({ name: 'honest' }))
    await connect(honest, provider)
    const h = await honest.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['research'] } })
    expect((await honest.parts.negotiations.waitFor(h.id, 10_000)).state).toBe('FINALIZED')
  })

  it('fuzz: random and mutated messages never crash the node, and an honest negotiation still finalizes', async () => {
    const provider = await startNode(providerConfig())
    const fake = await ScriptedPeer.attach(await startNode(testConfig({ name: 'fuzzer' })))
    await connect(fake.node, provider)
    const pid = provider.parts.net.peerId
    const valid = hanse.v1.NegotiationMessage.encode({
      messageId: 'fz',
      contractRequest: { consumerPid: 'urn:uuid:fz', offerId: 'data:manual', terms: policyToWire(LIMITED_POLICY, 't'), purposes: ['research'] }
    }).finish()
    const mutated = fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }).map(edits => {
      const b = Uint8Array.from(valid)
      for (const [i, v] of edits) b[i] = v
      return b
    })
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated, fc.uint8Array({ maxLength: 400 })), async bytes => {
        const out = await fake.sendRaw(pid, bytes)
        if (out !== 'reset' && out !== 'closed') expect(out.ack != null || out.error != null).toBe(true)
      }),
      { seed: 7, numRuns: 150 }
    )
    // an oversized frame is refused at its length prefix
    expect(await fake.sendRaw(pid, encodeVarint(10 * 1024 * 1024))).not.toHaveProperty('ack')
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), bytes => {
        try {
          hanse.v1.NegotiationMessage.decode(bytes)
        } catch (err) {
          expect(err).toBeInstanceOf(Error)
        }
      }),
      { seed: 7, numRuns: 3000 }
    )
    const honest = await startNode(testConfig({ name: 'honest' }))
    await connect(honest, provider)
    const h = await honest.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['research'] } })
    expect((await honest.parts.negotiations.waitFor(h.id, 10_000)).state).toBe('FINALIZED')
  }, 60_000)
})

describe('negotiation CLI', () => {
  it('negotiate, list, approve, show and verify an agreement offline', async () => {
    const { provider, consumer } = await pair()
    const dir = tempDir()
    const cfgFor = (n: HanseNode, name: string): string => {
      const f = join(dir, `${name}.yaml`)
      writeFileSync(f, `name: ${name}\ndataDir: ${n.config.dataDir}\n`)
      return f
    }
    const c = cfgFor(consumer, 'consumer')
    const p = cfgFor(provider, 'provider')
    const ok = await runCli(['--config', c, 'negotiate', provider.peerId, 'data', '--purpose', 'research', '--uses', '2', '--days', '7'])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('state:    FINALIZED')
    const denied = await runCli(['--config', c, 'negotiate', provider.peerId, 'data', '--purpose', 'marketing'])
    expect(denied.code).toBe(1)
    expect(denied.stderr).toContain('POLICY_DENIED')
    const pending = await runCli(['--config', c, 'negotiate', provider.peerId, 'data:manual', '--purpose', 'research', '--no-wait', '--json'])
    const id = JSON.parse(pending.stdout).negotiation.id as string
    const waiting = await waitFor(async () => {
      const list = await runCli(['--config', p, 'negotiations', '--state', 'requested', '--json'])
      return (JSON.parse(list.stdout).negotiations as any[]).find(n => n.consumerPid === id)
    })
    expect(waiting.waitingFor).toBe('operator approval')
    expect((await runCli(['--config', p, 'negotiations', 'approve', waiting.id])).code).toBe(0)
    await reaches(consumer, id, 'FINALIZED')
    const table = await runCli(['--config', c, 'negotiations'])
    expect(table.stdout).toContain('FINALIZED')
    expect(table.stdout).toContain('POLICY_DENIED')
    const agreements = JSON.parse((await runCli(['--config', c, 'agreements', '--json'])).stdout).agreements
    expect(agreements).toHaveLength(2)
    const exported = await runCli(['--config', c, 'agreements', 'show', agreements[0].agreementId, '--json'])
    const file = join(dir, 'agreement.json')
    writeFileSync(file, exported.stdout)
    const verified = await runCli(['agreements', 'verify', file])
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain('valid agreement')
    const doc = JSON.parse(exported.stdout)
    doc.consumer.signature = doc.provider.signature
    writeFileSync(file, JSON.stringify(doc))
    const bad = await runCli(['agreements', 'verify', file])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('AGREEMENT_INVALID')
  }, 60_000)
})
