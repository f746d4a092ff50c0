import { describe, expect, it } from 'vitest'
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { importJWK, jwtVerify, SignJWT, decodeProtectedHeader } from 'jose'
import { didKeyDocument, didWebUrl, decodeJws, keyFor, nodeDidDocument, signEdDsa, verifyJws, type DidResolution } from '../../src/did/index.ts'
import {
  decodeStatusList,
  emptyStatusList,
  encodeStatusList,
  membershipCredential,
  membershipFacts,
  setStatusBit,
  signCredential,
  signPresentation,
  statusBit,
  verifyCredential,
  verifyPresentation
} from '../../src/vc/index.ts'
import { didKeyOf } from '../../src/identity/index.ts'

const fixture = (name: string): any => JSON.parse(readFileSync(new URL(`../fixtures/vc/${name}`, import.meta.url), 'utf8'))

/** An Ed25519 party with a did:key (resolved locally, no server). */
function party() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const jwk = publicKey.export({ format: 'jwk' })
  const did = didKeyOf(Buffer.from(jwk.x as string, 'base64url'))
  return { privateKey, publicKey, jwk, did, kid: `${did}#${did.slice('did:key:'.length)}` }
}

const keyResolver: DidResolution = { resolve: async did => didKeyDocument(did) }

describe('did:web and did:key', () => {
  it('maps did:web to its document URL as the method specification says', () => {
    expect(didWebUrl('did:web:w3c-ccg.github.io')).toBe('https://w3c-ccg.github.io/.well-known/did.json')
    expect(didWebUrl('did:web:w3c-ccg.github.io:user:alice')).toBe('https://w3c-ccg.github.io/user/alice/did.json')
    expect(didWebUrl('did:web:example.com%3A3000:user:alice')).toBe('https://example.com:3000/user/alice/did.json')
    for (const bad of ['did:web:', 'did:web:evil.com%2F..%2Fx', 'did:web:a..b', 'did:web:example.com:..', 'did:web:exa mple.com', 'did:foo:x'])
      expect(() => didWebUrl(bad), bad).toThrowError(expect.objectContaining({ code: 'DID_INVALID' }))
  })

  it('builds the did:key document of the did:key spec test vector, and picks keys by relationship', () => {
    const did = 'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp'
    const doc = didKeyDocument(did)
    expect(doc.verificationMethod?.[0]).toMatchObject({ id: `${did}#z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp`, controller: did })
    const { key } = keyFor(doc, undefined, 'capabilityInvocation')
    expect(key.asymmetricKeyType).toBe('ed25519')
    // a node's document: one JsonWebKey, no capabilityDelegation; a kid of another DID is refused
    const p = party()
    const node = nodeDidDocument({
      did: 'did:web:example.com',
      publicKey: Buffer.from(p.jwk.x as string, 'base64url'),
      credentialService: 'https://example.com/cs'
    })
    expect(keyFor(node, '#key-1', 'authentication').id).toBe('did:web:example.com#key-1')
    expect(() => keyFor(node, 'key-1', 'capabilityDelegation')).toThrowError(expect.objectContaining({ code: 'DID_KEY_NOT_FOUND' }))
    expect(() => keyFor(node, 'did:web:other.com#key-1', 'authentication')).toThrowError(expect.objectContaining({ code: 'DID_KEY_NOT_FOUND' }))
    expect(() => keyFor({ ...node, verificationMethod: [] }, 'key-1', 'authentication')).toThrowError(expect.objectContaining({ code: 'DID_KEY_NOT_FOUND' }))
  })
})

