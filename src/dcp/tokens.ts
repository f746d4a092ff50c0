import { randomUUID, type KeyObject } from 'node:crypto'
import { CLOCK_TOLERANCE_S, decodeJws, keyFor, MAX_TOKEN_AGE_S, type ReplayCache, signEdDsa, verifyJws, type DidResolution } from '../did/index.ts'
import { HanseError } from '../errors/index.ts'

/*
 * Self-Issued ID Tokens (DCP base.protocol.md, "Self-Issued ID Tokens"): a JWT the participant
 * signs itself, `iss` = `sub` = its DID, `aud` the verifier's DID, `jti`, `iat`, `exp`, and
 * optionally a `token` claim the verifier hands to the participant's CredentialService. The
 * verifier checks the signature with a key of the `sub` DID that has `capabilityInvocation`.
 */

export function selfIssuedIdToken(key: KeyObject, kid: string, o: { did: string; audience: string; now: number; token?: string; lifetimeS?: number }): string {
  const iat = Math.floor(o.now / 1000)
  return signEdDsa(
    key,
    { typ: 'JWT', kid },
    {
      iss: o.did,
      sub: o.did,
      aud: o.audience,
      iat,
      exp: iat + Math.min(o.lifetimeS ?? 120, MAX_TOKEN_AGE_S),
      jti: `urn:uuid:${randomUUID()}`,
      ...(o.token === undefined ? {} : { token: o.token })
    }
  )
}

export interface SelfIssuedClaims {
  did: string
  jti: string
  exp: number
  token: string | undefined
}

/**
 * Check a Self-Issued ID Token (base.protocol.md, "Validating Self-Issued ID Tokens", steps 1-6).
 * Throws TOKEN_INVALID (or a DID code) with the reason.
 */
export async function verifySelfIssued(
  jwt: string,
  o: { resolver: DidResolution; audiences: readonly string[]; now: number; replay: ReplayCache }
): Promise<SelfIssuedClaims> {
  const jws = decodeJws(jwt)
  if (jws === undefined) throw new HanseError('TOKEN_INVALID', 'not a JWT')
  const { iss, sub, aud, exp, iat, nbf, jti, token } = jws.payload
  if (typeof iss !== 'string' || iss !== sub) throw new HanseError('TOKEN_INVALID', 'iss and sub must be the same DID')
  if (!iss.startsWith('did:')) throw new HanseError('TOKEN_INVALID', 'iss is not a DID')
  const audiences = Array.isArray(aud) ? aud : [aud]
  if (!audiences.some(a => typeof a === 'string' && o.audiences.includes(a))) throw new HanseError('TOKEN_INVALID', 'aud does not name this participant')
  const kid = jws.header.kid
  if (kid !== undefined && (typeof kid !== 'string' || (kid.startsWith('did:') && kid.split('#')[0] !== iss)))
    throw new HanseError('TOKEN_INVALID', 'the kid names a key of another DID')
  const doc = await o.resolver.resolve(iss)
  const { key } = keyFor(doc, kid as string | undefined, 'capabilityInvocation')
  if (!verifyJws(jws, key)) throw new HanseError('TOKEN_INVALID', 'signature verification failed')
  const t = o.now / 1000
  if (typeof exp !== 'number' || typeof iat !== 'number' || typeof jti !== 'string' || jti.length > 256)
    throw new HanseError('TOKEN_INVALID', 'exp, iat and jti are required')
  if (exp <= t - CLOCK_TOLERANCE_S) throw new HanseError('TOKEN_INVALID', 'the token has expired')
  if (iat > t + CLOCK_TOLERANCE_S) throw new HanseError('TOKEN_INVALID', 'iat is in the future')
  if (exp - iat > MAX_TOKEN_AGE_S || t - iat > MAX_TOKEN_AGE_S + CLOCK_TOLERANCE_S)
    throw new HanseError('TOKEN_INVALID', `the token lives longer than ${MAX_TOKEN_AGE_S} s`)
  if (typeof nbf === 'number' && nbf > t + CLOCK_TOLERANCE_S) throw new HanseError('TOKEN_INVALID', 'the token is not valid yet (nbf)')
  if (token !== undefined && (typeof token !== 'string' || token.length > 4096))
    throw new HanseError('TOKEN_INVALID', 'token must be a string of at most 4096 characters')
  const seen = o.replay.admit(`${iss} ${jti}`, exp * 1000, o.now)
  if (seen === 'replayed') throw new HanseError('TOKEN_INVALID', 'the token was seen before (jti replayed)')
  if (seen === 'full') throw new HanseError('TOKEN_INVALID', 'too many live tokens; try again shortly')
  return { did: iss, jti, exp: exp * 1000, token: token as string | undefined }
}
