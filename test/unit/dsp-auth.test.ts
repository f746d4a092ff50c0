import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { SignJWT, jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { AnyOf, SelfIssuedTokens, StaticTokens } from '../../src/dsp/index.ts'
import { selfIssuedIdToken } from '../../src/dcp/index.ts'
import { didKeyOf, publicKeyOfDidKey } from '../../src/identity/index.ts'
import { ManualClock } from '../../src/clock/index.ts'

/** A self-issued token of a did:key participant (what a hanse node sends). */
const selfIssuedToken = async (key: KeyObject, did: string, audience: string, now: number): Promise<string> =>
  selfIssuedIdToken(key, `${did}#${did.slice('did:key:'.length)}`, { did, audience, now })

// the did:key spec's Ed25519 test vector: the all-zero seed
// https://w3c-ccg.github.io/did-key-spec/#ed25519-x25519
const ZERO_SEED_DID = 'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp'
const ZERO_SEED_PUB = '3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29'
const zeroKey = createPrivateKey({
  key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32)]),
  format: 'der',
  type: 'pkcs8'
})

describe('did:key', () => {
  it('encodes and decodes the spec vector', () => {
    expect(didKeyOf(Buffer.from(ZERO_SEED_PUB, 'hex'))).toBe(ZERO_SEED_DID)
    expect(Buffer.from(publicKeyOfDidKey(ZERO_SEED_DID) ?? []).toString('hex')).toBe(ZERO_SEED_PUB)
  })

  it('refuses what is not an Ed25519 did:key', () => {
    for (const bad of [
      'did:web:example.com',
      'did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme',
      'did:key:z6Mk',
      'did:key:z6Mk0OIl',
      `did:key:z6Mk${'a'.repeat(300)}`
    ])
      expect(publicKeyOfDidKey(bad), bad).toBeUndefined()
  })
})

describe('DSP counterparty authentication', () => {
  it('static tokens name their counterparty; others are refused', async () => {
    const tokens = new StaticTokens([
      { participantId: 'urn:a', token: 'alpha' },
      { participantId: 'urn:b', token: 'beta' }
    ])
    expect(await tokens.authenticate('beta')).toEqual({ participantId: 'urn:b', method: 'token' })
    expect(await tokens.authenticate('Bearer beta')).toEqual({ refused: 'unknown token' })
    expect(await tokens.authenticate(undefined)).toEqual({ refused: 'no Authorization header' })
  })

  it('self-issued tokens: audience, lifetime, issuer = subject, replay', async () => {
    const clock = new ManualClock(Date.UTC(2026, 11, 1))
    const auth = new SelfIssuedTokens({ clock }, { audiences: () => ['did:key:me', 'https://me.example.com/dsp/2025-1'], maxReplayEntries: 2 })
    const fresh = async (aud = 'did:key:me'): Promise<string> => `Bearer ${await selfIssuedToken(zeroKey, ZERO_SEED_DID, aud, clock.now())}`
    expect(await auth.authenticate(await fresh())).toEqual({ participantId: ZERO_SEED_DID, method: 'self-issued' })
    expect(await auth.authenticate(await fresh('https://me.example.com/dsp/2025-1'))).toEqual({ participantId: ZERO_SEED_DID, method: 'self-issued' })
    // replay protection holds a bounded number of live tokens
    expect(await auth.authenticate(await fresh())).toEqual({ refused: 'too many live tokens; try again shortly' })
    clock.advance(10 * 60_000)
    const again = await fresh()
    expect(await auth.authenticate(again)).toEqual({ participantId: ZERO_SEED_DID, method: 'self-issued' })
    expect(await auth.authenticate(again)).toEqual({ refused: 'token replayed (jti seen before)' })

    const iat = Math.floor(clock.now() / 1000)
    const long = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(ZERO_SEED_DID)
      .setSubject(ZERO_SEED_DID)
      .setAudience('did:key:me')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 3600)
      .setJti('j1')
      .sign(zeroKey)
    expect(await auth.authenticate(`Bearer ${long}`)).toEqual({ refused: 'token lives longer than 300 s' })
    const other = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer(ZERO_SEED_DID)
      .setSubject('did:key:someone-else')
      .setAudience('did:key:me')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti('j2')
      .sign(zeroKey)
    expect(await auth.authenticate(`Bearer ${other}`)).toMatchObject({ refused: expect.stringMatching(/sub/) })
    // signed by another key than the one in the did:key
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')
      .setSubject('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK')
      .setAudience('did:key:me')
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti('j3')
      .sign(zeroKey)
    expect(await auth.authenticate(`Bearer ${forged}`)).toMatchObject({ refused: expect.stringMatching(/signature/) })
  })

  it('tokens made here verify with jose alone (an outsider can check them)', async () => {
    const token = await selfIssuedToken(zeroKey, ZERO_SEED_DID, 'did:key:me', Date.now())
    const { payload, protectedHeader } = await jwtVerify(token, createPublicKey(zeroKey), {
      algorithms: ['EdDSA'],
      audience: 'did:key:me',
      issuer: ZERO_SEED_DID,
      subject: ZERO_SEED_DID
    })
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'JWT' })
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBeLessThanOrEqual(300)
    expect(typeof payload.jti).toBe('string')
  })

  it('any of several: the first that accepts, else every reason', async () => {
    const clock = new ManualClock()
    const any = new AnyOf([
      new StaticTokens([{ participantId: 'urn:a', token: 'alpha' }]),
      new SelfIssuedTokens({ clock }, { audiences: () => ['x'], maxReplayEntries: 10 })
    ])
    expect(await any.authenticate('alpha')).toEqual({ participantId: 'urn:a', method: 'token' })
    expect(await any.authenticate('nope')).toEqual({ refused: 'unknown token; not a bearer JWT' })
  })
})
