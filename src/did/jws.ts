import { createPublicKey, sign as cryptoSign, verify as cryptoVerify, type JsonWebKey, type KeyObject } from 'node:crypto'

/*
 * Compact JWS (RFC 7515) with node:crypto, synchronously: EdDSA (RFC 8037) to sign, and to check
 * what others sign also ES256/ES384 (RFC 7518 3.4) and RS256/PS256, the algorithms DCP expects a
 * verifier to handle. jose's WebCrypto path queues on libuv's pool behind the store's fsyncs
 * (measured ~1 ms per DSP message), so hanse signs and checks here; tests check interop with jose.
 */

export interface DecodedJws {
  header: Record<string, unknown>
  payload: Record<string, unknown>
  signingInput: string
  signature: Buffer
}

/** Largest token accepted anywhere (a presentation with a few credentials fits easily). */
export const MAX_JWS = 256 * 1024

const b64url = (v: string | Buffer): string => Buffer.from(v).toString('base64url')

function part(p: string | undefined): Record<string, unknown> | undefined {
  if (p === undefined || !/^[\w-]*$/.test(p)) return undefined
  try {
    const v = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as unknown
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The header and claims of a compact JWS, unverified; undefined when it is not one. */
export function decodeJws(token: string): DecodedJws | undefined {
  if (token.length > MAX_JWS) return undefined
  const pieces = token.split('.')
  if (pieces.length !== 3) return undefined
  const [h, p, s] = pieces as [string, string, string]
  const header = part(h)
  const payload = part(p)
  if (header === undefined || payload === undefined || !/^[\w-]+$/.test(s)) return undefined
  return { header, payload, signingInput: `${h}.${p}`, signature: Buffer.from(s, 'base64url') }
}

/** Sign claims as a compact JWS with an Ed25519 key (alg EdDSA). */
export function signEdDsa(key: KeyObject, header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const input = `${b64url(JSON.stringify({ ...header, alg: 'EdDSA' }))}.${b64url(JSON.stringify(payload))}`
  return `${input}.${b64url(cryptoSign(null, Buffer.from(input), key))}`
}

/** Does the JWS's signature hold with this key, for the algorithm its header names (and the key fits)? */
export function verifyJws(jws: DecodedJws, key: KeyObject): boolean {
  const alg = jws.header.alg
  const data = Buffer.from(jws.signingInput)
  try {
    switch (alg) {
      case 'EdDSA':
      case 'Ed25519':
        return key.asymmetricKeyType === 'ed25519' && jws.signature.length === 64 && cryptoVerify(null, data, key, jws.signature)
      case 'ES256':
        return ecCurve(key) === 'prime256v1' && cryptoVerify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, jws.signature)
      case 'ES384':
        return ecCurve(key) === 'secp384r1' && cryptoVerify('sha384', data, { key, dsaEncoding: 'ieee-p1363' }, jws.signature)
      case 'RS256':
        return key.asymmetricKeyType === 'rsa' && rsaBits(key) >= 2048 && cryptoVerify('sha256', data, key, jws.signature)
      case 'PS256':
        return key.asymmetricKeyType === 'rsa' && rsaBits(key) >= 2048 && cryptoVerify('sha256', data, { key, padding: 6, saltLength: 32 }, jws.signature)
      default:
        return false
    }
  } catch {
    return false
  }
}

function ecCurve(key: KeyObject): string | undefined {
  return key.asymmetricKeyType === 'ec' ? key.asymmetricKeyDetails?.namedCurve : undefined
}

function rsaBits(key: KeyObject): number {
  return key.asymmetricKeyDetails?.modulusLength ?? 0
}

/** A public KeyObject from a JWK (public parts only), or undefined when it is not a usable one. */
export function keyFromJwk(jwk: unknown): KeyObject | undefined {
  if (typeof jwk !== 'object' || jwk === null) return undefined
  const j = jwk as Record<string, unknown>
  // a private key in a DID document is a publisher's mistake: never use it as a public key
  if ('d' in j || 'p' in j || 'q' in j) return undefined
  const ok =
    (j.kty === 'OKP' && j.crv === 'Ed25519' && typeof j.x === 'string') ||
    (j.kty === 'EC' && (j.crv === 'P-256' || j.crv === 'P-384') && typeof j.x === 'string' && typeof j.y === 'string') ||
    (j.kty === 'RSA' && typeof j.n === 'string' && typeof j.e === 'string')
  if (!ok) return undefined
  try {
    const { kty, crv, x, y, n, e } = j as Record<string, string>
    return createPublicKey({ key: { kty, crv, x, y, n, e } as JsonWebKey, format: 'jwk' })
  } catch {
    return undefined
  }
}

/** Self-issued tokens live at most this long (DSP self-issued tokens and DCP Self-Issued ID Tokens). */
export const MAX_TOKEN_AGE_S = 300
/** Clock skew allowed when checking token times. */
export const CLOCK_TOLERANCE_S = 30

/** The compact JWS in an `Authorization: Bearer ...` header, or undefined. */
export function bearerJwt(header: string | undefined): string | undefined {
  return /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(header ?? '')?.[1]
}

/** Seen token ids, each until its token expires (bounded): a token is accepted once. */
export class ReplayCache {
  private readonly seen = new Map<string, number>()
  private readonly max: number
  constructor(max = 100_000) {
    this.max = max
  }
  /** Record `key` (issuer and jti) until `exp` (ms); `replayed` when seen before, `full` when the cache holds only live tokens. */
  admit(key: string, exp: number, now: number): 'ok' | 'replayed' | 'full' {
    // insertion order is close to expiry order (tokens live ≤ 5 min): stop at the first live one
    for (const [k, until] of this.seen) {
      if (until + CLOCK_TOLERANCE_S * 1000 > now) break
      this.seen.delete(k)
    }
    if (this.seen.has(key)) return 'replayed'
    if (this.seen.size >= this.max) return 'full'
    this.seen.set(key, exp)
    return 'ok'
  }
}
