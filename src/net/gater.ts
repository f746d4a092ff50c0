import type { ConnectionGater, PeerId } from '@libp2p/interface'

export interface TrustPolicy {
  mode: 'open' | 'allowlist' | 'members'
  allowlist: readonly string[]
}

/**
 * Enforces the trust mode at the connection level. The `*EncryptedConnection` hooks run after
 * the Noise handshake has proven the remote peer ID and before the muxer is negotiated, so a
 * refused peer never opens a single stream (no identify, no hanse protocol).
 * See https://github.com/libp2p/js-libp2p/blob/main/doc/LIMITS.md#connection-gating
 */
export function trustGater(
  trust: TrustPolicy,
  onDenied?: (peer: PeerId, direction: 'inbound' | 'outbound') => void,
  refused?: (peer: PeerId) => boolean
): ConnectionGater {
  // `members` is decided after the connection is up (the credential travels over it); only
  // peers recently refused without housekeeping rights are kept out here (`refused`)
  if (trust.mode === 'open' || (trust.mode === 'members' && refused === undefined)) return {}
  const allowed = new Set(trust.allowlist)
  const deny = (peer: PeerId): boolean => (trust.mode === 'members' ? refused?.(peer) === true : !allowed.has(peer.toString()))
  return {
    // do not even dial peers we would refuse anyway
    denyDialPeer: peer => deny(peer),
    denyInboundEncryptedConnection: peer => {
      const d = deny(peer)
      if (d) onDenied?.(peer, 'inbound')
      return d
    },
    denyOutboundEncryptedConnection: peer => {
      const d = deny(peer)
      if (d) onDenied?.(peer, 'outbound')
      return d
    }
  }
}
