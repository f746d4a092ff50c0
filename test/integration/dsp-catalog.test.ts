import type { KeyObject } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { request as httpsRequest } from 'node:https'
import { connect, type Socket } from 'node:net'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, nodeAddr, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { selfIssuedIdToken } from '../../src/dcp/index.ts'
import { DSP_CONTEXT, validDsp } from '../dsp-helpers.ts'
import { joseKeys } from '../../src/identity/index.ts'
import { HanseNode, checkConfig } from '../../src/node/index.ts'
import type { ConfigError } from '../../src/config/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'

/** A self-issued token of a did:key participant (what a hanse node sends). */
const selfIssuedToken = async (key: KeyObject, did: string, audience: string, now: number): Promise<string> =>
  selfIssuedIdToken(key, `${did}#${did.slice('did:key:'.length)}`, { did, audience, now })

afterEach(cleanup)

const CONTEXT = DSP_CONTEXT
const FIXTURES = join(import.meta.dirname, '../fixtures')
const example = (path: string): unknown => JSON.parse(readFileSync(join(FIXTURES, 'dsp-2025-1', path), 'utf8'))
const catalogRequest = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({ '@context': [CONTEXT], '@type': 'CatalogRequestMessage', ...extra })

const OPEN =
  'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n      - { leftOperand: count, operator: lteq, rightOperand: 3 }\n'
const PARTNER_ONLY = 'access:\n  - { leftOperand: peer, operator: isAnyOf, rightOperand: [did:web:partner.example.com] }\npermissions:\n  - action: use\n'

interface Reply {
  status: number
  body: any
  headers: Headers
}

/** A provider with DSP on, two static tokens, and `extra` datasets beyond the two named ones. */
async function provider(o: { extraDatasets?: number; dsp?: Record<string, unknown> } = {}): Promise<{ node: HanseNode; base: string; root: string }> {
  const dir = tempDir()
  const policies = join(dir, 'policies')
  mkdirSync(policies)
  writeFileSync(join(policies, 'open.yaml'), OPEN)
  writeFileSync(join(policies, 'partner-only.yaml'), PARTNER_ONLY)
  writeFileSync(join(dir, 'weather.csv'), 'day,temp\nmon,12\n')
  writeFileSync(join(dir, 'tck.token'), 'tck-secret-token\n')
  writeFileSync(join(dir, 'partner.token'), 'partner-secret-token\n')
  const datasets: Array<Record<string, unknown>> = [
    { id: 'weather', title: 'Weather', keywords: ['climate'], source: join(dir, 'weather.csv'), offers: [{ id: 'weather:open', policy: 'open' }] },
    { id: 'partner-data', title: 'Partner data', source: join(dir, 'weather.csv'), offers: [{ id: 'partner-offer', policy: 'partner-only' }] }
  ]
  for (let i = 0; i < (o.extraDatasets ?? 0); i++) {
    const file = join(dir, `d${i}.txt`)
    writeFileSync(file, `dataset ${i}\n`)
    datasets.push({ id: `ds-${String(i).padStart(4, '0')}`, title: `Dataset ${i}`, source: file, offers: [{ policy: 'open' }] })
  }
  const node = await startNode(
    testConfig({
      name: 'dsp-provider',
      policies: { dir: policies },
      datasets,
      dsp: {
        enabled: true,
        listen: { host: '127.0.0.1', port: 0 },
        auth: {
          tokens: [
            { participantId: 'urn:tck:consumer', tokenFile: join(dir, 'tck.token') },
            { participantId: 'did:web:partner.example.com', tokenFile: join(dir, 'partner.token') }
          ]
        },
        ...o.dsp
      }
    })
  )
  const root = node.parts.dsp.url
  return { node, root, base: `${root}/dsp/2025-1` }
}

async function call(url: string, o: { method?: string; body?: unknown; raw?: string; auth?: string; type?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (o.auth !== undefined) headers.authorization = o.auth
  const body = o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body))
  if (body !== undefined) headers['content-type'] = o.type ?? 'application/json'
  const res = await fetch(url, { method: o.method ?? (body === undefined ? 'GET' : 'POST'), headers, body })
  const text = await res.text()
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text), headers: res.headers }
}

const TCK = 'tck-secret-token'
const PARTNER = 'partner-secret-token'

