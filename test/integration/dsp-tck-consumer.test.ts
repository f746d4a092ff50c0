import { afterEach, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { admin, DSP_CONTEXT, httpServer, postDsp, validDsp } from '../dsp-helpers.ts'
import { cleanup, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { dspProblem, type DspType } from '../../src/dsp/index.ts'
import { joseKeys } from '../../src/identity/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

/*
 * The TCK's consumer scenarios (CN_C, TP_C in ../shared/dsp-tck), mirrored: a real HTTP server
 * here plays the TCK's provider with the TCK's own message shapes (NegotiationFunctions,
 * TransferFunctions), and starts each scenario through hanse's TCK trigger, as the TCK does.
 * Every message hanse sends it must validate against the official schema.
 */

afterEach(cleanup)

const PROVIDER = 'urn:tck:provider'
const TOKEN = 'tck-provider-token'

interface Received {
  method: string
  path: string
  body: any
}

/** The TCK as provider: answers hanse's requests, records them, serves data (held on demand). */
async function tckProvider() {
  const received: Received[] = []
  const problems: string[] = []
  let n = 0
  const data = Buffer.from('x'.repeat(64 * 1024) + 'the end\n')
  const gate: { held: boolean; waiting: Array<() => void>; gets: number } = { held: false, waiting: [], gets: 0 }
  const typeOf: Array<[RegExp, DspType]> = [
    [/\/negotiations\/request$/, 'ContractRequestMessage'],
    [/\/negotiations\/[^/]+\/request$/, 'ContractRequestMessage'],
    [/\/negotiations\/[^/]+\/events$/, 'ContractNegotiationEventMessage'],
    [/\/negotiations\/[^/]+\/agreement\/verification$/, 'ContractAgreementVerificationMessage'],
    [/\/negotiations\/[^/]+\/termination$/, 'ContractNegotiationTerminationMessage'],
    [/\/transfers\/request$/, 'TransferRequestMessage'],
    [/\/transfers\/[^/]+\/completion$/, 'TransferCompletionMessage'],
    [/\/transfers\/[^/]+\/termination$/, 'TransferTerminationMessage'],
    [/\/transfers\/[^/]+\/suspension$/, 'TransferSuspensionMessage'],
    [/\/transfers\/[^/]+\/start$/, 'TransferStartMessage']
  ]
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = req.url ?? ''
    if (req.method === 'GET' && path.startsWith('/tck/data/')) {
      if (req.headers.authorization !== 'Bearer tck-data-token') {
        res.writeHead(401).end()
        return
      }
      gate.gets++
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': data.length })
      // a held transfer sends half and waits, so the process is STARTED while messages arrive
      if (!gate.held) res.end(data)
      else {
        res.write(data.subarray(0, data.length / 2))
        gate.waiting.push(() => res.end(data.subarray(data.length / 2)))
      }
      return
    }
    let text = ''
    req.on('data', (c: Buffer) => {
      text += c.toString()
    })
    req.on('end', () => {
      const body = text === '' ? undefined : JSON.parse(text)
      received.push({ method: req.method ?? '', path, body })
      if (req.headers.authorization === undefined) problems.push(`${path}: no Authorization`)
      const type = typeOf.find(([re]) => re.test(path))?.[1]
      if (type === undefined) problems.push(`${path}: not a provider endpoint`)
      else {
        const problem = dspProblem(type, body)
        if (problem !== undefined) problems.push(`${path}: ${problem}`)
      }
      if (path.endsWith('/negotiations/request')) {
        res.writeHead(201, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            '@context': [DSP_CONTEXT],
            '@type': 'ContractNegotiation',
            consumerPid: body.consumerPid,
            providerPid: `urn:tck:cn:${++n}`,
            state: 'REQUESTED'
          })
        )
      } else if (path.endsWith('/transfers/request')) {
        res.writeHead(201, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            '@context': [DSP_CONTEXT],
            '@type': 'TransferProcess',
            consumerPid: body.consumerPid,
            providerPid: `urn:tck:tp:${++n}`,
            state: 'REQUESTED'
          })
        )
      } else res.writeHead(200).end()
    })
  }
  const { port } = await httpServer(handler)
  const url = `http://127.0.0.1:${port}/tck`
  /** The next message hanse sent to a path matching `re` (waits for it). */
  const next = async (re: RegExp): Promise<Received> => {
    const m = await waitFor(async () => received.find(r => re.test(r.path)), 10_000)
    received.splice(received.indexOf(m), 1)
    return m
  }
  const release = (): void => {
    gate.held = false
    for (const w of gate.waiting.splice(0)) w()
  }
  return { url, next, received, problems, data, gate, release }
}