describe('compact JWS with node:crypto, interoperable with jose', () => {
  it('jose verifies what hanse signs, and hanse verifies EdDSA and ES256 that jose signs', async () => {
    const p = party()
    const token = signEdDsa(p.privateKey, { typ: 'JWT', kid: p.kid }, { iss: p.did, n: 1 })
    const { payload } = await jwtVerify(token, await importJWK({ ...p.jwk, alg: 'EdDSA' }, 'EdDSA'))
    expect(payload).toMatchObject({ iss: p.did, n: 1 })
    const fromJose = await new SignJWT({ a: 'b' }).setProtectedHeader({ alg: 'EdDSA' }).sign(p.privateKey)
    expect(verifyJws(decodeJws(fromJose)!, p.publicKey)).toBe(true)
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const es = await new SignJWT({ a: 'b' }).setProtectedHeader({ alg: 'ES256' }).sign(ec.privateKey)
    expect(verifyJws(decodeJws(es)!, ec.publicKey)).toBe(true)
    // the algorithm must fit the key: an EdDSA header over an EC key, or a tampered payload, fail
    expect(verifyJws({ ...decodeJws(es)!, header: { alg: 'EdDSA' } }, ec.publicKey)).toBe(false)
    const [h, , s] = token.split('.')
    expect(verifyJws(decodeJws(`${h}.${Buffer.from('{"iss":"x"}').toString('base64url')}.${s}`)!, p.publicKey)).toBe(false)
  })
})

describe('VC DM 2.0 credentials and presentations (vc+jwt, vp+jwt)', () => {
  it('a MembershipCredential hanse issues verifies with jose alone, as an outsider would check it', async () => {
    const issuer = party()
    const member = party()
    const now = Date.parse('2026-12-01T00:00:00Z')
    const vc = membershipCredential({
      id: 'urn:uuid:8247b87d-8d72-47e1-8128-9ce47e3d829d',
      issuer: issuer.did,
      subject: member.did,
      claims: { orgName: 'Hafenwerke Bremen', orgId: 'DE-HB-1', country: 'DE', attributes: { sector: 'logistics' } },
      validFrom: now,
      validUntil: now + 365 * 86_400_000,
      status: { url: 'https://authority.example/status/1', index: 94567 }
    })
    const jwt = signCredential(issuer.privateKey, issuer.kid, vc)
    // no hanse code from here: jose and the issuer's public key
    const { payload, protectedHeader } = await jwtVerify(jwt, await importJWK({ ...issuer.jwk, alg: 'EdDSA' }, 'EdDSA'), { typ: 'vc+jwt' })
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt', kid: issuer.kid })
    expect(payload).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://w3id.org/hanse/credentials/v1'],
      type: ['VerifiableCredential', 'MembershipCredential'],
      issuer: issuer.did,
      credentialSubject: { id: member.did, orgName: 'Hafenwerke Bremen', country: 'DE', attributes: { sector: 'logistics' } },
      credentialStatus: { type: 'BitstringStatusListEntry', statusListIndex: '94567', statusListCredential: 'https://authority.example/status/1' }
    })
    const verified = await verifyCredential(jwt, { resolver: keyResolver, now })
    expect(membershipFacts(verified)).toEqual({
      did: member.did,
      orgId: 'DE-HB-1',
      orgName: 'Hafenwerke Bremen',
      country: 'DE',
      attributes: { sector: 'logistics' }
    })
    // in a presentation by the member for one verifier
    const verifier = party()
    const vp = signPresentation(member.privateKey, member.kid, { holder: member.did, audience: verifier.did, credentials: [jwt], now })
    expect(decodeProtectedHeader(vp)).toMatchObject({ typ: 'vp+jwt' })
    const [one] = await verifyPresentation(vp, { resolver: keyResolver, now, holder: member.did, audience: verifier.did })
    expect(one?.subject).toBe(member.did)
    await expect(verifyPresentation(vp, { resolver: keyResolver, now, holder: member.did, audience: issuer.did })).rejects.toMatchObject({
      code: 'PRESENTATION_INVALID'
    })
    await expect(verifyPresentation(vp, { resolver: keyResolver, now, holder: verifier.did, audience: verifier.did })).rejects.toMatchObject({
      code: 'PRESENTATION_INVALID'
    })
    await expect(verifyPresentation(vp, { resolver: keyResolver, now: now + 3_600_000, holder: member.did, audience: verifier.did })).rejects.toMatchObject({
      code: 'PRESENTATION_INVALID'
    })
  })

  it('the VC DM 2.0 specification example, enveloped and signed, reads back; forged, expired and not-yet-valid ones are refused', async () => {
    const example = fixture('vc-dm-2.0-example.json')
    const issuer = party()
    const credential = { ...example, issuer: issuer.did }
    const jwt = signCredential(issuer.privateKey, issuer.kid, credential)
    const now = Date.parse('2026-12-01T00:00:00Z')
    const v = await verifyCredential(jwt, { resolver: keyResolver, now })
    expect(v).toMatchObject({ subject: 'did:example:ebfeb1f712ebc6f1c276e12ec21', types: ['VerifiableCredential', 'ExampleAlumniCredential'] })
    expect(v.validFrom).toBe(Date.parse('2010-01-01T19:23:24Z'))
    // signed by someone else while naming the issuer
    const mallory = party()
    await expect(verifyCredential(signCredential(mallory.privateKey, issuer.kid, credential), { resolver: keyResolver, now })).rejects.toMatchObject({
      code: 'PRESENTATION_INVALID'
    })
    await expect(verifyCredential(signCredential(mallory.privateKey, mallory.kid, credential), { resolver: keyResolver, now })).rejects.toMatchObject({
      code: 'PRESENTATION_INVALID'
    })
    const ends = signCredential(issuer.privateKey, issuer.kid, { ...credential, validUntil: '2020-01-01T00:00:00Z' })
    await expect(verifyCredential(ends, { resolver: keyResolver, now })).rejects.toMatchObject({ code: 'CREDENTIAL_EXPIRED' })
    const later = signCredential(issuer.privateKey, issuer.kid, { ...credential, validFrom: '2030-01-01T00:00:00Z' })
    await expect(verifyCredential(later, { resolver: keyResolver, now })).rejects.toMatchObject({ code: 'CREDENTIAL_NOT_YET_VALID' })
    // VC DM 1.1 (another profile) is not taken for 2.0
    const v1 = signCredential(issuer.privateKey, issuer.kid, { ...credential, '@context': ['https://www.w3.org/2018/credentials/v1'] })
    await expect(verifyCredential(v1, { resolver: keyResolver, now })).rejects.toMatchObject({ code: 'PRESENTATION_INVALID' })
  })
})

