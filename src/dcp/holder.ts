import { randomBytes, type KeyObject } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../clock/index.ts'
import type { DidResolution } from '../did/index.ts'
import { HanseError } from '../errors/index.ts'
import type { Logger } from '../logging/index.ts'
import { bearerJwt, decodeJws, didWebUrl, ReplayCache } from '../did/index.ts'
import { signPresentation } from '../vc/index.ts'
import { selfIssuedIdToken, verifySelfIssued } from './tokens.ts'

/*
 * DCP as a holder: the Self-Issued ID Tokens this node sends (each with a fresh access token for
 * the counterparty it is addressed to), and the CredentialService the counterparty then queries
 * (verifiable.presentation.protocol.md, "Resolution API"): `POST <service>/presentations/query`
 * with the verifier's own token whose `token` claim is an access token this node issued to that
 * verifier. The answer is a PresentationResponseMessage with one `vp+jwt` for that verifier,
 * holding the credentials the scope asks for (by type or id).
 */

const DCP_CONTEXT = 'https://w3id.org/dspace-dcp/v1.0/dcp.jsonld'
/** A token made ahead is used while younger than this (its lifetime is 120 s); else a fresh one. */
const AHEAD_MAX_AGE_MS = 10_000
/** Counterparties with a token made ahead, at most. */
const MAX_AHEAD = 256
const SCOPE = /^org\.eclipse\.dspace\.dcp\.vc\.(type|id):(.{1,256})$/

export interface DcpHolderComponents {
  clock: Clock
  logger: Logger
  resolver: DidResolution
  /** This node's credentials (vc+jwt), as configured. */
  credentials: () => readonly string[]
}

export interface DcpHolderInit {
  did: string
  /** The kid of this node's key in its DID document. */
  kid: string
  key: KeyObject
  /** How long an access token handed out in a token stays usable. */
  accessTokenMs: number
}

export class DcpHolder {
  private readonly c: DcpHolderComponents
  private readonly init: DcpHolderInit
  private readonly accessTokens = new Map<string, { audience: string; until: number }>()
  /** The next token for each recent audience, made ahead (see `token`). */
  private readonly ahead = new Map<string, { jwt: string; at: number }>()
  /** Audiences whose next token is about to be made. */
  private readonly making = new Set<string>()
  private readonly replay = new ReplayCache()

  constructor(components: DcpHolderComponents, init: DcpHolderInit) {
    this.c = components
    this.init = init
  }

  get did(): string {
    return this.init.did
  }

  /**
   * A Self-Issued ID Token for a request to `audience`, with a fresh access token the audience
   * may present to this node's CredentialService (or, answering a query, `token` as given).
   */
  token(audience: string, token?: string): string {
    if (token !== undefined) return this.make(audience, token)
    // every DSP request carries a token of its own (a jti is accepted once), and making one (an
    // Ed25519 signature, JSON, base64) cost 0.1-0.3 ms on each message's critical path here: the
    // next one for this audience is made once the current work is done, and used while fresh
    // (one at a time per audience: a burst of requests makes its own, not one each ahead too)
    const ready = this.ahead.get(audience)
    this.ahead.delete(audience)
    if (!this.making.has(audience)) {
      this.making.add(audience)
      setImmediate(() => {
        this.making.delete(audience)
        if (this.ahead.size >= MAX_AHEAD) this.ahead.delete(this.ahead.keys().next().value as string)
        this.ahead.set(audience, { jwt: this.make(audience), at: this.c.clock.now() })
      })
    }
    if (ready !== undefined && this.c.clock.now() - ready.at < AHEAD_MAX_AGE_MS) return ready.jwt
    return this.make(audience)
  }

  private make(audience: string, token?: string): string {
    const now = this.c.clock.now()
    let access = token
    if (access === undefined) {
      access = randomBytes(24).toString('base64url')
      this.prune(now)
      this.accessTokens.set(access, { audience, until: now + this.init.accessTokenMs })
    }
    return selfIssuedIdToken(this.init.key, this.init.kid, { did: this.init.did, audience, now, token: access })
  }

