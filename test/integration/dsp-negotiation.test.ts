import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { admin, DSP_CONTEXT, callbackServer, postDsp, validDsp } from '../dsp-helpers.ts'
import { cleanup, runCli, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { joseKeys } from '../../src/identity/index.ts'
import type { HanseNode } from '../../src/node/index.ts'
import { decodeAgreement, verifyExport } from '../../src/negotiation/index.ts'

afterEach(cleanup)

const RESEARCH = 'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n'
const OPEN = 'permissions:\n  - action: use\n'
const TCK = 'tck-secret-token'
const post = async (url: string, body: unknown): Promise<{ status: number; body: any }> => await postDsp(url, body, TCK)

/** A node that speaks DSP only: libp2p listens nowhere and dials no one. */
async function dspNode(name: string, o: { provider?: boolean; dsp?: Record<string, unknown>; negotiation?: Record<string, unknown> } = {}): Promise<HanseNode> {
  const dir = tempDir()
  const extra: Record<string, unknown> = {}
  if (o.provider === true) {
    const policies = join(dir, 'policies')
    mkdirSync(policies)
    writeFileSync(join(policies, 'research.yaml'), RESEARCH)
    writeFileSync(join(policies, 'open.yaml'), OPEN)
    writeFileSync(join(dir, 'weather.csv'), 'day,temp\nmon,12\n')
    writeFileSync(join(dir, 'tck.token'), `${TCK}\n`)
    extra.policies = { dir: policies }
    extra.datasets = [
      { id: 'weather', title: 'Weather', source: join(dir, 'weather.csv'), offers: [{ id: 'weather:research', policy: 'research' }] },
      { id: 'ACN0101', title: 'TCK dataset', source: join(dir, 'weather.csv'), offers: [{ id: 'CD123:ACN0101:456', policy: 'open' }] },
      { id: 'manual', title: 'Needs approval', source: join(dir, 'weather.csv'), offers: [{ id: 'manual:open', policy: 'open', approval: 'manual' }] }
    ]
  }
  return await startNode(
    testConfig({
      name,
      network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
      dsp: {
        enabled: true,
        listen: { host: '127.0.0.1', port: 0 },
        auth: o.provider === true ? { tokens: [{ participantId: 'urn:tck:consumer', tokenFile: join(dir, 'tck.token') }] } : {},
        ...o.dsp
      },
      ...(o.negotiation === undefined ? {} : { negotiation: o.negotiation }),
      ...extra
    })
  )
}

describe('hanse ↔ hanse over DSP only', () => {
  it('reads the catalogue and negotiates to FINALIZED, agreement signed by both node keys', async () => {
    const provider = await dspNode('provider', { provider: true })
    const consumer = await dspNode('consumer')
    expect(provider.parts.net.listenAddrs()).toEqual([])
    const cat = await admin(consumer, 'POST', '/v1/dsp/catalog', { url: provider.parts.dsp.url })
    expect(cat.status).toBe(200)
    expect(cat.body.catalog.participantId).toBe(joseKeys(provider.parts.identity.privateKey).did)
    expect(cat.body.catalog.offers.map((o: any) => o.offerId).sort()).toEqual(['CD123:ACN0101:456', 'manual:open', 'weather:research'])
    const research = cat.body.catalog.offers.find((o: any) => o.offerId === 'weather:research')
    expect(research.summary).toContain('research')

    const t = performance.now()
    const n = await admin(consumer, 'POST', '/v1/dsp/negotiations?wait=true', {
      url: provider.parts.dsp.url,
      offerId: 'weather:research',
      terms: { purposes: ['research'] }
    })
    const ms = performance.now() - t
    expect(n.status).toBe(201)
    expect(n.body.negotiation.state).toBe('FINALIZED')
    expect(ms).toBeGreaterThan(0)
    const providerDid = joseKeys(provider.parts.identity.privateKey).did
    const consumerDid = joseKeys(consumer.parts.identity.privateKey).did
    const [mine] = await consumer.parts.negotiations.agreements()
    const [theirs] = await waitFor(async () => {
      const a = await provider.parts.negotiations.agreements()
      return a.length > 0 ? a : undefined
    })
    expect(mine?.agreementId).toBe(theirs?.agreementId)
    // the ledgers say which binding the agreement was made on
    for (const node of [consumer, provider]) {
      const signed = []
      for await (const e of node.parts.ledger.query({ type: 'agreement.signed' })) signed.push(e.payload)
      expect(signed, node.config.name).toEqual([expect.objectContaining({ binding: 'dsp' })])
    }
    expect(mine?.peer).toBe(providerDid)
    expect(theirs?.peer).toBe(consumerDid)
    // four messages in all, each sent once: request and verification to the provider, agreement
    // and FINALIZED to the consumer (a message in flight was once sent again by a later step)
    for (const node of [consumer, provider]) {
      const { values } = (await node.metrics.dspRequests.get()) as { values: Array<{ labels: Record<string, string>; value: number }> }
      const received = values.filter(v => v.labels.area === 'negotiations').reduce((n, v) => n + v.value, 0)
      expect(received, node.config.name).toBe(2)
    }
    // both signatures verify offline with the keys the did:keys name, on both sides' copies
    for (const node of [consumer, provider]) {
      const exported = await admin(node, 'GET', `/v1/agreements/${mine?.agreementId}`)
      expect(exported.status, node.config.name).toBe(200)
      const view = await verifyExport(exported.body)
      expect(view).toMatchObject({ assigner: providerDid, assignee: consumerDid, offerId: 'weather:research', datasetId: 'weather', purposes: ['research'] })
    }
  })

  it('waits for the operator on a manual offer, and ends in TERMINATED on both sides when rejected', async () => {
    const provider = await dspNode('provider', { provider: true })
    const consumer = await dspNode('consumer')
    const url = provider.parts.dsp.url
    const first = await admin(consumer, 'POST', '/v1/dsp/negotiations', { url, offerId: 'manual:open' })
    expect(first.status).toBe(201)
    const waiting = await waitFor(async () => (await provider.parts.negotiations.list({ role: 'provider' }))[0])
    expect(waiting.state).toBe('REQUESTED')
    await provider.parts.negotiations.approve(waiting.id)
    expect((await consumer.parts.negotiations.waitFor(first.body.negotiation.id, 10_000)).state).toBe('FINALIZED')

    const second = await admin(consumer, 'POST', '/v1/dsp/negotiations', { url, offerId: 'manual:open' })
    const pending = await waitFor(async () => (await provider.parts.negotiations.list({ role: 'provider', state: 'REQUESTED' }))[0])
    await provider.parts.negotiations.reject(pending.id, 'not this quarter')
    const ended = await consumer.parts.negotiations.waitFor(second.body.negotiation.id, 10_000)
    expect(ended.state).toBe('TERMINATED')
    expect(ended.termination?.reason).toContain('not this quarter')
  })

  it('a consumer that terminates ends the process on the provider too', async () => {
    const provider = await dspNode('provider', { provider: true })
    const consumer = await dspNode('consumer')
    const r = await admin(consumer, 'POST', '/v1/dsp/negotiations', { url: provider.parts.dsp.url, offerId: 'manual:open' })
    const pending = await waitFor(async () => (await provider.parts.negotiations.list({ role: 'provider', state: 'REQUESTED' }))[0])
    const ended = await consumer.parts.negotiations.terminate(r.body.negotiation.id, 'no longer needed')
    expect(ended.state).toBe('TERMINATED')
    const there = await provider.parts.negotiations.waitFor(pending.id, 10_000)
    expect(there).toMatchObject({ state: 'TERMINATED', termination: { by: 'peer', reason: 'no longer needed' } })
  })

  it('counter-offers terms broader than the offer; the consumer accepts them', async () => {
    const provider = await dspNode('provider', { provider: true })
    const consumer = await dspNode('consumer')
    const cat = await admin(consumer, 'POST', '/v1/dsp/catalog', { url: provider.parts.dsp.url })
    const providerDid = cat.body.catalog.participantId
    const dsp = consumer.parts.dsp
    expect(dsp.baseUrl).toContain('/dsp/2025-1')
    // ask for the research offer without its purpose constraint: broader than offered
    const r = await consumer.parts.negotiations.request({
      peer: providerDid,
      offerId: 'weather:research',
      terms: { name: 'broader', description: '', access: [], permissions: [{ action: 'use', constraints: [] }], prohibitions: [], duties: [] },
      narrowing: { purposes: ['research'] },
      acceptCounterOffers: true
    })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.termination, JSON.stringify(done.termination)).toBeUndefined()
    expect(done.history.map(h => h.state)).toContain('OFFERED')
    expect(done.state).toBe('FINALIZED')
    // what was agreed is the offer's terms, not the broader ones asked for
    const [agreement] = await consumer.parts.negotiations.agreements()
    const view = decodeAgreement(Buffer.from(agreement?.bytes ?? '', 'base64'))
    expect(view.policy.permissions[0]?.constraints).toEqual([{ leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research'] }])
  })
})

describe('both bindings on one node', () => {
  it('negotiates with the same provider over libp2p by peer ID and over DSP by participant id; each agreement names its binding', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'open.yaml'), OPEN)
    writeFileSync(join(dir, 'data.csv'), 'a\n')
    const both = { listen: ['/ip4/127.0.0.1/tcp/0'], mdns: { enabled: false }, dht: { enabled: false } }
    const dsp = { enabled: true, listen: { host: '127.0.0.1', port: 0 } }
    const provider = await startNode(
      testConfig({
        name: 'provider',
        network: both,
        dsp,
        policies: { dir: join(dir, 'policies') },
        datasets: [{ id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ policy: 'open' }] }]
      })
    )
    const consumer = await startNode(testConfig({ name: 'consumer', network: both, dsp }))
    const { multiaddr } = await import('@multiformats/multiaddr')
    await consumer.parts.net.libp2p.dial(multiaddr(provider.parts.net.listenAddrs().find(a => a.includes('127.0.0.1')) as string))
    const overLibp2p = await admin(consumer, 'POST', '/v1/negotiations?wait=true', { peer: provider.peerId, offerId: 'data' })
    expect(overLibp2p.body.negotiation.state, JSON.stringify(overLibp2p.body)).toBe('FINALIZED')
    const overDsp = await admin(consumer, 'POST', '/v1/dsp/negotiations?wait=true', { url: provider.parts.dsp.url, offerId: 'data' })
    expect(overDsp.body.negotiation.state, JSON.stringify(overDsp.body)).toBe('FINALIZED')
    const agreements = (await admin(consumer, 'GET', '/v1/agreements')).body.agreements
    expect(agreements.map((a: any) => [a.peer, a.binding]).sort()).toEqual(
      [
        [provider.peerId, 'libp2p'],
        [joseKeys(provider.parts.identity.privateKey).did, 'dsp']
      ].sort()
    )
  })
})

