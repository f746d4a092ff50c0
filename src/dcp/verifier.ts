import { EventEmitter } from 'node:events'
import type { Clock } from '../clock/index.ts'
import { bearerJwt, postBounded, ReplayCache, serviceEndpoint, type DidResolution, type FetchLimits } from '../did/index.ts'
import type { AuthResult, DspAuthenticator } from '../dsp/index.ts'
import { HanseError } from '../errors/index.ts'
import type { Logger } from '../logging/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import { MEMBERSHIP_TYPE, membershipFacts, verifyPresentation, type StatusLists, type VerifiedCredential } from '../vc/index.ts'
import { verifySelfIssued } from './tokens.ts'

/*
 * DCP as a verifier (verifiable.presentation.protocol.md, "Presentation Flow" steps 4-7): a DSP
 * request's Self-Issued ID Token is checked against the sender's DID document; then the sender's
 * CredentialService (a `service` of its DID document) is asked for its MembershipCredential
 * (`POST <service>/presentations/query`, scope `org.eclipse.dspace.dcp.vc.type:MembershipCredential`)
 * with this node's own token carrying the sender's access token, and the presentation is checked:
 * holder = sender, audience = this node, the credential's signature with its issuer's
 * assertionMethod key, a trusted issuer, subject = sender, validity, the status list bit.
 * A verified membership is kept for `cacheMs` (at most until the credential ends), so not every
 * DSP request costs a presentation query; the token itself is checked on every request.
 */

export const MEMBERSHIP_SCOPE = `org.eclipse.dspace.dcp.vc.type:${MEMBERSHIP_TYPE}`
const DCP_CONTEXT = 'https://w3id.org/dspace-dcp/v1.0/dcp.jsonld'

export interface DcpVerifierComponents {
  clock: Clock
  logger: Logger
  resolver: DidResolution
  statusLists: StatusLists
  /** This node's Self-Issued ID Token for `audience`, carrying `token` for its CredentialService. */
  ownToken: (audience: string, token: string | undefined) => string
}

export interface DcpVerifierInit {
  /** DIDs and URLs a token may name as its audience: this node's DID and DSP URLs. */
  audiences: () => readonly string[]
  /** This node's DID (the audience a presentation must name). */
  did: string
  /** Issuers whose MembershipCredentials admit a participant. */
  trustedIssuers: readonly string[]
  cacheMs: number
  /** How often known members' credentials are checked again (validity, the issuer's status list). */
  recheckMs: number
  timeoutMs: number
  maxBytes: number
  /** Extra CA (PEM) for CredentialServices on a private PKI. */
  ca?: string
  /** Where a participant's CredentialService (named in its DID document) may send this node. */
  destinations?: FetchLimits['destinations']
}

export interface VerifiedMember {
  did: string
  issuer: string
  facts: MemberFacts
  validUntil: number | undefined
  until: number
  /** The credential that made it a member (re-checked against its issuer's status list). */
  credential: VerifiedCredential
}

export class DcpVerifier extends EventEmitter<{ ended: [did: string, error: { code: string; message: string }] }> implements DspAuthenticator {
  private readonly c: DcpVerifierComponents
  private readonly init: DcpVerifierInit
  private timer: NodeJS.Timeout | undefined
  private readonly replay = new ReplayCache()
  private readonly members = new Map<string, VerifiedMember>()
  private readonly inflight = new Map<string, Promise<VerifiedMember>>()

  constructor(components: DcpVerifierComponents, init: DcpVerifierInit) {
    super()
    this.c = components
    this.init = init
  }

