import { createHash, timingSafeEqual } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Clock } from '../clock/index.ts'
import { bearerJwt, CLOCK_TOLERANCE_S, decodeJws, MAX_TOKEN_AGE_S, ReplayCache, verifyJws } from '../did/index.ts'
import { ed25519KeyObjectOf } from '../identity/index.ts'

/*
 * Who a DSP request comes from. DSP leaves the `Authorization` header's semantics to the data
 * space (https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#authorization);
 * hanse accepts two kinds today:
 *  - a static token per counterparty, read from a file (what the TCK and many test setups use);
 *  - a self-issued token: a short-lived EdDSA JWT whose `iss` = `sub` is the sender's did:key,
 *    `aud` this node (its participant id or its DSP URL), `exp` at most 5 minutes after `iat`,
 *    and a `jti` seen once. The key is in the did:key, so no registry is needed between hanse
 *    nodes. DCP (the next step) plugs in as one more `DspAuthenticator`: a Self-Issued ID Token
 *    whose DID is resolved and whose presentation is verified.
 */

export interface Counterparty {
  /** The DSP participant id policies and records see (as they see a libp2p peer by its peer id). */
  participantId: string
  method: 'token' | 'self-issued' | 'dcp'
}

/** Accepted, or refused with the reason (and the stable code where one applies, e.g. CREDENTIAL_REVOKED). */
export type AuthResult = Counterparty | { refused: string; code?: string }

export interface DspAuthenticator {
  /** Who sent a request carrying this `Authorization` header; never throws. */
  authenticate(header: string | undefined): Promise<AuthResult>
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest()
const MAX_HEADER = 8 * 1024

/** Reads a token file: its content without the trailing newline; refuses an empty or huge one. */
export function readTokenFile(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/\r?\n$/, '')
  if (text === '' || text.length > MAX_HEADER || /[\r\n]/.test(text)) throw new Error(`${file} must hold one line of 1 to ${MAX_HEADER} characters`)
  return text
}

/** Static tokens: the whole header value is compared (in constant time) with each configured token. */
export class StaticTokens implements DspAuthenticator {
  private readonly tokens: Array<{ digest: Buffer; participantId: string }>

  constructor(tokens: ReadonlyArray<{ participantId: string; token: string }>) {
    this.tokens = tokens.map(t => ({ digest: digest(t.token), participantId: t.participantId }))
  }

  async authenticate(header: string | undefined): Promise<AuthResult> {
    if (header === undefined || header === '') return { refused: 'no Authorization header' }
    const d = digest(header)
    // every token is compared, so timing does not tell which one came close
    let found: string | undefined
    for (const t of this.tokens) if (timingSafeEqual(t.digest, d)) found = t.participantId
    return found === undefined ? { refused: 'unknown token' } : { participantId: found, method: 'token' }
  }
}

export interface SelfIssuedInit {
  /** `aud` values that name this node: its participant id and its DSP URLs (known once listening). */
  audiences: () => readonly string[]
  /** Seen `jti`s kept at most this many (each until its token expires). */
  maxReplayEntries: number
}

/** Self-issued EdDSA tokens from did:key participants (see above). */
export class SelfIssuedTokens implements DspAuthenticator {
  private readonly components: { clock: Clock }
  private readonly init: SelfIssuedInit
  private readonly replay: ReplayCache

  constructor(components: { clock: Clock }, init: SelfIssuedInit) {
    this.components = components
    this.init = init
    this.replay = new ReplayCache(init.maxReplayEntries)
  }

  async authenticate(header: string | undefined): Promise<AuthResult> {
    const token = bearerJwt(header)
    if (token === undefined || token.length > MAX_HEADER) return { refused: 'not a bearer JWT' }
    const now = this.components.clock.now()
    const checked = verifyEdDsaJwt(token, now, this.init.audiences())
    if ('refused' in checked) return checked
    const seen = this.replay.admit(`${checked.iss} ${checked.jti}`, checked.exp, now)
    if (seen === 'replayed') return { refused: 'token replayed (jti seen before)' }
    if (seen === 'full') return { refused: 'too many live tokens; try again shortly' }
    return { participantId: checked.iss, method: 'self-issued' }
  }
}