type Tck = Awaited<ReturnType<typeof tckProvider>>

async function consumerNode(): Promise<HanseNode> {
  const dir = tempDir()
  writeFileSync(join(dir, 'tck.token'), `${TOKEN}\n`)
  return await startNode(
    testConfig({
      name: 'consumer',
      network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
      dsp: {
        enabled: true,
        listen: { host: '127.0.0.1', port: 0 },
        auth: { tokens: [{ participantId: PROVIDER, tokenFile: join(dir, 'tck.token') }] },
        tck: { enabled: true, port: 0 }
      }
    })
  )
}

/* the TCK's messages (NegotiationFunctions / TransferFunctions), each checked against its schema */
const permission = [{ action: 'use', constraint: [] }]
function msg(type: DspType, fields: Record<string, unknown>): Record<string, unknown> {
  // the TCK gives every message an @id (NegotiationFunctions.createBaseMessage)
  const m = { '@context': [DSP_CONTEXT], '@id': `urn:uuid:${randomUUID()}`, '@type': type, ...fields }
  validDsp(type, m)
  return m
}

/** One negotiation on the consumer, as the TCK drives it, with the pids and where to answer. */
class Scenario {
  readonly node: HanseNode
  readonly tck: Tck
  consumerPid = ''
  providerPid = ''
  callback = ''
  constructor(node: HanseNode, tck: Tck) {
    this.node = node
    this.tck = tck
  }
  get did(): string {
    return joseKeys(this.node.parts.identity.privateKey).did
  }
  /** "Signal to start negotiation", then the consumer's ContractRequestMessage arrives. */
  async initiate(datasetId: string): Promise<void> {
    const res = await fetch(`${this.node.parts.dspTck.url}/tck/negotiations/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ providerId: PROVIDER, offerId: `CD123:${datasetId}:456`, datasetId, connectorAddress: this.tck.url })
    })
    expect(res.status).toBe(200)
    const req = await this.tck.next(/\/negotiations\/request$/)
    expect(req.body.offer).toMatchObject({ '@id': `CD123:${datasetId}:456`, target: datasetId })
    this.consumerPid = req.body.consumerPid
    this.callback = req.body.callbackAddress
    // the provider pid the TCK answered with, once the consumer has taken it
    this.providerPid = await waitFor(async () => (await this.node.parts.negotiations.get(this.consumerPid))?.providerPid || undefined)
  }
  async send(path: string, type: DspType, fields: Record<string, unknown>): Promise<{ status: number; body: any }> {
    return await postDsp(
      `${this.callback}/negotiations/${encodeURIComponent(this.consumerPid)}${path}`,
      msg(type, { providerPid: this.providerPid, consumerPid: this.consumerPid, ...fields }),
      TOKEN
    )
  }
  async offer(datasetId: string) {
    return await this.send('/offers', 'ContractOfferMessage', {
      offer: { '@type': 'Offer', '@id': `CD123:${datasetId}:456`, permission, target: datasetId, assignee: this.did, assigner: PROVIDER }
    })
  }
  async agreement(datasetId: string) {
    return await this.send('/agreement', 'ContractAgreementMessage', {
      agreement: {
        '@type': 'Agreement',
        '@id': `urn:tck:agreement:${datasetId}:${this.consumerPid.slice(-12)}`,
        target: datasetId,
        permission,
        timestamp: new Date().toISOString(),
        assignee: this.did,
        assigner: PROVIDER
      }
    })
  }
  async event(eventType: 'FINALIZED' | 'ACCEPTED') {
    return await this.send('/events', 'ContractNegotiationEventMessage', { eventType })
  }
  async terminate() {
    return await this.send('/termination', 'ContractNegotiationTerminationMessage', { code: 'TCK', reason: ['terminated by the TCK'] })
  }
  /** The consumer's state as the TCK reads it: GET on the consumer's negotiation. */
  async state(): Promise<string> {
    const res = await fetch(`${this.node.parts.dsp.baseUrl}/negotiations/${encodeURIComponent(this.consumerPid)}`, { headers: { authorization: TOKEN } })
    expect(res.status).toBe(200)
    const doc = (await res.json()) as any
    validDsp('ContractNegotiation', doc)
    return doc.state
  }
  async reaches(state: string): Promise<void> {
    await waitFor(async () => ((await this.state()) === state ? true : undefined), 10_000)
  }
}

/** CN_C:01-04: request, provider agreement, consumer verified, provider finalized; the agreement id. */
async function agree(s: Scenario, datasetId: string): Promise<string> {
  await s.initiate(datasetId)
  expect((await s.agreement(datasetId)).status).toBe(200)
  await s.tck.next(/\/agreement\/verification$/)
  expect((await s.event('FINALIZED')).status).toBe(200)
  await s.reaches('FINALIZED')
  const r = await s.node.parts.negotiations.get(s.consumerPid)
  return r?.agreementId as string
}

describe('TCK consumer negotiation scenarios (CN_C) against a real node', () => {
  it('CN_C:01-01 and 01-04: offer, accepted, agreed, verified, finalized; and straight to agreement', async () => {
    const node = await consumerNode()
    const tck = await tckProvider()
    const s = new Scenario(node, tck)
    await s.initiate('ACNC0101')
    await s.reaches('REQUESTED')
    expect((await s.offer('ACNC0101')).status).toBe(200)
    const accepted = await tck.next(/\/events$/)
    expect(accepted.body.eventType).toBe('ACCEPTED')
    await s.reaches('ACCEPTED')
    const agreed = await s.agreement('ACNC0101')
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(200)
    await tck.next(/\/agreement\/verification$/)
    await s.reaches('VERIFIED')
    expect((await s.event('FINALIZED')).status).toBe(200)
    await s.reaches('FINALIZED')
    // the agreement is the DSP message: this node keeps it, with the TCK as its counterparty
    const [agreement] = await node.parts.negotiations.agreements()
    expect(agreement).toMatchObject({ peer: PROVIDER, role: 'consumer', datasetId: 'ACNC0101' })

    const s2 = new Scenario(node, tck)
    expect(await agree(s2, 'ACNC0104')).toMatch(/^urn:tck:agreement:ACNC0104/)
    expect(tck.problems).toEqual([])
  })

  it('CN_C:02-01, 02-04, 02-05, 02-06: the provider terminates in each state; 02-02, 02-03: the consumer (operator) terminates', async () => {
    const node = await consumerNode()
    const tck = await tckProvider()
    // 02-01 after the request
    const a = new Scenario(node, tck)
    await a.initiate('ACNC0201')
    expect((await a.terminate()).status).toBe(200)
    await a.reaches('TERMINATED')
    // 02-04 / 02-05 after an offer (hanse accepts counter-offers of the TCK's plain terms at once)
    const b = new Scenario(node, tck)
    await b.initiate('ACNC0204')
    expect((await b.offer('ACNC0204')).status).toBe(200)
    await b.reaches('ACCEPTED')
    expect((await b.terminate()).status).toBe(200)
    await b.reaches('TERMINATED')
    // 02-06 after the consumer verified
    const c = new Scenario(node, tck)
    await c.initiate('ACNC0206')
    expect((await c.agreement('ACNC0206')).status).toBe(200)
    await tck.next(/\/agreement\/verification$/)
    await c.reaches('VERIFIED')
    expect((await c.terminate()).status).toBe(200)
    await c.reaches('TERMINATED')
    // 02-02 / 02-03: the consumer ends it (its operator, through the admin API); the TCK hears it
    const d = new Scenario(node, tck)
    await d.initiate('ACNC0202')
    await node.parts.negotiations.terminate(d.consumerPid, 'not needed any more')
    const t = await tck.next(/\/negotiations\/[^/]+\/termination$/)
    expect(t.body).toMatchObject({ consumerPid: d.consumerPid, providerPid: d.providerPid })
    await d.reaches('TERMINATED')
    expect(tck.problems).toEqual([])
  })

  it('CN_C:03-01, 03-03, 03-04, 03-05, 03-06: a provider message the state does not allow is refused (400 ContractNegotiationError), the state stays', async () => {
    const node = await consumerNode()
    const tck = await tckProvider()
    const s = new Scenario(node, tck)
    await s.initiate('ACNC0301')
    await s.reaches('REQUESTED')
    // 03-01: FINALIZED right after the request
    const finalized = await s.event('FINALIZED')
    expect(finalized.status).toBe(400)
    validDsp('ContractNegotiationError', finalized.body)
    expect(await s.state()).toBe('REQUESTED')
    // 03-04: offer, accepted, then FINALIZED
    expect((await s.offer('ACNC0301')).status).toBe(200)
    await s.reaches('ACCEPTED')
    expect((await s.event('FINALIZED')).status).toBe(400)
    // 03-05: another offer after the consumer accepted
    const offer = await s.offer('ACNC0301')
    expect(offer.status).toBe(400)
    validDsp('ContractNegotiationError', offer.body)
    expect(await s.state()).toBe('ACCEPTED')
    // 03-06 (FINALIZED while AGREED) cannot be staged: hanse verifies an agreement at once; a second agreement is refused
    expect((await s.agreement('ACNC0301')).status).toBe(200)
    await tck.next(/\/agreement\/verification$/)
    expect((await s.agreement('ACNC0301')).status).toBe(400)
    expect(await s.state()).toBe('VERIFIED')
    // an unknown process, and a message from a counterparty without a token
    const unknown = await postDsp(
      `${s.callback}/negotiations/urn:uuid:00000000-0000-0000-0000-000000000000/events`,
      msg('ContractNegotiationEventMessage', {
        providerPid: s.providerPid,
        consumerPid: 'urn:uuid:00000000-0000-0000-0000-000000000000',
        eventType: 'FINALIZED'
      }),
      TOKEN
    )
    expect(unknown.status).toBe(404)
    const anonymous = await postDsp(
      `${s.callback}/negotiations/${encodeURIComponent(s.consumerPid)}/events`,
      msg('ContractNegotiationEventMessage', { providerPid: s.providerPid, consumerPid: s.consumerPid, eventType: 'FINALIZED' }),
      'wrong-token'
    )
    expect(anonymous.status).toBe(404)
    expect(await s.state()).toBe('VERIFIED')
    expect(tck.problems).toEqual([])
  })

  it('the trigger refuses what is not a negotiation request, and an unknown agreement for a transfer', async () => {
    const node = await consumerNode()
    const trigger = node.parts.dspTck.url
    const bad = await fetch(`${trigger}/tck/negotiations/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ providerId: PROVIDER, offerId: 'x', datasetId: 'y', connectorAddress: 'ftp://example.com' })
    })
    expect(bad.status).toBe(400)
    const unknown = await fetch(`${trigger}/tck/transfers/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ agreementId: 'ATPC0101', format: 'HttpData-PULL', providerId: PROVIDER, connectorAddress: 'http://127.0.0.1:9/tck' })
    })
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as any).code).toBe('AGREEMENT_NOT_FOUND')
    const push = await fetch(`${trigger}/tck/transfers/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ agreementId: 'ATPC0101', format: 'HttpData-PUSH', providerId: PROVIDER, connectorAddress: 'http://127.0.0.1:9/tck' })
    })
    expect(((await push.json()) as any).code).toBe('TRANSFER_FORMAT_UNSUPPORTED')
  })
})