  private prune(now: number): void {
    for (const [k, v] of this.accessTokens) {
      if (v.until > now && this.accessTokens.size < 100_000) break
      this.accessTokens.delete(k)
    }
  }

  /** The CredentialService's routes (mounted by the DSP listener, outside DSP authentication). */
  routes(): (app: FastifyInstance) => void {
    return app => {
      app.post('/presentations/query', async (req, reply) => {
        const header = req.headers.authorization
        const jwt = bearerJwt(header)
        if (jwt === undefined) return reply.status(401).send({ code: 'TOKEN_INVALID', message: 'a Self-Issued ID Token is required' })
        const now = this.c.clock.now()
        let verifier: string
        try {
          const claims = await verifySelfIssued(jwt, { resolver: this.c.resolver, audiences: [this.init.did], now, replay: this.replay })
          const granted = claims.token === undefined ? undefined : this.accessTokens.get(claims.token)
          // the access token must be one this node gave that very verifier, still fresh
          if (granted === undefined || granted.until <= now || !sameParty(granted.audience, claims.did))
            throw new HanseError('TOKEN_INVALID', 'the token claim is not an access token this node issued to you')
          verifier = claims.did
        } catch (err) {
          const e = err as HanseError
          this.c.logger.debug({ err: e.message, by: decodeJws(jwt)?.payload.iss }, 'presentation query refused')
          return reply.status(e.status === 403 ? 403 : 401).send({ code: e.code ?? 'TOKEN_INVALID', message: e.message })
        }
        const body = req.body as { '@context'?: unknown; type?: unknown; scope?: unknown; presentationDefinition?: unknown }
        if (body?.type !== 'PresentationQueryMessage') return reply.status(400).send({ code: 'BAD_REQUEST', message: 'expected a PresentationQueryMessage' })
        if (body.presentationDefinition !== undefined && body.scope !== undefined)
          return reply.status(400).send({ code: 'BAD_REQUEST', message: 'scope and presentationDefinition are exclusive' })
        // presentation exchange definitions are optional in DCP; the spec asks for 501 then
        if (body.presentationDefinition !== undefined) return reply.status(501).send({ code: 'NOT_IMPLEMENTED', message: 'use scope' })
        const scopes = Array.isArray(body.scope) ? body.scope.filter((s): s is string => typeof s === 'string').slice(0, 32) : []
        if (scopes.length === 0) return reply.status(400).send({ code: 'BAD_REQUEST', message: 'scope must be a non-empty array' })
        const chosen = this.c.credentials().filter(jwtVc => scopes.some(s => matches(s, jwtVc)))
        const presentation =
          chosen.length === 0 ? [] : [signPresentation(this.init.key, this.init.kid, { holder: this.init.did, audience: verifier, credentials: chosen, now })]
        return { '@context': [DCP_CONTEXT], type: 'PresentationResponseMessage', presentation }
      })
    }
  }
}

/**
 * Is the verifier `did` the party an access token was given to? A token sent before the
 * counterparty's DID was known names its DSP URL: a did:web verifier must then be served from
 * that URL's host and port; a did:key one cannot be tied to a URL and is taken on its proven DID.
 */
function sameParty(audience: string, did: string): boolean {
  if (audience === did) return true
  if (!/^https?:\/\//.test(audience)) return false
  if (!did.startsWith('did:web:')) return did.startsWith('did:key:')
  try {
    return new URL(didWebUrl(did)).host === new URL(audience).host
  } catch {
    return false
  }
}

/** Does a credential (vc+jwt) fall under a DCP scope (by type or by id)? */
function matches(scope: string, vcJwt: string): boolean {
  const m = SCOPE.exec(scope)
  const vc = decodeJws(vcJwt)?.payload
  if (m === null || vc === undefined) return false
  if (m[1] === 'id') return vc.id === m[2] || (typeof vc.id === 'string' && vc.id.endsWith(`:${m[2]}`))
  const types = Array.isArray(vc.type) ? vc.type : [vc.type]
  return types.includes(m[2])
}
