import type { Libp2p } from '@libp2p/interface'
import type { NodeConfig } from '../config/index.ts'
import type { Clock } from '../clock/index.ts'
import type { Ledger } from '../ledger/index.ts'
import { Throttle, type Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import { gatedHost, MembershipService } from '../trust/index.ts'
import type { createDcp } from './dcp.ts'

/**
 * The membership service, when the data space has an authority or trusted issuers (undefined
 * otherwise); the caller starts it.
 */
export function createMembership(c: {
  config: NodeConfig
  host: Libp2p
  selfId: string
  logger: Logger
  metrics: Metrics
  clock: Clock
  ledger: Ledger
  vc: ReturnType<typeof createDcp>['libp2p']
}): MembershipService | undefined {
  const { config } = c
  if (config.trust.authorities.length === 0 && config.identity.trustedIssuers.length === 0) return undefined
  return new MembershipService(
    { host: c.host, selfId: c.selfId, logger: c.logger.child({ component: 'membership' }), metrics: c.metrics, clock: c.clock, ledger: c.ledger, vc: c.vc },
    {
      authorities: config.trust.authorities,
      credentialFile: config.trust.credential,
      revocationListFile: config.trust.revocationList,
      recheckMs: config.trust.recheckMs,
      helloTimeoutMs: config.trust.helloTimeoutMs,
      expiryWarningDays: config.trust.expiryWarningDays
    }
  )
}

/**
 * In trust mode `members`, the host the data protocols see: a stream from a peer that is not a
 * verified member is refused (counted, and logged once per peer and 10 s with the count, so a
 * fuzzing non-member cannot flood the log).
 */
export function memberHost(libp2p: Libp2p, membership: MembershipService, metrics: Metrics, logger: Logger): Libp2p {
  const refusedStreams = new Throttle({ windowMs: 10_000 })
  return gatedHost(
    libp2p,
    {
      allow: async peer => {
        const st = await membership.ensure(peer.toString())
        return membership.isMember(peer.toString())
          ? { ok: true }
          : { ok: false, code: st.code ?? 'NOT_A_MEMBER', reason: st.reason ?? `membership ${st.state}` }
      },
      known: peer => membership.isMember(peer.toString())
    },
    (peer, protocol, verdict) => {
      metrics.membershipRefusals.inc({ protocol })
      const suppressed = refusedStreams.hit(peer.toString())
      if (suppressed !== undefined)
        logger.warn(
          { peer: peer.toString(), protocol, code: verdict.code, ...(suppressed > 0 ? { suppressed } : {}) },
          'stream refused: peer is not a verified member'
        )
    }
  )
}
