import { afterEach, describe, expect, it } from 'vitest'
import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import Fastify, { type FastifyInstance } from 'fastify'
import { cleanup, onCleanup } from '../helpers.ts'
import { DidResolver, decodeJws, nodeDidDocument, type DidDocument } from '../../src/did/index.ts'
import { DcpHolder, DcpVerifier, selfIssuedIdToken } from '../../src/dcp/index.ts'
import { emptyStatusList, encodeStatusList, membershipCredential, setStatusBit, signCredential, statusListCredential, StatusLists } from '../../src/vc/index.ts'
import { silentLogger } from '../../src/logging/index.ts'

/*
 * DCP between real parties over real HTTPS (a local server with the test certificate as the
 * trusted CA): did:web documents, an issuer's status list, and the holders' CredentialServices.
 */

afterEach(cleanup)

const TLS = new URL('../fixtures/tls/', import.meta.url)
const cert = readFileSync(new URL('dsp-test.crt', TLS), 'utf8')
const tlsKey = readFileSync(new URL('dsp-test.key', TLS), 'utf8')
const DAY = 86_400_000

interface Party {
  name: string
  did: string
  kid: string
  privateKey: KeyObject
  holder: DcpHolder
  credentials: string[]
}

/** The web: DID documents, the status list, CredentialServices, and a few hostile documents. */
async function web() {
  const clock = { t: Date.parse('2026-12-01T12:00:00Z'), now: () => clock.t }
  const docs = new Map<string, unknown>()
  const status = { jwt: '' }
  const app: FastifyInstance = Fastify({ https: { key: tlsKey, cert } }) as unknown as FastifyInstance
  app.get('/:name/did.json', async (req, reply) => {
    const { name } = req.params as { name: string }
    if (name === 'redirect') return reply.redirect('https://localhost:1/x/did.json')
    if (name === 'slow') return await new Promise(() => {})
    if (name === 'huge') return reply.type('application/json').send(`{"id":"x","pad":"${'x'.repeat(200_000)}"}`)
    if (name === 'notjson') return reply.type('application/json').send('<html>')
    const doc = docs.get(name)
    return doc === undefined ? reply.status(404).send() : doc
  })
  app.get('/status/1', async (_req, reply) => reply.type('application/vc+jwt').send(status.jwt))
  const parties = new Map<string, Party>()
  await app.register(async scoped => {
    scoped.post('/:name/cs/presentations/query', async (req, reply) => {
      const p = parties.get((req.params as { name: string }).name)
      if (p === undefined) return reply.status(404).send()
      // hand the request to that holder's own routes (one fastify per holder would do the same)
      const inner = Fastify() as unknown as FastifyInstance
      p.holder.routes()(inner)
      const res = await inner.inject({
        method: 'POST',
        url: '/presentations/query',
        headers: { authorization: req.headers.authorization ?? '' },
        payload: req.body as object
      })
      await inner.close()
      return reply.status(res.statusCode).send(res.json())
    })
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  onCleanup(async () => {
    await app.close()
  })
  const port = (app.server.address() as { port: number }).port
  const didOf = (name: string): string => `did:web:localhost%3A${port}:${name}`
  const resolver = () => new DidResolver({ clock }, { ca: cert, timeoutMs: 500 })

  function party(name: string): Party {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519')
    const did = didOf(name)
    const x = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url')
    docs.set(name, nodeDidDocument({ did, publicKey: x, credentialService: `https://localhost:${port}/${name}/cs` }))
    const credentials: string[] = []
    const kid = `${did}#key-1`
    const holder = new DcpHolder(
      { clock, logger: silentLogger(), resolver: resolver(), credentials: () => credentials },
      { did, kid, key: privateKey, accessTokenMs: 60_000 }
    )
    const p = { name, did, kid, privateKey, holder, credentials }
    parties.set(name, p)
    return p
  }

  const authority = party('authority')
  const list = emptyStatusList()
  const publishStatus = (): void => {
    status.jwt = signCredential(
      authority.privateKey,
      authority.kid,
      statusListCredential({ url: `https://localhost:${port}/status/1`, issuer: authority.did, encodedList: encodeStatusList(list), validFrom: clock.t - DAY })
    )
  }
  publishStatus()
  let next = 0
  const issue = (by: Party, to: string, o: { validUntil?: number } = {}): string =>
    signCredential(
      by.privateKey,
      by.kid,
      membershipCredential({
        id: `urn:uuid:00000000-0000-0000-0000-${String(++next).padStart(12, '0')}`,
        issuer: by.did,
        subject: to,
        claims: { orgName: 'Hafenwerke Bremen', orgId: 'DE-HB-1', country: 'DE', attributes: { sector: 'logistics' } },
        validFrom: clock.t - DAY,
        validUntil: o.validUntil ?? clock.t + 365 * DAY,
        status: { url: `https://localhost:${port}/status/1`, index: next }
      })
    )

  /** A verifier (bob) trusting the authority, asking with its own holder's tokens. */
  const verifier = (bob: Party, trusted = [authority.did]): DcpVerifier => {
    const r = resolver()
    return new DcpVerifier(
      {
        clock,
        logger: silentLogger(),
        resolver: r,
        statusLists: new StatusLists({ clock, resolver: r }, { ca: cert }),
        ownToken: (aud, token) => bob.holder.token(aud, token)
      },
      {
        did: bob.did,
        audiences: () => [bob.did],
        trustedIssuers: trusted,
        cacheMs: 60_000,
        recheckMs: 60_000,
        timeoutMs: 2_000,
        maxBytes: 256 * 1024,
        ca: cert
      }
    )
  }
  return { clock, docs, party, authority, issue, verifier, resolver, didOf, list, publishStatus, indexOf: () => next }
}

describe('did:web resolution over HTTPS', () => {
  it('resolves a document; refuses a wrong id, redirects, huge, slow, missing and non-JSON documents with their codes', async () => {
    const w = await web()
    const alice = w.party('alice')
    const r = w.resolver()
    const doc = (await r.resolve(alice.did)) as DidDocument
    expect(doc.id).toBe(alice.did)
    expect(doc.service?.[0]).toMatchObject({ type: 'CredentialService' })
    w.docs.set('mallory', { ...doc })
    const cases: Array<[string, string]> = [
      ['mallory', 'DID_DOCUMENT_INVALID'],
      ['redirect', 'DID_UNRESOLVABLE'],
      ['huge', 'DID_DOCUMENT_INVALID'],
      ['slow', 'DID_UNRESOLVABLE'],
      ['nobody', 'DID_UNRESOLVABLE'],
      ['notjson', 'DID_DOCUMENT_INVALID']
    ]
    for (const [name, code] of cases) await expect(r.resolve(w.didOf(name)), name).rejects.toMatchObject({ code })
    // a server whose certificate the resolver does not trust
    await expect(new DidResolver({ clock: w.clock }, { timeoutMs: 500 }).resolve(alice.did)).rejects.toMatchObject({ code: 'DID_UNRESOLVABLE' })
    // cached: the document is not fetched again while fresh
    w.docs.delete('alice')
    expect((await r.resolve(alice.did)).id).toBe(alice.did)
  })
})

/** A data space with alice, a member, and bob, who checks her tokens. */
async function aliceAndBob(): Promise<{ w: Awaited<ReturnType<typeof web>>; alice: Party; bob: Party; v: DcpVerifier }> {
  const w = await web()
  const alice = w.party('alice')
  const bob = w.party('bob')
  alice.credentials.push(w.issue(w.authority, alice.did))
  return { w, alice, bob, v: w.verifier(bob) }
}

describe('DCP: Self-Issued ID Token, CredentialService, MembershipCredential', () => {
  it('admits a member; refuses a replayed token, one for another audience and an expired one', async () => {
    const { w, alice, bob, v } = await aliceAndBob()
    const token = alice.holder.token(bob.did)
    expect(await v.authenticate(`Bearer ${token}`)).toEqual({ participantId: alice.did, method: 'dcp' })
    expect(v.facts(alice.did)).toEqual({ did: alice.did, orgId: 'DE-HB-1', orgName: 'Hafenwerke Bremen', country: 'DE', attributes: { sector: 'logistics' } })
    expect(await v.authenticate(`Bearer ${token}`)).toMatchObject({ code: 'TOKEN_INVALID', refused: expect.stringContaining('replayed') })
    expect(await v.authenticate(`Bearer ${alice.holder.token(w.authority.did)}`)).toMatchObject({
      code: 'TOKEN_INVALID',
      refused: expect.stringContaining('aud')
    })
    const old = alice.holder.token(bob.did)
    w.clock.t += 10 * 60_000
    expect(await v.authenticate(`Bearer ${old}`)).toMatchObject({ code: 'TOKEN_INVALID', refused: expect.stringContaining('expired') })
    // a DID document without a key for capabilityInvocation (here: no keys at all)
    const keyless = w.party('keyless')
    w.docs.set('keyless', { id: keyless.did, service: [] })
    expect(await v.authenticate(`Bearer ${keyless.holder.token(bob.did)}`)).toMatchObject({ code: 'DID_KEY_NOT_FOUND' })
    // signed by another key than the DID's
    const mallory = generateKeyPairSync('ed25519').privateKey
    const forged = selfIssuedIdToken(mallory, alice.kid, { did: alice.did, audience: bob.did, now: w.clock.t })
    expect(await v.authenticate(`Bearer ${forged}`)).toMatchObject({ code: 'TOKEN_INVALID', refused: expect.stringContaining('signature') })
    expect(await v.authenticate(undefined)).toMatchObject({ refused: expect.any(String) })
  })

  it('tokens made ahead: every one for an audience is new, each is accepted once, a stale one is not handed out', async () => {
    const { w, alice, bob, v } = await aliceAndBob()
    const turn = async (): Promise<void> => {
      await new Promise(resolve => setImmediate(resolve))
    }
    const claims = (jwt: string): { jti: string; iat: number } => decodeJws(jwt)?.payload as { jti: string; iat: number }
    const seen = new Set<string>()
    for (let i = 0; i < 4; i++) {
      // the first is made on the spot, the others were made ahead after the one before
      const jwt = alice.holder.token(bob.did)
      expect(seen.has(claims(jwt).jti)).toBe(false)
      seen.add(claims(jwt).jti)
      expect(await v.authenticate(`Bearer ${jwt}`)).toEqual({ participantId: alice.did, method: 'dcp' })
      await turn()
    }
    // the one made ahead is now a minute old: a fresh one goes out instead
    w.clock.t += 60_000
    const late = alice.holder.token(bob.did)
    expect(claims(late).iat).toBe(Math.floor(w.clock.t / 1000))
    expect(await v.authenticate(`Bearer ${late}`)).toEqual({ participantId: alice.did, method: 'dcp' })
  })

  it('refuses untrusted-issuer, wrong-subject, forged, expired and revoked credentials, each with its code', async () => {
    const w = await web()
    const bob = w.party('bob')
    const rogue = w.party('rogue-authority')
    const check = async (name: string, credential: (p: Party) => string, code: string): Promise<void> => {
      const p = w.party(name)
      p.credentials.push(credential(p))
      const res = await w.verifier(bob).authenticate(`Bearer ${p.holder.token(bob.did)}`)
      expect(res, name).toMatchObject({ code })
    }
    await check('untrusted', p => w.issue(rogue, p.did), 'CREDENTIAL_UNKNOWN_AUTHORITY')
    await check('wrongsubject', () => w.issue(w.authority, w.didOf('carol')), 'CREDENTIAL_WRONG_PEER')
    // the holder signs a credential in the authority's name
    await check(
      'forger',
      p => signCredential(p.privateKey, w.authority.kid, JSON.parse(Buffer.from(w.issue(w.authority, p.did).split('.')[1] as string, 'base64url').toString())),
      'PRESENTATION_INVALID'
    )
    await check('expired', p => w.issue(w.authority, p.did, { validUntil: w.clock.t - 60_000 }), 'CREDENTIAL_EXPIRED')
    const revoked = w.party('revoked')
    revoked.credentials.push(w.issue(w.authority, revoked.did))
    setStatusBit(w.list, w.indexOf(), true)
    w.publishStatus()
    expect(await w.verifier(bob).authenticate(`Bearer ${revoked.holder.token(bob.did)}`)).toMatchObject({ code: 'CREDENTIAL_REVOKED' })
    // no credential at all
    const none = w.party('none')
    expect(await w.verifier(bob).authenticate(`Bearer ${none.holder.token(bob.did)}`)).toMatchObject({ code: 'PRESENTATION_INVALID' })
  })

  it('a CredentialService answers only the verifier it gave the access token to', async () => {
    const w = await web()
    const alice = w.party('alice')
    const bob = w.party('bob')
    const eve = w.party('eve')
    alice.credentials.push(w.issue(w.authority, alice.did))
    // alice gave bob an access token; eve replays it in a token of her own (a fresh verifier of
    // eve's, with alice's own token to eve, still gets alice's presentation)
    const forBob = alice.holder.token(bob.did)
    const access = JSON.parse(Buffer.from(forBob.split('.')[1] as string, 'base64url').toString()).token as string
    // eve asks alice's CredentialService with the access token alice gave bob: 401
    const v = w.verifier(eve)
    expect(await v.authenticate(`Bearer ${alice.holder.token(eve.did)}`)).toMatchObject({ participantId: alice.did })
    expect(forBob).not.toBe('')
    const refused = await w
      .verifier(eve)
      .membership(alice.did, access)
      .catch((e: { code: string; message: string }) => e)
    expect(refused).toMatchObject({ code: 'PRESENTATION_INVALID', message: expect.stringContaining('401') })
  })
})