/** The first authenticator that accepts wins; the refusals of all are reported together. */
export class AnyOf implements DspAuthenticator {
  private readonly parts: readonly DspAuthenticator[]
  constructor(parts: readonly DspAuthenticator[]) {
    this.parts = parts
  }
  async authenticate(header: string | undefined): Promise<AuthResult> {
    const reasons: string[] = []
    for (const p of this.parts) {
      const r = await p.authenticate(header)
      if (!('refused' in r)) return r
      reasons.push(r.refused)
    }
    return { refused: reasons.join('; ') || 'no authentication configured' }
  }
}

/**
 * Check a self-issued EdDSA JWT (RFC 7515 compact JWS, RFC 8037 EdDSA, RFC 7519 claims): the key
 * is the one its `iss` did:key names, `sub` = `iss`, `aud` names this node, `iat`..`exp` within
 * 5 minutes and around now, a `jti`. The signature is checked with node:crypto synchronously:
 * jose's WebCrypto path queues on libuv's thread pool behind the store's fsyncs, which made a DSP
 * message ~1 ms slower. Tests check tokens made here with jose, and jose's tokens here.
 */
export function verifyEdDsaJwt(token: string, now: number, audiences: readonly string[]): { iss: string; exp: number; jti: string } | { refused: string } {
  const jws = decodeJws(token)
  if (jws === undefined) return { refused: 'not a JWT' }
  const { header, payload: claims } = jws
  if (header.alg !== 'EdDSA') return { refused: `token rejected: alg ${JSON.stringify(header.alg)} is not EdDSA` }
  if (header.crit !== undefined || header.b64 === false) return { refused: 'token rejected: unsupported header parameters (crit, b64)' }
  const iss = claims.iss
  if (typeof iss !== 'string') return { refused: 'token without iss' }
  const key = iss.startsWith('did:key:') ? ed25519KeyObjectOf(iss) : undefined
  if (key === undefined) return { refused: `iss ${iss.slice(0, 80)} is not an Ed25519 did:key` }
  if (!verifyJws(jws, key)) return { refused: 'token rejected: signature verification failed' }
  if (claims.sub !== iss) return { refused: 'token rejected: unexpected "sub" claim value (it must equal iss)' }
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!aud.some(a => typeof a === 'string' && audiences.includes(a))) return { refused: 'token rejected: unexpected "aud" claim value (not this node)' }
  const { exp, iat, jti } = claims
  if (typeof exp !== 'number' || typeof iat !== 'number' || typeof jti !== 'string') return { refused: 'token rejected: missing "exp", "iat" or "jti" claim' }
  const t = now / 1000
  if (exp <= t - CLOCK_TOLERANCE_S) return { refused: 'token rejected: "exp" claim timestamp check failed (expired)' }
  if (iat > t + CLOCK_TOLERANCE_S) return { refused: 'token rejected: "iat" claim timestamp is in the future' }
  if (t - iat > MAX_TOKEN_AGE_S + CLOCK_TOLERANCE_S) return { refused: `token rejected: older than the ${MAX_TOKEN_AGE_S} s max age` }
  if (typeof claims.nbf === 'number' && claims.nbf > t + CLOCK_TOLERANCE_S) return { refused: 'token rejected: "nbf" claim timestamp check failed' }
  if (exp - iat > MAX_TOKEN_AGE_S) return { refused: `token lives longer than ${MAX_TOKEN_AGE_S} s` }
  if (jti.length > 256) return { refused: 'jti longer than 256 characters' }
  return { iss, exp: exp * 1000, jti }
}
