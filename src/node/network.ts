import type { Libp2p, PeerId } from '@libp2p/interface'
import { LevelDatastore } from 'datastore-level'
import type { DspServer } from '../dsp/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import { Net } from '../net/index.ts'
import type { MembershipService } from '../trust/index.ts'
import type { Core } from './core.ts'
import { createDcp, type DcpParts } from './dcp.ts'
import { participantIdOf } from './dsp.ts'
import { createMembership, memberHost } from './members.ts'
import type { StartContext } from './parts.ts'
import { readPsk } from './psk.ts'

/** The second start stage: the libp2p node, this node's DIDs and credentials, membership. */
export interface Network {
  net: Net
  libp2p: Libp2p
  dcp: DcpParts
  /** Trust mode `members` with an authority; undefined otherwise. */
  membership: MembershipService | undefined
  /** Whether the trust mode is `members`. */
  members: boolean
  /** What the membership exchange knows of a peer (undefined without membership). */
  facts: ((peer: PeerId) => MemberFacts | undefined) | undefined
  /** The host the data protocols serve on: in `members` mode only members get through. */
  dataHost: Libp2p
  /** The DSP listener once it runs (DCP names its URLs as this node's audiences). */
  dsp: { server?: DspServer }
}

export async function startNetwork(ctx: StartContext, core: Core): Promise<Network> {
  const { config, logger, clock, metrics } = ctx
  const { store, identity, ledger } = core
  // a node that restarts still knows how to reach the peers it has open business with
  const datastore = new LevelDatastore(store.sublevel<Uint8Array>('libp2p') as unknown as ConstructorParameters<typeof LevelDatastore>[0])
  await datastore.open()
  // trust mode `members` without housekeeping: a peer refused a minute ago is kept out at the
  // connection stage (the membership service exists once the network is up)
  let membership: MembershipService | undefined
  const members = config.trust.mode === 'members'
  const refused = members && !config.trust.allowHousekeeping ? (peer: PeerId) => membership?.recentlyRefused(peer.toString()) === true : undefined
  // peer exchange in trust mode `members`: records go to and come from verified members only
  const exchangeAllowed = members
    ? async (peer: PeerId): Promise<boolean> => {
        if (membership === undefined) return false
        await membership.ensure(peer.toString())
        return membership.isMember(peer.toString())
      }
    : undefined
  const net = new Net(
    {
      privateKey: identity.privateKey,
      logger: logger.child({ component: 'net' }),
      datastore,
      refused,
      exchangeAllowed,
      metricsRegistry: metrics.registry
    },
    {
      ...config.network,
      trust: config.trust,
      psk: config.trust.psk === undefined ? undefined : readPsk(config.trust.psk)
    }
  )
  await ctx.runPart('net', net)
  const libp2p = net.libp2p

  // DIDs and W3C credentials: this node's, and the issuers it trusts (DSP and libp2p alike)
  const dsp: { server?: DspServer } = {}
  const dcp = createDcp({
    config,
    identity,
    clock,
    logger,
    audiences: () => {
      const id = participantIdOf(config, identity)
      return dsp.server === undefined ? [id] : [id, dsp.server.baseUrl, dsp.server.publicUrl]
    },
    dspBaseUrl: () => dsp.server?.baseUrl ?? ''
  })

  // membership: verified credentials of peers (and ours), when the data space has an authority
  const m = createMembership({ config, host: libp2p, selfId: identity.peerId.toString(), logger, metrics, clock, ledger, vc: dcp.libp2p })
  if (m !== undefined) {
    // peer exchange with a peer is refused while its membership is unknown (before this service
    // runs, or while its credential is checked): once it is a verified member, offer it again
    m.on('member', peer => {
      net.exchangeWith(peer)
    })
    await ctx.runPart('membership', m)
    membership = m
    if (members) net.exchangeWith()
    // a peer that is no longer a member is no longer vouched for to others
    m.on('invalid', peer => {
      net.forgetPeer(peer)
    })
    m.on('refused', peer => {
      net.forgetPeer(peer)
    })
  }
  const facts = membership === undefined ? undefined : (peer: PeerId) => membership?.facts(peer.toString())
  // in `members` mode the data protocols see a host that only members get through
  const dataHost = members && membership !== undefined ? memberHost(libp2p, membership, metrics, logger) : libp2p
  return { net, libp2p, dcp, membership, members, facts, dataHost, dsp }
}
