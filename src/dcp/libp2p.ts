import type { KeyObject } from 'node:crypto'
import type { Clock } from '../clock/index.ts'
import { decodeJws, type DidResolution } from '../did/index.ts'
import { HanseError } from '../errors/index.ts'
import { didKeyOf, publicKeyOf } from '../identity/index.ts'
import type { VcMember, VcMembership } from '../trust/index.ts'
import {
  MEMBERSHIP_TYPE,
  membershipFacts,
  signPresentation,
  verifyCredential,
  verifyPresentation,
  type StatusLists,
  type VerifiedCredential
} from '../vc/index.ts'

/*
 * Membership by W3C credentials on libp2p: the membership hello carries a `vp+jwt` by this node's
 * DID for the peer (audience: the did:key of the peer's libp2p key, so it cannot be replayed to
 * another peer), holding its MembershipCredential. The verifier checks what a DCP verifier checks
 * (verifier.ts) and one thing more: the key that signed the presentation is the libp2p
 * connection's key, which ties the DID to the peer ID (a did:web document lists the same key).
 */

export interface Libp2pPresentationsComponents {
  clock: Clock
  resolver: DidResolution
  statusLists: StatusLists
}

export interface Libp2pPresentationsInit {
  did: string
  kid: string
  key: KeyObject
  /** This node's libp2p peer ID: presentations to it name its did:key. */
  peerId: string
  credentials: readonly string[]
  trustedIssuers: readonly string[]
}

/** The did:key naming a libp2p peer's Ed25519 key. */
function didKeyOfPeer(peer: string): string | undefined {
  const key = publicKeyOf(peer)
  return key?.type === 'Ed25519' ? didKeyOf(key.raw) : undefined
}

function viewOf(vc: VerifiedCredential, peer: string): VcMember['view'] {
  const facts = membershipFacts(vc)
  return {
    credentialId: vc.credential.id ?? '',
    peerId: peer,
    orgName: facts.orgName ?? '',
    orgId: facts.orgId ?? '',
    country: facts.country ?? '',
    attributes: { ...facts.attributes },
    issuedAt: new Date(vc.validFrom).toISOString(),
    expiresAt: vc.validUntil === undefined ? '' : new Date(vc.validUntil).toISOString(),
    authorityId: vc.issuer
  }
}

export class Libp2pPresentations implements VcMembership {
  private readonly c: Libp2pPresentationsComponents
  private readonly init: Libp2pPresentationsInit
  private readonly ownDidKey: string
  private readonly ownCredential: { view: VcMember['view']; expiresAt: number } | undefined

  constructor(components: Libp2pPresentationsComponents, init: Libp2pPresentationsInit) {
    this.c = components
    this.init = init
    this.ownDidKey = didKeyOfPeer(init.peerId) ?? ''
    // what this node's own credential says (unverified: it is ours; peers verify it)
    const first = init.credentials.map(jwt => decodeJws(jwt)?.payload).find(p => p !== undefined)
    if (first !== undefined) {
      const s = (Array.isArray(first.credentialSubject) ? first.credentialSubject[0] : first.credentialSubject) as Record<string, unknown>
      const until = typeof first.validUntil === 'string' ? Date.parse(first.validUntil) : Number.POSITIVE_INFINITY
      this.ownCredential = {
        expiresAt: until,
        view: {
          credentialId: String(first.id ?? ''),
          peerId: init.peerId,
          orgName: String(s?.orgName ?? ''),
          orgId: String(s?.orgId ?? ''),
          country: String(s?.country ?? ''),
          attributes: (s?.attributes as Record<string, string> | undefined) ?? {},
          issuedAt: String(first.validFrom ?? ''),
          expiresAt: String(first.validUntil ?? ''),
          authorityId: String(typeof first.issuer === 'string' ? first.issuer : ((first.issuer as { id?: string })?.id ?? ''))
        }
      }
    }
  }

  own(): { view: VcMember['view']; expiresAt: number } | undefined {
    return this.ownCredential
  }

  present(peer: string): string | undefined {
    if (this.init.credentials.length === 0) return undefined
    const audience = didKeyOfPeer(peer)
    if (audience === undefined) return undefined
    return signPresentation(this.init.key, this.init.kid, { holder: this.init.did, audience, credentials: this.init.credentials, now: this.c.clock.now() })
  }

  async verify(peer: string, presentation: string): Promise<VcMember> {
    const peerKey = publicKeyOf(peer)
    if (peerKey?.type !== 'Ed25519') throw new HanseError('PRESENTATION_INVALID', `${peer} has no Ed25519 key`)
    const holder = decodeJws(presentation)?.payload.holder
    if (typeof holder !== 'string' || !holder.startsWith('did:')) throw new HanseError('PRESENTATION_INVALID', 'the presentation names no holder DID')
    const x = Buffer.from(peerKey.raw).toString('base64url')
    const now = this.c.clock.now()
    const credentials = await verifyPresentation(presentation, {
      resolver: this.c.resolver,
      now,
      holder,
      audience: this.ownDidKey,
      holderKey: key => key.asymmetricKeyType === 'ed25519' && key.export({ format: 'jwk' }).x === x
    })
    const problems: string[] = []
    for (const vc of credentials) {
      if (!vc.types.includes(MEMBERSHIP_TYPE)) continue
      if (!this.init.trustedIssuers.includes(vc.issuer)) {
        problems.push(`the MembershipCredential is issued by ${vc.issuer}, not by an issuer this node trusts`)
        continue
      }
      if (vc.subject !== holder) throw new HanseError('CREDENTIAL_WRONG_PEER', `the MembershipCredential is for ${vc.subject}, not for ${holder}`)
      await this.c.statusLists.check(vc)
      const jwt = vc.jwt
      return {
        did: holder,
        facts: membershipFacts(vc),
        view: viewOf(vc, peer),
        expiresAt: vc.validUntil ?? Number.POSITIVE_INFINITY,
        recheck: async () => {
          // validity first (no network), then the issuer's status list (cached by StatusLists)
          const again = await verifyCredential(jwt, { resolver: this.c.resolver, now: this.c.clock.now() })
          await this.c.statusLists.check(again)
        }
      }
    }
    if (problems.length > 0) throw new HanseError('CREDENTIAL_UNKNOWN_AUTHORITY', problems.join('; '))
    throw new HanseError('CREDENTIAL_MISSING', `${holder} presented no MembershipCredential`)
  }
}
