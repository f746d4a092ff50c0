import { backoffDelay } from '../clock/backoff.ts'
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import type { PeerId } from '@libp2p/interface'
import { peerIdFromString } from '@libp2p/peer-id'
import { Throttle } from '../logging/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import { hanse, openFramed, serveProtocol, type FramedStream } from '../wire/index.ts'
import { CredentialError, signedFromCredentialFile, verifyCredential, type CredentialView, type VerifiedCredential } from './credential.ts'
import { isCredentialCode, STATE_BY_CODE, type MembershipComponents, type MembershipInit, type MemberState, type PeerMembership } from './membership-types.ts'
import { RevocationFile } from './revocation-file.ts'

export type { MembershipComponents, MembershipHost, MembershipInit, MemberState, PeerMembership, VcMember, VcMembership } from './membership-types.ts'

export const MEMBERSHIP_PROTOCOL = '/hanse/membership/1.0.0'

const { MembershipHello } = hanse.v1

/** Retries of an exchange that got no answer (the peer was still starting, a stream failed). */
const NO_ANSWER_RETRIES = 4
const NO_ANSWER_BACKOFF = { initialMs: 250, maxMs: 2_000 }

const DAY = 24 * 3600 * 1000

/** Peers whose membership status is remembered. */
const MAX_STATUSES = 10_000

/**
 * Data space membership (DESIGN.md section 8): presents this node's credential to every peer it
 * connects to over `/hanse/membership/1.0.0`, verifies theirs (authority, signature, peer ID,
 * validity period, revocation list), and keeps each peer's status. It re-checks expiries and a
 * changed revocation list every `recheckMs` and emits `invalid` for a member that stops being
 * one, so the node can end its transfers and disconnect it; `member` when a peer becomes one.
 */
