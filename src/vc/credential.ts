import { randomUUID, type KeyObject } from 'node:crypto'
import { HanseError } from '../errors/index.ts'
import { decodeJws, keyFor, signEdDsa, verifyJws, type DidResolution } from '../did/index.ts'

/*
 * Verifiable Credentials Data Model 2.0 (https://www.w3.org/TR/vc-data-model-2.0/) secured with
 * enveloping JOSE proofs (https://www.w3.org/TR/vc-jose-cose/#with-jose): the JWS payload is the
 * credential itself, `typ` is `vc+jwt` (`vp+jwt` for a presentation), and a presentation carries
 * its credentials as EnvelopedVerifiableCredential `data:application/vc+jwt,<jws>` URLs. This is
 * DCP's `vc20-bssl/jwt` profile (dcp.profiles.md). The issuer's key is found through its DID with
 * the `assertionMethod` relationship; the holder's with `authentication`.
 */

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
export const HANSE_VC_CONTEXT = 'https://w3id.org/hanse/credentials/v1'
export const MEMBERSHIP_TYPE = 'MembershipCredential'
const ENVELOPED_PREFIX = 'data:application/vc+jwt,'
const CLOCK_TOLERANCE_MS = 30_000

export interface Credential {
  '@context': unknown
  id?: string
  type: string | string[]
  issuer: string | { id: string }
  validFrom?: string
  validUntil?: string
  credentialSubject: Record<string, unknown> | Array<Record<string, unknown>>
  credentialStatus?: unknown
  [k: string]: unknown
}

export interface VerifiedCredential {
  jwt: string
  credential: Credential
  issuer: string
  subject: string
  types: string[]
  validFrom: number
  validUntil: number | undefined
}

/** A DID with the fragment of its key: the `kid` a JWS names. */
export function kidOf(did: string, fragment: string): string {
  return `${did}#${fragment}`
}

export function issuerOf(c: { issuer?: unknown }): string | undefined {
  const i = c.issuer
  if (typeof i === 'string') return i
  if (typeof i === 'object' && i !== null && typeof (i as { id?: unknown }).id === 'string') return (i as { id: string }).id
  return undefined
}

function typesOf(c: { type?: unknown }): string[] {
  return (Array.isArray(c.type) ? c.type : [c.type]).filter((t): t is string => typeof t === 'string')
}

/** Sign a credential as a `vc+jwt` with the issuer's Ed25519 key (`kid` names it in the issuer's DID document). */
export function signCredential(key: KeyObject, kid: string, credential: Credential): string {
  return signEdDsa(key, { typ: 'vc+jwt', cty: 'vc', kid }, credential as unknown as Record<string, unknown>)
}

/** Where an issuer's or holder's key is: the DID part of a kid must be that party's DID. */
function didOfKid(kid: unknown): string | undefined {
  return typeof kid === 'string' && kid.startsWith('did:') ? kid.split('#')[0] : undefined
}

/**
 * Check a `vc+jwt`: it decodes, is a VC DM 2.0 credential, its issuer's DID document has the
 * signing key with `assertionMethod`, the signature holds, and it is valid at `now`. Trust in
 * the issuer, the subject and the status are the caller's to check. Throws PRESENTATION_INVALID
 * (or the DID codes) saying what failed.
 */
export async function verifyCredential(jwt: string, o: { resolver: DidResolution; now: number }): Promise<VerifiedCredential> {
  const jws = decodeJws(jwt)
  if (jws === undefined) throw new HanseError('PRESENTATION_INVALID', 'a credential is not a compact JWS')
  if (jws.header.typ !== undefined && jws.header.typ !== 'vc+jwt' && jws.header.typ !== 'vc+ld+jwt')
    throw new HanseError('PRESENTATION_INVALID', `a credential has typ ${JSON.stringify(jws.header.typ)}, not vc+jwt`)
  const c = jws.payload as Partial<Credential>
  const ctx = Array.isArray(c['@context']) ? c['@context'] : [c['@context']]
  if (ctx[0] !== VC_V2_CONTEXT) throw new HanseError('PRESENTATION_INVALID', `a credential's first @context is not ${VC_V2_CONTEXT} (VC DM 2.0)`)
  const types = typesOf(c)
  if (!types.includes('VerifiableCredential')) throw new HanseError('PRESENTATION_INVALID', 'a credential does not have the type VerifiableCredential')
  const issuer = issuerOf(c)
  if (issuer === undefined || !issuer.startsWith('did:')) throw new HanseError('PRESENTATION_INVALID', 'a credential has no DID as its issuer')
  const kid = jws.header.kid
  const kidDid = didOfKid(kid)
  // the key must be the issuer's own: a kid of another DID would let anyone sign as the issuer
  if (kidDid !== undefined && kidDid !== issuer) throw new HanseError('PRESENTATION_INVALID', `a credential of ${issuer} is signed with a key of ${kidDid}`)
  const doc = await o.resolver.resolve(issuer)
  const { key } = keyFor(doc, typeof kid === 'string' ? kid : undefined, 'assertionMethod')
  if (!verifyJws(jws, key)) throw new HanseError('PRESENTATION_INVALID', `the signature of a credential from ${issuer} does not verify`)
  const subjects = Array.isArray(c.credentialSubject) ? c.credentialSubject : [c.credentialSubject]
  const subject = subjects[0]?.id
  if (subjects.length !== 1 || typeof subject !== 'string') throw new HanseError('PRESENTATION_INVALID', 'a credential must have one subject with an id')
  const validFrom = c.validFrom === undefined ? 0 : Date.parse(c.validFrom)
  const validUntil = c.validUntil === undefined ? undefined : Date.parse(c.validUntil)
  if (Number.isNaN(validFrom) || (validUntil !== undefined && Number.isNaN(validUntil)))
    throw new HanseError('PRESENTATION_INVALID', 'a credential has a validFrom or validUntil that is not a date')
  if (o.now + CLOCK_TOLERANCE_MS < validFrom) throw new HanseError('CREDENTIAL_NOT_YET_VALID', `the credential from ${issuer} is valid from ${c.validFrom}`)
  if (validUntil !== undefined && o.now - CLOCK_TOLERANCE_MS >= validUntil)
    throw new HanseError('CREDENTIAL_EXPIRED', `the credential from ${issuer} expired on ${c.validUntil}`)
  return { jwt, credential: c as Credential, issuer, subject, types, validFrom, validUntil }
}

