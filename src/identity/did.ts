import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto'
import { base58btc } from 'multiformats/bases/base58'
import type { PrivateKey } from '@libp2p/interface'

/*
 * did:key for the node's Ed25519 key (https://w3c-ccg.github.io/did-key-spec/#ed25519-x25519):
 * `did:key:z` + base58btc(0xed 0x01 ‖ 32-byte public key). It is the default DSP participant id:
 * a counterparty can check a token signed by this node from the id alone, without a web server.
 */

const ED25519_PUB = new Uint8Array([0xed, 0x01])
const MAX_DID = 256

export function didKeyOf(publicKey: Uint8Array): string {
  if (publicKey.length !== 32) throw new TypeError('an Ed25519 public key has 32 bytes')
  const bytes = new Uint8Array(34)
  bytes.set(ED25519_PUB, 0)
  bytes.set(publicKey, 2)
  return `did:key:${base58btc.encode(bytes)}`
}

/** The Ed25519 public key inside a did:key, or undefined when it is not one (other key types included). */
export function publicKeyOfDidKey(did: string): Uint8Array | undefined {
  if (did.length > MAX_DID || !did.startsWith('did:key:z6Mk')) return undefined
  let bytes: Uint8Array
  try {
    bytes = base58btc.decode(did.slice('did:key:'.length).split('#')[0] ?? '')
  } catch {
    return undefined
  }
  if (bytes.length !== 34 || bytes[0] !== 0xed || bytes[1] !== 0x01) return undefined
  return bytes.slice(2)
}

/** Node's KeyObjects for a libp2p Ed25519 key (raw = 32-byte seed ‖ 32-byte public key), for JOSE. */
export function joseKeys(key: PrivateKey): { privateKey: KeyObject; publicKey: KeyObject; did: string } {
  if (key.type !== 'Ed25519' || key.raw.length !== 64) throw new TypeError('expected an Ed25519 key')
  const d = Buffer.from(key.raw.subarray(0, 32)).toString('base64url')
  const x = Buffer.from(key.raw.subarray(32)).toString('base64url')
  return {
    privateKey: createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d, x }, format: 'jwk' }),
    publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' }),
    did: didKeyOf(key.raw.subarray(32))
  }
}