/** A transfer on the consumer as the TCK drives it. */
class Transfer {
  readonly s: Scenario
  consumerPid = ''
  providerPid = ''
  constructor(s: Scenario) {
    this.s = s
  }
  async initiate(agreementId: string): Promise<void> {
    const res = await fetch(`${this.s.node.parts.dspTck.url}/tck/transfers/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ agreementId, format: 'HttpData-PULL', providerId: PROVIDER, connectorAddress: this.s.tck.url })
    })
    expect(res.status).toBe(200)
    const req = await this.s.tck.next(/\/transfers\/request$/)
    expect(req.body).toMatchObject({ agreementId, format: 'HttpData-PULL' })
    this.consumerPid = req.body.consumerPid
    this.providerPid = await waitFor(async () => (await this.doc()).providerPid || undefined)
  }
  async doc(): Promise<any> {
    const res = await fetch(`${this.s.node.parts.dsp.baseUrl}/transfers/${encodeURIComponent(this.consumerPid)}`, { headers: { authorization: TOKEN } })
    expect(res.status).toBe(200)
    const doc = (await res.json()) as any
    validDsp('TransferProcess', doc)
    return doc
  }
  async state(): Promise<string> {
    return (await this.doc()).state
  }
  async reaches(state: string): Promise<void> {
    await waitFor(async () => ((await this.state()) === state ? true : undefined), 10_000)
  }
  async send(what: 'start' | 'completion' | 'suspension' | 'termination', fields: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
    const type = (
      {
        start: 'TransferStartMessage',
        completion: 'TransferCompletionMessage',
        suspension: 'TransferSuspensionMessage',
        termination: 'TransferTerminationMessage'
      } as const
    )[what]
    return await postDsp(
      `${this.s.callback}/transfers/${encodeURIComponent(this.consumerPid)}/${what}`,
      msg(type, { providerPid: this.providerPid, consumerPid: this.consumerPid, ...fields }),
      TOKEN
    )
  }
  async start() {
    return await this.send('start', {
      dataAddress: {
        '@type': 'DataAddress',
        endpointType: 'https://w3id.org/idsa/v4.1/HTTP',
        endpoint: `${this.s.tck.url}/data/${this.providerPid}`,
        endpointProperties: [
          { '@type': 'EndpointProperty', name: 'authorization', value: 'Bearer tck-data-token' },
          { '@type': 'EndpointProperty', name: 'authType', value: 'bearer' }
        ]
      }
    })
  }
}

describe('TCK consumer transfer scenarios (TP_C) against a real node', () => {
  it('TP_C:01-04 and 02-02: started, suspended, started again, the consumer completes and the data is in place', async () => {
    const node = await consumerNode()
    const tck = await tckProvider()
    const s = new Scenario(node, tck)
    const agreementId = await agree(s, 'ATPC0104')
    const t = new Transfer(s)
    tck.gate.held = true
    await t.initiate(agreementId)
    expect((await t.start()).status).toBe(200)
    await t.reaches('STARTED')
    await waitFor(async () => (tck.gate.gets > 0 ? true : undefined))
    expect((await t.send('suspension', { code: 'TCK', reason: ['paused'] })).status).toBe(200)
    await t.reaches('SUSPENDED')
    tck.release()
    expect((await t.start()).status).toBe(200)
    await t.reaches('COMPLETED')
    const done = await tck.next(/\/transfers\/[^/]+\/completion$/)
    expect(done.body).toMatchObject({ consumerPid: t.consumerPid, providerPid: t.providerPid })
    // the download cut by the suspension did not end the provider's process
    expect(tck.received.filter(m => m.path.endsWith('/termination'))).toEqual([])
    // the operator's view: the transfer, where the data went, and the data
    const listed = await admin(node, 'GET', '/v1/dsp/transfers')
    const mine = listed.body.transfers.find((x: { id: string }) => x.id === t.consumerPid)
    expect(mine).toMatchObject({ role: 'consumer', peer: PROVIDER, state: 'COMPLETED', agreementId, bytes: tck.data.length })
    expect(readFileSync(mine.dest).equals(tck.data)).toBe(true)
    expect(tck.problems).toEqual([])
  })

  it('TP_C:01-01, 01-05, 03-01 to 03-06: provider terminations end it; messages the state does not allow are refused', async () => {
    const node = await consumerNode()
    const tck = await tckProvider()
    // 01-05 terminated right after the request; 03-01 completion and 03-02 suspension before any start
    const a = new Transfer(new Scenario(node, tck))
    await a.initiate(await agree(a.s, 'ATPC0105'))
    for (const what of ['completion', 'suspension'] as const) {
      const refused = await a.send(what, what === 'suspension' ? { code: 'TCK', reason: ['x'] } : {})
      expect(refused.status, what).toBe(400)
      validDsp('TransferError', refused.body)
    }
    expect(await a.state()).toBe('REQUESTED')
    expect((await a.send('termination', { code: 'TCK', reason: ['no'] })).status).toBe(200)
    await a.reaches('TERMINATED')
    // 01-01 started (data under way), then terminated; 03-04..06 nothing moves it after that
    const b = new Transfer(new Scenario(node, tck))
    tck.gate.held = true
    await b.initiate(await agree(b.s, 'ATPC0101'))
    expect((await b.start()).status).toBe(200)
    await b.reaches('STARTED')
    // 03-03: completion of a suspended transfer
    expect((await b.send('suspension', { code: 'TCK', reason: ['paused'] })).status).toBe(200)
    await b.reaches('SUSPENDED')
    expect((await b.send('completion')).status).toBe(400)
    expect((await b.send('termination', { code: 'TCK', reason: ['ended'] })).status).toBe(200)
    await b.reaches('TERMINATED')
    for (const what of ['start', 'suspension', 'completion'] as const) {
      const refused = what === 'start' ? await b.start() : await b.send(what, what === 'suspension' ? { code: 'TCK', reason: ['x'] } : {})
      expect(refused.status, what).toBe(400)
    }
    expect(await b.state()).toBe('TERMINATED')
    tck.release()
    expect(tck.problems).toEqual([])
  })
})