/**
 * A presentation of credentials by `holder` to `audience` as a `vp+jwt` (VC DM 2.0, enveloped).
 * The JWT claims `aud`, `iat`, `exp` and `jti` bind it to one verifier for a short while.
 */
export function signPresentation(
  key: KeyObject,
  kid: string,
  o: { holder: string; audience: string; credentials: readonly string[]; now: number; lifetimeS?: number; nonce?: string }
): string {
  const iat = Math.floor(o.now / 1000)
  return signEdDsa(
    key,
    { typ: 'vp+jwt', cty: 'vp', kid },
    {
      '@context': [VC_V2_CONTEXT],
      type: ['VerifiablePresentation'],
      holder: o.holder,
      verifiableCredential: o.credentials.map(jwt => ({ '@context': [VC_V2_CONTEXT], id: `${ENVELOPED_PREFIX}${jwt}`, type: 'EnvelopedVerifiableCredential' })),
      iss: o.holder,
      aud: o.audience,
      iat,
      exp: iat + (o.lifetimeS ?? 300),
      jti: `urn:uuid:${randomUUID()}`,
      ...(o.nonce === undefined ? {} : { nonce: o.nonce })
    }
  )
}

/**
 * Check a `vp+jwt` from `holder` for `audience`: the holder's key with `authentication`, the
 * signature, the audience and the time; then each enveloped credential (verifyCredential).
 */
export async function verifyPresentation(
  jwt: string,
  o: { resolver: DidResolution; now: number; holder: string; audience: string; holderKey?: (key: KeyObject) => boolean }
): Promise<VerifiedCredential[]> {
  const jws = decodeJws(jwt)
  if (jws === undefined) throw new HanseError('PRESENTATION_INVALID', 'the presentation is not a compact JWS')
  if (jws.header.typ !== undefined && jws.header.typ !== 'vp+jwt' && jws.header.typ !== 'vp+ld+jwt')
    throw new HanseError('PRESENTATION_INVALID', `the presentation has typ ${JSON.stringify(jws.header.typ)}, not vp+jwt`)
  const p = jws.payload
  const holder = typeof p.holder === 'string' ? p.holder : typeof p.iss === 'string' ? p.iss : undefined
  if (holder !== o.holder) throw new HanseError('PRESENTATION_INVALID', `the presentation is by ${String(holder)}, not by ${o.holder}`)
  const kidDid = didOfKid(jws.header.kid)
  if (kidDid !== undefined && kidDid !== holder) throw new HanseError('PRESENTATION_INVALID', `the presentation of ${holder} is signed with a key of ${kidDid}`)
  const doc = await o.resolver.resolve(holder)
  const { key } = keyFor(doc, typeof jws.header.kid === 'string' ? jws.header.kid : undefined, 'authentication')
  if (!verifyJws(jws, key)) throw new HanseError('PRESENTATION_INVALID', `the signature of the presentation of ${holder} does not verify`)
  // the caller may need the presenting key to be a particular one (on libp2p: the connection's)
  if (o.holderKey !== undefined && !o.holderKey(key))
    throw new HanseError('PRESENTATION_INVALID', `the presentation of ${holder} is signed with a key that is not this peer's`)
  const aud = Array.isArray(p.aud) ? p.aud : [p.aud]
  if (!aud.includes(o.audience)) throw new HanseError('PRESENTATION_INVALID', `the presentation is for ${JSON.stringify(p.aud)}, not for ${o.audience}`)
  if (typeof p.exp !== 'number' || p.exp * 1000 <= o.now - CLOCK_TOLERANCE_MS)
    throw new HanseError('PRESENTATION_INVALID', 'the presentation has expired (or has no exp)')
  if (typeof p.iat === 'number' && p.iat * 1000 > o.now + CLOCK_TOLERANCE_MS)
    throw new HanseError('PRESENTATION_INVALID', 'the presentation is issued in the future')
  const enveloped = Array.isArray(p.verifiableCredential) ? p.verifiableCredential : p.verifiableCredential === undefined ? [] : [p.verifiableCredential]
  if (enveloped.length > 16) throw new HanseError('PRESENTATION_INVALID', 'the presentation carries more than 16 credentials')
  const out: VerifiedCredential[] = []
  for (const e of enveloped) {
    const id = typeof e === 'string' ? e : (e as { id?: unknown })?.id
    if (typeof id !== 'string' || !id.startsWith(ENVELOPED_PREFIX))
      throw new HanseError('PRESENTATION_INVALID', 'a credential in the presentation is not an EnvelopedVerifiableCredential (data:application/vc+jwt,...)')
    out.push(await verifyCredential(id.slice(ENVELOPED_PREFIX.length), o))
  }
  return out
}