describe('DSP 2025-1 listener: version metadata and catalogue', () => {
  it('answers the version metadata without authentication (TCK MET:01-01)', async () => {
    const { node, root } = await provider()
    const r = await call(`${root}/.well-known/dspace-version`)
    expect(r.status).toBe(200)
    validDsp('VersionResponse', r.body)
    expect(r.body.protocolVersions).toEqual([
      { version: '2025-1', path: '/dsp/2025-1', binding: 'HTTPS', serviceId: `${root}/dsp/2025-1`, identifierType: 'did:key' }
    ])
    expect(node.parts.dsp.baseUrl).toBe(`${root}/dsp/2025-1`)
  })

  it('shows each counterparty what its access policies allow, as schema-valid DCAT with ODRL offers (TCK CAT:01-01)', async () => {
    const { node, base } = await provider()
    const tck = await call(`${base}/catalog/request`, { body: catalogRequest(), auth: TCK })
    expect(tck.status).toBe(200)
    validDsp('Catalog', tck.body)
    expect(tck.body.participantId).toBe(joseKeys(node.parts.identity.privateKey).did)
    expect(tck.body.dataset.map((d: any) => d['@id'])).toEqual(['weather'])
    const weather = tck.body.dataset[0]
    expect(weather['dct:title']).toBe('Weather')
    expect(weather['dcat:keyword']).toEqual(['climate'])
    expect(weather.distribution).toEqual([{ '@type': 'Distribution', format: 'HttpData-PULL', accessService: `${base}` }])
    expect(tck.body.service).toEqual([{ '@id': base, '@type': 'DataService', endpointURL: base }])
    expect(weather.hasPolicy).toEqual([
      {
        '@id': 'weather:open',
        '@type': 'Offer',
        permission: [
          {
            action: 'use',
            constraint: [
              { leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research'] },
              { leftOperand: 'count', operator: 'lteq', rightOperand: { '@value': '3', '@type': 'xsd:integer' } }
            ]
          }
        ]
      }
    ])
    // the partner also sees what only it may see
    const partner = await call(`${base}/catalog/request`, { body: catalogRequest(), auth: PARTNER })
    validDsp('Catalog', partner.body)
    expect(partner.body.dataset.map((d: any) => d['@id'])).toEqual(['partner-data', 'weather'])
    // the official example request is accepted as it is
    const official = await call(`${base}/catalog/request`, { body: example('catalog/catalog-request-message.json'), auth: TCK })
    expect(official.status).toBe(200)
    // keywords filter; what matches nothing is an empty catalogue, still valid
    const filtered = await call(`${base}/catalog/request`, { body: catalogRequest({ filter: ['climate'] }), auth: PARTNER })
    expect(filtered.body.dataset.map((d: any) => d['@id'])).toEqual(['weather'])
    const none = await call(`${base}/catalog/request`, { body: catalogRequest({ filter: ['nothing-like-this'] }), auth: PARTNER })
    validDsp('Catalog', none.body)
    expect(none.body.dataset).toBeUndefined()
    // each request is in the ledger, under the counterparty's participant id
    const served = await waitFor(async () => {
      const found = []
      for await (const e of node.parts.ledger.query({ type: 'catalog.served' })) if (e.peer === 'did:web:partner.example.com') found.push(e)
      return found.length > 0 ? found : undefined
    }, 5_000)
    expect(served[0]?.payload).toMatchObject({ requests: 3 })
  })

  it('answers a dataset by id, and 404 with a CatalogError for an unknown or hidden one (TCK CAT:01-02, CAT:01-03)', async () => {
    const { base } = await provider()
    const ds = await call(`${base}/catalog/datasets/weather`, { auth: TCK })
    expect(ds.status).toBe(200)
    validDsp('Dataset', ds.body)
    expect(ds.body['@context']).toEqual([CONTEXT])
    expect(ds.body.distribution[0].accessService).toEqual({ '@id': base, '@type': 'DataService', endpointURL: base })
    for (const id of ['no-such-dataset', 'partner-data']) {
      const missing = await call(`${base}/catalog/datasets/${id}`, { auth: TCK })
      expect(missing.status, id).toBe(404)
      validDsp('CatalogError', missing.body)
      expect(missing.body).toMatchObject({ '@type': 'CatalogError', code: 'NOT_FOUND' })
    }
    expect((await call(`${base}/catalog/datasets/partner-data`, { auth: PARTNER })).status).toBe(200)
  })

  it('pages with Link headers, next and previous', async () => {
    const { base } = await provider({ extraDatasets: 230 })
    const seen: string[] = []
    let url: string | undefined = `${base}/catalog/request`
    const pages: Reply[] = []
    while (url !== undefined) {
      const page = await call(url, { body: catalogRequest(), auth: TCK })
      expect(page.status).toBe(200)
      validDsp('Catalog', page.body)
      pages.push(page)
      seen.push(...page.body.dataset.map((d: any) => d['@id']))
      url = /<([^>]+)>; rel="next"/.exec(page.headers.get('link') ?? '')?.[1]
    }
    expect(pages.map(p => p.body.dataset.length)).toEqual([100, 100, 31])
    expect(seen).toEqual([...new Set(seen)].sort())
    expect(seen).toHaveLength(231)
    const previous = /<([^>]+)>; rel="previous"/.exec(pages[2]?.headers.get('link') ?? '')?.[1]
    expect(previous).toBeDefined()
    const back = await call(previous as string, { body: catalogRequest(), auth: TCK })
    expect(back.body.dataset.map((d: any) => d['@id'])).toEqual(pages[1]?.body.dataset.map((d: any) => d['@id']))
    expect(pages[0]?.headers.get('link')).not.toContain('previous')
    const bad = await call(`${base}/catalog/request?continuationToken=x.nope`, { body: catalogRequest(), auth: TCK })
    expect(bad.status).toBe(400)
    validDsp('CatalogError', bad.body)
  })

  it('takes self-issued tokens from did:key participants once, for this audience, while they are fresh', async () => {
    const { base } = await provider()
    const key = await generateKeyPair('Ed25519')
    const { privateKey, did } = joseKeys(key)
    const token = await selfIssuedToken(privateKey, did, base, Date.now())
    const ok = await call(`${base}/catalog/request`, { body: catalogRequest(), auth: `Bearer ${token}` })
    expect(ok.status).toBe(200)
    // a did:key participant is a participant like any other: the partner-only offer stays hidden
    expect(ok.body.dataset.map((d: any) => d['@id'])).toEqual(['weather'])
    const refusals: Array<[string, string, RegExp]> = [
      ['replayed', `Bearer ${token}`, /jti seen before/],
      ['for another connector', `Bearer ${await selfIssuedToken(privateKey, did, 'https://other.example.com/dsp', Date.now())}`, /aud/],
      ['expired', `Bearer ${await selfIssuedToken(privateKey, did, base, Date.now() - 10 * 60_000)}`, /exp|timestamp|age/],
      ['not a JWT', 'Bearer abc', /not a bearer JWT/],
      ['missing', '', /no Authorization header/]
    ]
    for (const [what, auth, reason] of refusals) {
      const r = await call(`${base}/catalog/request`, { body: catalogRequest(), ...(auth === '' ? {} : { auth }) })
      expect(r.status, what).toBe(401)
      validDsp('CatalogError', r.body)
      expect(r.body.code, what).toBe('DSP_AUTH_REQUIRED')
      expect(r.body.reason[0], what).toMatch(reason)
    }
  })

  it('refuses malformed, schema-invalid, oversized and deeply nested bodies, each with a CatalogError', async () => {
    const { base } = await provider()
    const cases: Array<[string, { raw?: string; body?: unknown; type?: string }, number, string]> = [
      ['not JSON', { raw: '{"@context": [' }, 400, 'DSP_INVALID_MESSAGE'],
      ['wrong @type', { body: { '@context': [CONTEXT], '@type': 'DatasetRequestMessage' } }, 400, 'DSP_INVALID_MESSAGE'],
      ['wrong @context', { body: { '@context': ['https://example.com/ctx.jsonld'], '@type': 'CatalogRequestMessage' } }, 400, 'DSP_INVALID_MESSAGE'],
      ['unsupported filter', { body: catalogRequest({ filter: [{ sparql: 'SELECT *' }] }) }, 400, 'DSP_FILTER_UNSUPPORTED'],
      ['text/plain', { raw: JSON.stringify(catalogRequest()), type: 'text/plain' }, 415, 'DSP_INVALID_MESSAGE'],
      ['oversized', { body: catalogRequest({ filter: ['x'.repeat(300 * 1024)] }) }, 413, 'PAYLOAD_TOO_LARGE'],
      [
        'nested 10,000 deep',
        { raw: `{"@context":["${CONTEXT}"],"@type":"CatalogRequestMessage","filter":${'['.repeat(10_000)}${']'.repeat(10_000)}}` },
        400,
        'DSP_INVALID_MESSAGE'
      ]
    ]
    for (const [what, o, status, code] of cases) {
      const r = await call(`${base}/catalog/request`, { ...o, auth: TCK })
      expect(r.status, what).toBe(status)
      validDsp('CatalogError', r.body)
      expect(r.body.code, what).toBe(code)
    }
    // JSON-LD's own media type is JSON too
    expect((await call(`${base}/catalog/request`, { raw: JSON.stringify(catalogRequest()), type: 'application/ld+json', auth: TCK })).status).toBe(200)
    const unknown = await call(`${base}/negotiations/nope`, { auth: TCK })
    expect(unknown.status).toBe(404)
    validDsp('ContractNegotiationError', unknown.body)
  })

  it('rate-limits per counterparty, drops slow clients, and keeps serving its libp2p peers meanwhile', async () => {
    const { node, base, root } = await provider({ dsp: { requestsPerMinute: 20, requestTimeoutMs: 500 } })
    const consumer = await startNode(testConfig({ name: 'libp2p-consumer' }))
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(node)))
    const statuses: number[] = []
    for (let i = 0; i < 25; i++) statuses.push((await call(`${base}/catalog/request`, { body: catalogRequest(), auth: TCK })).status)
    expect(statuses.filter(s => s === 200)).toHaveLength(20)
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429])
    // another counterparty has its own budget
    expect((await call(`${base}/catalog/request`, { body: catalogRequest(), auth: PARTNER })).status).toBe(200)
    // a client that sends its headers and then nothing is cut off after requestTimeoutMs
    const port = Number(new URL(root).port)
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const t = Date.now()
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /dsp/2025-1/catalog/request HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: ${PARTNER}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{`
        )
      })
      socket.on('data', () => {})
      socket.on('close', () => resolve(Date.now() - t))
      socket.on('error', reject)
    })
    expect(closedAfter).toBeLessThan(5_000)
    // the libp2p side is untouched
    const page = await consumer.parts.catalog.fetchPage(node.parts.net.peerId, { query: '' })
    expect(page.offers.map(o => o.offerId)).toContain('weather:open')
  })

  it('holds at most dsp.maxConnections open connections: more are closed as they arrive, and it serves again once they go', async () => {
    const { base, root } = await provider({ dsp: { maxConnections: 8 } })
    const port = Number(new URL(root).port)
    const open = async (): Promise<Socket> =>
      await new Promise<Socket>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket))
        socket.on('error', reject)
      })
    const idle = await Promise.all(Array.from({ length: 8 }, open))
    try {
      // the ninth is accepted by the kernel and closed by the server at once, before any answer
      const ninth = await open()
      idle.push(ninth)
      const ended = await new Promise<string>(resolve => {
        let got = ''
        ninth.on('data', d => {
          got += d.toString()
        })
        ninth.on('close', () => resolve(got))
        ninth.on('error', () => {})
        ninth.write(`GET /.well-known/dspace-version HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`)
        // an answer would come within this; the server ends what it answered (Connection: close)
        setTimeout(() => ninth.end(), 1_000)
      })
      expect(ended).toBe('')
    } finally {
      for (const s of idle) s.destroy()
    }
    await waitFor(async () => (await call(`${base}/catalog/request`, { body: catalogRequest(), auth: TCK }).catch(() => ({ status: 0 }))).status === 200, 5_000)
  })

  it('speaks HTTPS when dsp.tls is set', async () => {
    const { root } = await provider({ dsp: { tls: { cert: join(FIXTURES, 'tls/dsp-test.crt'), key: join(FIXTURES, 'tls/dsp-test.key') } } })
    expect(root).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const ca = readFileSync(join(FIXTURES, 'tls/dsp-test.crt'))
    const body = await new Promise<string>((resolve, reject) => {
      const req = httpsRequest(`${root}/.well-known/dspace-version`, { ca }, res => {
        let text = ''
        res.on('data', (c: Buffer) => {
          text += c.toString()
        })
        res.on('end', () => resolve(text))
      })
      req.on('error', reject)
      req.end()
    })
    validDsp('VersionResponse', JSON.parse(body))
  })

  it('config check and start refuse missing token files and a TLS key that is not one, naming the keys', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'empty.token'), '\n')
    writeFileSync(join(dir, 'not-a-key.pem'), 'hello\n')
    const cfg = testConfig({
      name: 'bad-dsp',
      dsp: {
        enabled: true,
        listen: { host: '127.0.0.1', port: 0 },
        tls: { cert: join(FIXTURES, 'tls/dsp-test.crt'), key: join(dir, 'not-a-key.pem') },
        auth: {
          tokens: [{ participantId: 'urn:a', tokenFile: join(dir, 'missing.token') }],
          send: [{ url: 'https://edc.example.com/api/dsp', tokenFile: join(dir, 'empty.token') }]
        }
      }
    })
    const err = await checkConfig(cfg).then(
      () => undefined,
      (e: unknown) => e as ConfigError
    )
    expect(err?.code).toBe('CONFIG_INVALID')
    expect(err?.problems.map(p => p.path)).toEqual(['dsp.auth.tokens[0].tokenFile', 'dsp.auth.send[0].tokenFile', 'dsp.tls'])
    expect(err?.problems[2]?.message).toContain('not a PEM file')
    const node = new HanseNode({ logger: silentLogger(), clock: systemClock }, { config: cfg, version: 'test' })
    await expect(node.start()).rejects.toMatchObject({ code: 'DSP_TOKEN_FILE_INVALID' })
  })
})