describe('hanse as a DSP consumer, from the command line', () => {
  it('hanse catalog --dsp URL and hanse negotiate --dsp URL OFFER', async () => {
    const provider = await dspNode('provider', { provider: true })
    const consumer = await dspNode('consumer')
    const file = join(tempDir(), 'cli.yaml')
    writeFileSync(file, `name: cli\ndataDir: ${consumer.config.dataDir}\n`)
    const url = provider.parts.dsp.url
    const cat = await runCli(['--config', file, 'catalog', '--dsp', url])
    expect(cat.code, cat.stderr).toBe(0)
    expect(cat.stdout).toContain(`participant ${joseKeys(provider.parts.identity.privateKey).did} at ${url}/dsp/2025-1`)
    expect(cat.stdout).toMatch(/weather:research\s+weather\s+Weather\s+.*research/)
    const neg = await runCli(['--config', file, 'negotiate', '--dsp', url, 'weather:research', '--purpose', 'research', '--uses', '2'])
    expect(neg.code, neg.stderr).toBe(0)
    expect(neg.stdout).toContain('FINALIZED')
    const [agreement] = await consumer.parts.negotiations.agreements()
    const view = decodeAgreement(Buffer.from(agreement?.bytes ?? '', 'base64'))
    // the offer's constraints, and the narrowing asked for (at most 2 uses; the purpose declared
    // is the offer's own, so it is not written twice)
    expect(
      view.policy.permissions[0]?.constraints.map(c => ('leftOperand' in c ? `${c.leftOperand} ${c.operator} ${c.rightOperand.join(',')}` : c.logical))
    ).toEqual(['purpose isAnyOf research', 'count lteq 2'])
    // an offer the provider does not show: exit 1 and the code
    const missing = await runCli(['--config', file, 'negotiate', '--dsp', url, 'no-such-offer'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('OFFER_NOT_FOUND')
  })
})

const request = (consumerPid: string, callbackAddress: string, offerId = 'CD123:ACN0101:456'): Record<string, unknown> => ({
  '@context': [DSP_CONTEXT],
  '@type': 'ContractRequestMessage',
  consumerPid,
  offer: { '@id': offerId, '@type': 'Offer', target: 'ACN0101', permission: [{ action: 'use' }] },
  callbackAddress
})

describe('DSP negotiation, provider side, as the TCK drives it (CN:01)', () => {
  it('CN:01-01: request → agreement at the callback → verification → FINALIZED event', async () => {
    const provider = await dspNode('provider', { provider: true })
    const tck = await callbackServer()
    const base = provider.parts.dsp.baseUrl
    const created = await post(`${base}/negotiations/request`, request('urn:uuid:tck-cn-0101', tck.url))
    expect(created.status).toBe(201)
    validDsp('ContractNegotiation', created.body)
    expect(created.body).toMatchObject({ consumerPid: 'urn:uuid:tck-cn-0101', state: 'REQUESTED' })
    const providerPid = created.body.providerPid as string
    const agreement = await waitFor(() => tck.received.find(r => r.path.endsWith('/agreement')))
    expect(agreement.path).toBe('/tck/negotiations/urn%3Auuid%3Atck-cn-0101/agreement')
    validDsp('ContractAgreementMessage', agreement.body)
    expect(agreement.body.agreement).toMatchObject({ '@type': 'Agreement', target: 'ACN0101', assignee: 'urn:tck:consumer', permission: [{ action: 'use' }] })
    // the GET shows the state
    const got = await fetch(`${base}/negotiations/${providerPid}`, { headers: { authorization: TCK } })
    const state = (await got.json()) as { state: string }
    validDsp('ContractNegotiation', state)
    expect(state.state).toBe('AGREED')
    const verified = await post(`${base}/negotiations/${providerPid}/agreement/verification`, {
      '@context': [DSP_CONTEXT],
      '@type': 'ContractAgreementVerificationMessage',
      consumerPid: 'urn:uuid:tck-cn-0101',
      providerPid
    })
    expect(verified.status).toBe(200)
    const finalized = await waitFor(() => tck.received.find(r => r.path.endsWith('/events')))
    validDsp('ContractNegotiationEventMessage', finalized.body)
    expect(finalized.body.eventType).toBe('FINALIZED')
    const [agreementRecord] = await provider.parts.negotiations.agreements()
    expect(agreementRecord?.peer).toBe('urn:tck:consumer')
  })

  it("never writes to a callback address on a network the node does not send to; the consumer's other requests go on", async () => {
    // a node that takes loopback 127.0.0.1 for a counterparty's network, and nothing else private
    const provider = await dspNode('provider', {
      provider: true,
      dsp: { destinations: { private: 'deny', allow: ['127.0.0.1'] } }
    })
    const base = provider.parts.dsp.baseUrl
    // a "callback" on another loopback address: what an internal service would be
    const internal = await callbackServer('127.0.0.2')
    // refused as it arrives, nothing created (a name is checked the same way: unit test)
    const refused = await post(`${base}/negotiations/request`, request('urn:uuid:ssrf-1', internal.url))
    expect(refused.status).toBe(400)
    validDsp('ContractNegotiationError', refused.body)
    expect(refused.body).toMatchObject({ code: 'DSP_ADDRESS_FORBIDDEN', reason: [expect.stringContaining('dsp.destinations')] })
    expect(await provider.parts.negotiations.list()).toEqual([])
    expect(internal.received).toEqual([])
    // a callback the node does send to gets its agreement
    const tck = await callbackServer()
    expect((await post(`${base}/negotiations/request`, request('urn:uuid:ssrf-2', tck.url))).status).toBe(201)
    await waitFor(() => tck.received.find(r => r.path.endsWith('/agreement')))
    expect(internal.received).toEqual([])
  })

  it('refuses illegal transitions (400), unknown processes (404), other counterparties (404) and a second request for the same pid', async () => {
    const provider = await dspNode('provider', { provider: true })
    const tck = await callbackServer()
    const base = provider.parts.dsp.baseUrl
    const created = await post(`${base}/negotiations/request`, request('urn:uuid:tck-cn-02', tck.url, 'manual:open'))
    const providerPid = created.body.providerPid as string
    // verification while REQUESTED (no agreement yet)
    const early = await post(`${base}/negotiations/${providerPid}/agreement/verification`, {
      '@context': [DSP_CONTEXT],
      '@type': 'ContractAgreementVerificationMessage',
      consumerPid: 'urn:uuid:tck-cn-02',
      providerPid
    })
    expect(early.status, JSON.stringify(early.body)).toBe(400)
    validDsp('ContractNegotiationError', early.body)
    expect(early.body).toMatchObject({ code: 'INVALID_TRANSITION', providerPid, consumerPid: 'urn:uuid:tck-cn-02' })
    // a consumer cannot send FINALIZED
    const finalized = await post(`${base}/negotiations/${providerPid}/events`, {
      '@context': [DSP_CONTEXT],
      '@type': 'ContractNegotiationEventMessage',
      consumerPid: 'urn:uuid:tck-cn-02',
      providerPid,
      eventType: 'FINALIZED'
    })
    expect(finalized.status).toBe(400)
    const unknown = await fetch(`${base}/negotiations/urn:uuid:nothing`, { headers: { authorization: TCK } })
    expect(unknown.status).toBe(404)
    validDsp('ContractNegotiationError', await unknown.json())
    const noAuth = await fetch(`${base}/negotiations/${providerPid}`)
    expect(noAuth.status).toBe(404)
    const mismatch = await post(`${base}/negotiations/${providerPid}/termination`, {
      '@context': [DSP_CONTEXT],
      '@type': 'ContractNegotiationTerminationMessage',
      consumerPid: 'urn:uuid:tck-cn-02',
      providerPid: 'urn:uuid:someone-else'
    })
    expect(mismatch.status).toBe(400)
    // the consumer terminates
    const terminated = await post(`${base}/negotiations/${providerPid}/termination`, {
      '@context': [DSP_CONTEXT],
      '@type': 'ContractNegotiationTerminationMessage',
      consumerPid: 'urn:uuid:tck-cn-02',
      providerPid,
      code: 'CHANGED_MIND',
      reason: ['no longer needed']
    })
    expect(terminated.status).toBe(200)
    expect(terminated.body.state).toBe('TERMINATED')
    const after = await post(`${base}/negotiations/${providerPid}/request`, {
      ...request('urn:uuid:tck-cn-02', tck.url, 'manual:open'),
      callbackAddress: undefined,
      providerPid
    })
    expect(after.status).toBe(400)
  })

  it('refuses the official example request for a stated reason (its offer is not one of this node), and terms it cannot evaluate', async () => {
    const provider = await dspNode('provider', { provider: true })
    const base = provider.parts.dsp.baseUrl
    const { readFileSync } = await import('node:fs')
    const example = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/dsp-2025-1/negotiation/contract-request-message_initial.json'), 'utf8'))
    // its offer id names no offer of this node: a bad request, said so
    const r = await post(`${base}/negotiations/request`, example)
    expect(r.status).toBe(400)
    validDsp('ContractNegotiationError', r.body)
    expect(r.body).toMatchObject({ code: 'OFFER_NOT_FOUND', consumerPid: example.consumerPid })
    // the same with terms hanse cannot evaluate (the example offer's spatial IRI)
    const odd = await post(`${base}/negotiations/request`, {
      ...example,
      offer: {
        ...example.offer,
        '@id': 'weather:research',
        permission: [{ action: 'use', constraint: [{ leftOperand: 'spatial', operator: 'eq', rightOperand: 'http://example.org/EU' }] }]
      }
    })
    expect(odd.status).toBe(400)
    expect(odd.body.code).toBe('DSP_INVALID_MESSAGE')
    expect(odd.body.reason[0]).toMatch(/terms hanse cannot evaluate/)
  })
})