export class MembershipService extends EventEmitter<{
  member: [peer: string, status: PeerMembership]
  invalid: [peer: string, status: PeerMembership]
  refused: [peer: string, status: PeerMembership]
}> {
  private readonly c: MembershipComponents
  private readonly init: MembershipInit
  private own: VerifiedCredential | undefined
  private ownError: CredentialError | undefined
  private readonly revocationFile: RevocationFile
  private readonly status = new Map<string, PeerMembership>()
  /** Re-checks of members admitted by W3C credentials (their issuers' status lists). */
  private readonly vcChecks = new Map<string, () => Promise<void>>()
  private readonly inflight = new Map<string, Promise<PeerMembership>>()
  /** Peers that did not answer, and how often we asked again. */
  private readonly noAnswer = new Map<string, number>()
  /** Non-member state changes recorded per peer and minute (see setStatus). */
  private readonly churn: Throttle
  private timer: NodeJS.Timeout | undefined
  private lastExpiryWarning = 0
  private running = false
  private readonly onConnect = (evt: CustomEvent<PeerId>): void => {
    // a (re)connected peer may carry a renewed credential: always ask again
    void this.exchange(evt.detail.toString()).catch(() => {})
  }

  constructor(components: MembershipComponents, init: MembershipInit) {
    super()
    this.c = components
    this.init = init
    this.churn = new Throttle({ windowMs: 60_000, now: () => components.clock.now() })
    this.revocationFile = new RevocationFile({ logger: components.logger }, { file: init.revocationListFile, authorities: init.authorities })
  }

  async start(): Promise<void> {
    if (this.running) return
    this.revocationFile.changed(true)
    await this.revocationFile.apply()
    await this.loadOwn()
    await serveProtocol(
      { host: this.c.host, logger: this.c.logger, metrics: this.c.metrics },
      {
        protocol: MEMBERSHIP_PROTOCOL,
        maxInboundStreams: 4,
        maxFrameBytes: 64 * 1024,
        idleTimeoutMs: this.init.helloTimeoutMs
      },
      async (framed, peer) => {
        await this.serve(framed, peer)
      }
    )
    this.c.host.addEventListener('peer:connect', this.onConnect)
    this.timer = setInterval(() => {
      void this.recheck()
    }, this.init.recheckMs)
    this.timer.unref()
    this.running = true
    this.warnOwnExpiry()
  }

  async stop(): Promise<void> {
    if (!this.running) return
    this.running = false
    clearInterval(this.timer)
    this.c.host.removeEventListener('peer:connect', this.onConnect)
    await this.c.host.unhandle(MEMBERSHIP_PROTOCOL)
  }

  /** This node's own credential: what it says and whether it holds now. */
  ownStatus(): { state: MemberState; credential?: CredentialView; expiresAt?: string; code?: string; reason?: string } {
    if (this.own !== undefined) {
      const now = this.c.clock.now()
      if (now >= this.own.expiresAt)
        return {
          state: 'expired',
          credential: this.own.view,
          expiresAt: this.own.view.expiresAt,
          code: 'CREDENTIAL_EXPIRED',
          reason: `expired on ${this.own.view.expiresAt}`
        }
      return { state: 'valid', credential: this.own.view, expiresAt: this.own.view.expiresAt }
    }
    if (this.ownError !== undefined) return { state: STATE_BY_CODE[this.ownError.code] ?? 'invalid', code: this.ownError.code, reason: this.ownError.message }
    const vc = this.c.vc?.own()
    if (vc !== undefined) {
      if (this.c.clock.now() >= vc.expiresAt)
        return { state: 'expired', credential: vc.view, expiresAt: vc.view.expiresAt, code: 'CREDENTIAL_EXPIRED', reason: `expired on ${vc.view.expiresAt}` }
      return { state: 'valid', credential: vc.view, expiresAt: vc.view.expiresAt }
    }
    return { state: 'missing', code: 'CREDENTIAL_MISSING', reason: 'no trust.credential or identity.credentials configured' }
  }

  /** The verified facts of a current member, for policies; undefined for anyone else. */
  facts(peer: string): MemberFacts | undefined {
    const s = this.status.get(peer)
    if (s?.state !== 'valid' || (s.expiresAt !== undefined && this.c.clock.now() >= s.expiresAt)) return undefined
    return s.facts
  }

  isMember(peer: string): boolean {
    return this.facts(peer) !== undefined
  }

  /** Checked and found wanting within the last minute (the gater keeps such peers out when housekeeping is not allowed). */
  recentlyRefused(peer: string): boolean {
    const s = this.status.get(peer)
    return s !== undefined && s.state !== 'valid' && s.state !== 'pending' && s.noAnswer !== true && this.c.clock.now() - s.checkedAt < 60_000
  }

  view(peer: string): PeerMembership | undefined {
    return this.status.get(peer)
  }

  /** The peer's status, asking it for its credential if we have not yet. */
  async ensure(peer: string): Promise<PeerMembership> {
    const s = this.status.get(peer)
    // a peer that did not answer before is asked again (at most once a second)
    if (s !== undefined && s.state !== 'pending' && !(s.noAnswer === true && this.c.clock.now() - s.checkedAt >= 1000)) return s
    return await this.exchange(peer)
  }

  /** Present our credential to the peer and verify theirs (one exchange per peer at a time). */
  async exchange(peer: string): Promise<PeerMembership> {
    const running = this.inflight.get(peer)
    if (running !== undefined) return await running
    const p = this.ask(peer).finally(() => {
      this.inflight.delete(peer)
    })
    this.inflight.set(peer, p)
    return await p
  }

  private async ask(peer: string): Promise<PeerMembership> {
    if (!this.status.has(peer)) this.status.set(peer, { state: 'pending', checkedAt: this.c.clock.now() })
    const signal = AbortSignal.timeout(this.init.helloTimeoutMs)
    let framed: FramedStream | undefined
    try {
      framed = await openFramed(this.c.host, peerIdFromString(peer), MEMBERSHIP_PROTOCOL, {
        maxFrameBytes: 64 * 1024,
        idleTimeoutMs: this.init.helloTimeoutMs,
        signal
      })
      await framed.write(MembershipHello, { credential: this.own?.signed, presentation: this.c.vc?.present(peer) ?? '' }, signal)
      const answer = await framed.read(MembershipHello, signal)
      await framed.close(signal).catch(() => {})
      if (answer === undefined) throw new CredentialError('CREDENTIAL_MISSING', 'the peer closed the membership stream without an answer')
      const known = this.status.get(peer)
      if (
        answer.accepted !== true &&
        answer.credential == null &&
        (answer.presentation ?? '') === '' &&
        known !== undefined &&
        known.state !== 'pending' &&
        known.noAnswer !== true
      ) {
        // it refused us and so showed nothing; what its own hello proved (or failed to) still stands
        known.acceptsUs = false
        known.theirReason = (answer.reason ?? '').slice(0, 500)
        this.c.logger.warn({ peer, reason: known.theirReason }, 'peer does not accept our membership credential')
        return known
      }
      const st = await this.check(peer, answer.credential, answer.presentation)
      st.acceptsUs = answer.accepted === true
      if (answer.accepted !== true) {
        st.theirReason = (answer.reason ?? '').slice(0, 500)
        this.c.logger.warn({ peer, reason: st.theirReason }, 'peer does not accept our membership credential')
      }
      return this.setStatus(peer, st)
    } catch (err) {
      framed?.abort(err as Error)
      if (err instanceof CredentialError) return this.setStatus(peer, this.failed(err))
      // no verdict, only no answer (a peer still starting has no handler yet; a stream failed):
      // nothing is granted, and we ask again a few times while connected
      // after the last retry the silence is the verdict: this peer presents no credential
      const last = (this.noAnswer.get(peer) ?? 0) >= NO_ANSWER_RETRIES
      const st = this.setStatus(peer, {
        ...this.failed(new CredentialError('CREDENTIAL_MISSING', `no membership answer: ${(err as Error).message}`)),
        noAnswer: !last
      })
      if (!last) this.retryLater(peer)
      return st
    }
  }

  private retryLater(peer: string): void {
    const attempt = this.noAnswer.get(peer) ?? 0
    if (attempt >= NO_ANSWER_RETRIES || !this.running) return
    const delay = backoffDelay(attempt + 1, NO_ANSWER_BACKOFF)
    this.noAnswer.set(peer, attempt + 1)
    const t = setTimeout(() => {
      if (!this.running || this.c.host.getConnections(peerIdFromString(peer)).length === 0) {
        this.noAnswer.delete(peer)
        return
      }
      void this.exchange(peer).catch(() => {})
    }, delay)
    t.unref()
  }

  private async serve(framed: FramedStream, peer: PeerId): Promise<void> {
    const hello = await framed.read(MembershipHello)
    if (hello === undefined) return
    const id = peer.toString()
    const st = this.setStatus(id, await this.check(id, hello.credential, hello.presentation))
    // our credential (organisation, country, attributes) only to a peer that proved membership:
    // anyone else learns that it was refused and why, nothing about us
    const ok = st.state === 'valid'
    await framed.write(MembershipHello, {
      credential: ok ? this.own?.signed : undefined,
      presentation: ok ? (this.c.vc?.present(id) ?? '') : '',
      accepted: ok,
      reason: ok ? '' : `${st.code ?? ''}: ${st.reason ?? ''}`
    })
  }

  /**
   * A peer's membership from its hello: its W3C presentation when it sends one (and this node
   * trusts issuers), else its hanse-credential/1 (both are accepted while members move over).
   */
  private async check(peer: string, signed: hanse.v1.ISignedCredential | null | undefined, presentation?: string | null): Promise<PeerMembership> {
    let vcFailure: CredentialError | undefined
    if (this.c.vc !== undefined && typeof presentation === 'string' && presentation !== '') {
      try {
        const m = await this.c.vc.verify(peer, presentation.slice(0, 64 * 1024))
        this.vcChecks.set(peer, m.recheck)
        return { state: 'valid', credential: m.view, facts: m.facts, did: m.did, expiresAt: m.expiresAt, checkedAt: this.c.clock.now() }
      } catch (err) {
        const code = (err as { code?: string }).code
        vcFailure = new CredentialError(isCredentialCode(code) ? code : 'CREDENTIAL_MALFORMED', (err as Error).message)
        if (signed?.body == null || signed.body.length === 0) return this.failed(vcFailure)
      }
    }
    this.vcChecks.delete(peer)
    if (this.init.authorities.length === 0 && vcFailure === undefined)
      return this.failed(new CredentialError('CREDENTIAL_MISSING', 'no verifiable presentation of a MembershipCredential was presented'))
    try {
      const v = await verifyCredential(signed, {
        authorities: this.init.authorities,
        peerId: peer,
        now: this.c.clock.now(),
        revocations: this.revocationFile.revocations
      })
      return { state: 'valid', credential: v.view, facts: v.facts, expiresAt: v.expiresAt, checkedAt: this.c.clock.now() }
    } catch (err) {
      if (!(err instanceof CredentialError)) throw err
      return this.failed(vcFailure ?? err)
    }
  }

  private failed(e: CredentialError): PeerMembership {
    return { state: STATE_BY_CODE[e.code] ?? 'invalid', code: e.code, reason: e.message, checkedAt: this.c.clock.now() }
  }

  private setStatus(peer: string, next: PeerMembership): PeerMembership {
    const prev = this.status.get(peer)
    // most recently checked last; the oldest go first when the map is full (many peer IDs
    // connecting once must not grow memory without bound)
    this.status.delete(peer)
    this.status.set(peer, next)
    if (this.status.size > MAX_STATUSES) this.status.delete(this.status.keys().next().value as string)
    if (prev?.state !== next.state || prev?.credential?.credentialId !== next.credential?.credentialId) {
      // becoming or ceasing to be a member is always recorded; a non-member switching between
      // ways of failing (empty hello, garbage, expired) is recorded once a minute with a count
      const churn = prev !== undefined && prev.state !== 'valid' && next.state !== 'valid'
      const suppressed = churn ? this.churn.hit(peer) : 0
      if (suppressed !== undefined) {
        const log = next.state === 'valid' ? this.c.logger.info.bind(this.c.logger) : this.c.logger.warn.bind(this.c.logger)
        log(
          { peer, state: next.state, org: next.credential?.orgName, code: next.code, reason: next.reason, ...(suppressed > 0 ? { suppressed } : {}) },
          next.state === 'valid' ? 'verified member' : 'peer is not a verified member'
        )
        this.c.ledger
          ?.append({
            type: 'membership.state',
            peer,
            payload: {
              state: next.state,
              org: next.credential?.orgId,
              orgName: next.credential?.orgName,
              country: next.credential?.country,
              credential: next.credential?.credentialId,
              code: next.code,
              reason: next.reason,
              ...(suppressed > 0 ? { suppressed } : {})
            }
          })
          .catch((err: Error) => {
            this.c.logger.error({ err }, 'could not log a membership change')
          })
      }
      this.updateGauge()
      if (prev?.state === 'valid' && next.state !== 'valid') this.emit('invalid', peer, next)
      if (prev?.state !== 'valid' && next.state === 'valid') this.emit('member', peer, next)
    }
    if (next.noAnswer !== true) this.noAnswer.delete(peer)
    if (next.state !== 'valid' && next.state !== 'pending' && next.noAnswer !== true) this.emit('refused', peer, next)
    return next
  }

  private updateGauge(): void {
    const counts: Record<string, number> = { valid: 0, pending: 0, missing: 0, invalid: 0, expired: 0, revoked: 0 }
    for (const s of this.status.values()) counts[s.state] = (counts[s.state] ?? 0) + 1
    for (const [state, n] of Object.entries(counts)) this.c.metrics.members.set({ status: state }, n)
  }

  // ------------------------------------------------------------ own credential

  private async loadOwn(): Promise<void> {
    const file = this.init.credentialFile
    if (file === undefined) return
    try {
      const signed = signedFromCredentialFile(readFileSync(file, 'utf8'), file)
      this.own = await verifyCredential(signed, {
        authorities: this.init.authorities,
        peerId: this.c.selfId,
        now: this.c.clock.now(),
        revocations: this.revocationFile.revocations
      })
      this.ownError = undefined
    } catch (err) {
      const e = err instanceof CredentialError ? err : new CredentialError('CREDENTIAL_UNREADABLE', (err as Error).message)
      this.ownError = new CredentialError(e.code, `trust.credential ${file}: ${e.message}`)
      throw this.ownError
    }
  }

  private warnOwnExpiry(): void {
    // the hanse-credential/1 file, else the W3C credential this node presents
    const own = this.own ?? this.c.vc?.own()
    if (own === undefined || !Number.isFinite(own.expiresAt)) return
    const now = this.c.clock.now()
    const left = own.expiresAt - now
    if (left < this.init.expiryWarningDays * DAY && now - this.lastExpiryWarning >= DAY) {
      this.lastExpiryWarning = now
      this.c.logger.warn(
        { expiresAt: own.view.expiresAt, daysLeft: Math.max(0, Math.floor(left / DAY)) },
        left <= 0
          ? "this node's membership credential has expired: peers will refuse it; ask the authority for a new one"
          : "this node's membership credential expires soon; ask the authority for a new one"
      )
    }
  }

  /** Periodic: a changed revocation list, expired members, and our own expiry. */
  private async recheck(): Promise<void> {
    if (!this.running) return
    if (this.revocationFile.changed()) await this.revocationFile.apply()
    const now = this.c.clock.now()
    // a snapshot: the checks below wait (status lists) and change the map they walk
    for (const [peer, s] of [...this.status]) {
      if (s.state !== 'valid' || this.status.get(peer) !== s) continue
      const rev = this.revocationFile.revocations.get(s.credential?.authorityId ?? '')?.revoked.get(peer)
      if (rev !== undefined && Date.parse(s.credential?.issuedAt ?? '') <= rev.at) {
        this.setStatus(peer, {
          ...s,
          state: 'revoked',
          code: 'CREDENTIAL_REVOKED',
          reason: `the credential was revoked on ${new Date(rev.at).toISOString()}${rev.reason !== '' ? `: ${rev.reason}` : ''}`,
          facts: undefined,
          checkedAt: now
        })
      } else if (this.vcChecks.has(peer) && !(s.expiresAt !== undefined && now >= s.expiresAt)) {
        const recheck = this.vcChecks.get(peer) as () => Promise<void>
        await recheck().catch((err: { code?: string; message: string }) => {
          // a status list that cannot be read now changes nothing; a set bit or an ended validity does
          if (err.code !== 'CREDENTIAL_REVOKED' && err.code !== 'CREDENTIAL_EXPIRED') return
          this.vcChecks.delete(peer)
          this.setStatus(peer, {
            ...s,
            state: err.code === 'CREDENTIAL_REVOKED' ? 'revoked' : 'expired',
            code: err.code,
            reason: err.message,
            facts: undefined,
            checkedAt: now
          })
        })
      } else if (s.expiresAt !== undefined && now >= s.expiresAt) {
        this.setStatus(peer, {
          ...s,
          state: 'expired',
          code: 'CREDENTIAL_EXPIRED',
          reason: `the credential expired on ${new Date(s.expiresAt).toISOString()}`,
          facts: undefined,
          checkedAt: now
        })
      }
    }
    this.warnOwnExpiry()
  }

  /** Run the periodic checks now (tests with an injected clock, and `hanse reload`). */
  async recheckNow(): Promise<void> {
    await this.recheck()
  }

  /** Re-read the revocation list even if the file looks unchanged (`hanse reload`). */
  async forceReloadRevocations(): Promise<void> {
    this.revocationFile.forget()
    await this.recheck()
  }
}