describe('Bitstring Status List', () => {
  it('decodes the specification example: 131,072 entries, none set', () => {
    const example = fixture('bitstring-status-list-example.json')
    const bits = decodeStatusList(example.credentialSubject.encodedList)
    expect(bits.length * 8).toBe(131_072)
    expect(statusBit(bits, 0)).toBe(false)
    expect(statusBit(bits, 131_071)).toBe(false)
  })

  it('index 0 is the left-most bit; set bits survive encoding; short lists and GZIP bombs are refused', () => {
    const bits = emptyStatusList()
    setStatusBit(bits, 0, true)
    setStatusBit(bits, 94_567, true)
    expect(bits[0]).toBe(0x80)
    const back = decodeStatusList(encodeStatusList(bits))
    expect([statusBit(back, 0), statusBit(back, 1), statusBit(back, 94_567), statusBit(back, 94_568)]).toEqual([true, false, true, false])
    expect(() => encodeStatusList(new Uint8Array(100))).toThrowError(expect.objectContaining({ code: 'STATUS_LIST_INVALID' }))
    const bomb = `u${gzipSync(new Uint8Array(64 * 1024 * 1024)).toString('base64url')}`
    expect(() => decodeStatusList(bomb)).toThrowError(expect.objectContaining({ code: 'STATUS_LIST_INVALID' }))
    expect(() => decodeStatusList('zNotBase64url')).toThrowError(expect.objectContaining({ code: 'STATUS_LIST_INVALID' }))
    expect(() => statusBit(back, 131_072)).toThrowError(expect.objectContaining({ code: 'STATUS_LIST_INVALID' }))
  })
})