  /** Check known members again every `recheckMs`: a revoked or expired one is dropped and `ended` emitted. */
  start(): void {
    if (this.timer !== undefined) return
    this.timer = setInterval(() => void this.recheck(), this.init.recheckMs)
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** One pass of the re-check (tests call it directly). */
  async recheck(): Promise<void> {
    const now = this.c.clock.now()
    for (const m of [...this.members.values()]) {
      try {
        if (m.validUntil !== undefined && now >= m.validUntil) throw new HanseError('CREDENTIAL_EXPIRED', `the credential of ${m.did} expired`)
        await this.c.statusLists.check(m.credential)
      } catch (err) {
        const code = (err as HanseError).code
        // a status list that cannot be read now changes nothing; a set bit or an ended validity does
        if (code !== 'CREDENTIAL_REVOKED' && code !== 'CREDENTIAL_EXPIRED') continue
        if (this.members.get(m.did) === m) this.members.delete(m.did)
        this.c.logger.warn({ participant: m.did, code, reason: (err as Error).message }, 'DSP counterparty is no longer a member')
        this.emit('ended', m.did, { code, message: (err as Error).message })
      }
    }
  }

  async authenticate(header: string | undefined): Promise<AuthResult> {
    const token = bearerJwt(header)
    if (token === undefined) return { refused: 'not a bearer JWT' }
    try {
      const claims = await verifySelfIssued(token, {
        resolver: this.c.resolver,
        audiences: this.init.audiences(),
        now: this.c.clock.now(),
        replay: this.replay
      })
      await this.membership(claims.did, claims.token)
      return { participantId: claims.did, method: 'dcp' }
    } catch (err) {
      const e = err as HanseError
      return { refused: `${e.code ?? 'TOKEN_INVALID'}: ${e.message}`, code: e.code }
    }
  }

  /** What a verified member's credential says (for policies), while it is fresh. */
  facts(did: string): MemberFacts | undefined {
    const m = this.members.get(did)
    return m !== undefined && m.until > this.c.clock.now() ? m.facts : undefined
  }

  /** Verified members now (for `hanse peers` and status). */
  list(): VerifiedMember[] {
    const now = this.c.clock.now()
    return [...this.members.values()].filter(m => m.until > now)
  }

  /** A member's membership, from the cache or by asking its CredentialService. */
  async membership(did: string, accessToken: string | undefined): Promise<VerifiedMember> {
    const cached = this.members.get(did)
    if (cached !== undefined && cached.until > this.c.clock.now()) return cached
    const running = this.inflight.get(did)
    if (running !== undefined) return await running
    const asking = this.query(did, accessToken).finally(() => this.inflight.delete(did))
    this.inflight.set(did, asking)
    const m = await asking
    this.members.delete(did)
    this.members.set(did, m)
    if (this.members.size > 10_000) this.members.delete(this.members.keys().next().value as string)
    return m
  }

  private async query(did: string, accessToken: string | undefined): Promise<VerifiedMember> {
    const doc = await this.c.resolver.resolve(did)
    const service = serviceEndpoint(doc, 'CredentialService')
    if (service === undefined) throw new HanseError('PRESENTATION_INVALID', `${did} names no CredentialService in its DID document`)
    const url = `${service.replace(/\/+$/, '')}/presentations/query`
    let res: { status: number; body: string }
    try {
      res = await postBounded(
        url,
        { '@context': [DCP_CONTEXT], type: 'PresentationQueryMessage', scope: [MEMBERSHIP_SCOPE] },
        { authorization: `Bearer ${this.c.ownToken(did, accessToken)}` },
        { timeoutMs: this.init.timeoutMs, maxBytes: this.init.maxBytes, ca: this.init.ca, destinations: this.init.destinations }
      )
    } catch (err) {
      throw new HanseError('CREDENTIAL_SERVICE_UNREACHABLE', `${url}: ${(err as Error).message}`, { cause: err })
    }
    if (res.status !== 200) throw new HanseError('PRESENTATION_INVALID', `${url} answered ${res.status}: ${res.body.slice(0, 200)}`)
    let message: { type?: unknown; presentation?: unknown }
    try {
      message = JSON.parse(res.body)
    } catch {
      throw new HanseError('PRESENTATION_INVALID', `${url} answered something that is not JSON`)
    }
    if (message.type !== 'PresentationResponseMessage' || !Array.isArray(message.presentation))
      throw new HanseError('PRESENTATION_INVALID', `${url} did not answer a PresentationResponseMessage`)
    const now = this.c.clock.now()
    const problems: string[] = []
    for (const vp of message.presentation.slice(0, 8)) {
      if (typeof vp !== 'string') {
        problems.push('a presentation that is not a vp+jwt string')
        continue
      }
      try {
        const credentials = await verifyPresentation(vp, { resolver: this.c.resolver, now, holder: did, audience: this.init.did })
        for (const vc of credentials) {
          if (!vc.types.includes(MEMBERSHIP_TYPE)) continue
          if (!this.init.trustedIssuers.includes(vc.issuer)) {
            problems.push(`CREDENTIAL_UNKNOWN_AUTHORITY: the MembershipCredential is issued by ${vc.issuer}, not by an issuer this node trusts`)
            continue
          }
          if (vc.subject !== did) {
            problems.push(`CREDENTIAL_WRONG_PEER: the MembershipCredential is for ${vc.subject}, not for ${did}`)
            continue
          }
          await this.c.statusLists.check(vc)
          const until = Math.min(now + this.init.cacheMs, vc.validUntil ?? Number.POSITIVE_INFINITY)
          return { did, issuer: vc.issuer, facts: membershipFacts(vc), validUntil: vc.validUntil, until, credential: vc }
        }
      } catch (err) {
        if ((err as HanseError).code === 'CREDENTIAL_REVOKED' || (err as HanseError).code === 'CREDENTIAL_EXPIRED') throw err
        problems.push(`${(err as HanseError).code ?? 'PRESENTATION_INVALID'}: ${(err as Error).message}`)
      }
    }
    const first = problems[0]?.match(/^([A-Z_]+):/)?.[1]
    const code = first === 'CREDENTIAL_UNKNOWN_AUTHORITY' || first === 'CREDENTIAL_WRONG_PEER' ? first : 'PRESENTATION_INVALID'
    throw new HanseError(code, `${did} presented no valid MembershipCredential${problems.length > 0 ? `: ${problems.join('; ')}` : ''}`)
  }
}
