import { mkdirSync, statSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createPublicKey, randomBytes, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf, publicKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromPublicKey, peerIdFromString } from '@libp2p/peer-id'
import { joseKeys, publicKeyOfDidKey } from './did.ts'
import type { PrivateKey, PeerId, PublicKey } from '@libp2p/interface'
import { HanseError } from '../errors/index.ts'

export const KEY_FILE = 'node.key'
export const TOKEN_FILE = 'admin.token'

/** Signs with this node's key: the ledger's checkpoints, agreements, receipts. */
export interface Signer {
  peerId: string
  sign: (data: Uint8Array) => Uint8Array | Promise<Uint8Array>
}

export class DataDirError extends HanseError {
  constructor(code: 'DATA_DIR_INVALID' | 'DATA_DIR_PARENT_MISSING' | 'TOKEN_FILE_CORRUPT', message: string) {
    super(code, message)
  }
}

export class KeyFileError extends HanseError {
  constructor(file: string, cause: unknown) {
    super(
      'KEY_FILE_CORRUPT',
      `the node key ${file} is unreadable or corrupt (${(cause as Error)?.message ?? String(cause)}); restore it from a backup, or move it away to create a new identity (this changes the peer ID)`,
      { cause }
    )
  }
}

/** Create the data dir (not its parents: a missing parent is usually a typo). */
export function ensureDataDir(dataDir: string): void {
  if (existsSync(dataDir)) {
    if (!statSync(dataDir).isDirectory())
      throw new DataDirError('DATA_DIR_INVALID', `dataDir ${dataDir} exists but is not a directory; point dataDir at a directory`)
    return
  }
  const parent = dirname(dataDir)
  if (!existsSync(parent)) {
    throw new DataDirError('DATA_DIR_PARENT_MISSING', `cannot create dataDir ${dataDir}: its parent ${parent} does not exist; create the parent or fix dataDir`)
  }
  mkdirSync(dataDir, { mode: 0o700 })
}

/** Write a secret file atomically with mode 0600 so it is never visible half-written or world-readable. */
export function writeSecret(file: string, data: Uint8Array | string): void {
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' })
  renameSync(tmp, file)
}

export interface Identity {
  privateKey: PrivateKey
  peerId: PeerId
  keyFile: string
  created: boolean
  /** Set when the key file can be read by group or others. */
  insecureMode?: number
}

/**
 * Load the node's Ed25519 key from `<dataDir>/node.key` (libp2p protobuf key encoding), or
 * create it on first start. The peer ID derives from it, so it stays the same across restarts.
 * An existing key is never overwritten.
 */
export async function loadOrCreateIdentity(dataDir: string): Promise<Identity> {
  const keyFile = join(dataDir, KEY_FILE)
  if (!existsSync(keyFile)) {
    const privateKey = await generateKeyPair('Ed25519')
    writeSecret(keyFile, privateKeyToProtobuf(privateKey))
    return { privateKey, peerId: peerIdFromPrivateKey(privateKey), keyFile, created: true }
  }
  let privateKey: PrivateKey
  let mode: number
  try {
    mode = statSync(keyFile).mode & 0o777
    privateKey = privateKeyFromProtobuf(readFileSync(keyFile))
  } catch (err) {
    throw new KeyFileError(keyFile, err)
  }
  if (privateKey.type !== 'Ed25519') throw new KeyFileError(keyFile, new Error(`expected an Ed25519 key, found ${privateKey.type}`))
  const id: Identity = { privateKey, peerId: peerIdFromPrivateKey(privateKey), keyFile, created: false }
  if ((mode & 0o077) !== 0) id.insecureMode = mode
  return id
}

const MAX_CACHED_KEYS = 1024
const keysOfIds = new Map<string, PublicKey | undefined>()
const keyObjectsOfIds = new Map<string, KeyObject>()
const peerIdsOfIds = new Map<string, PeerId | undefined>()

/** A bounded cache: the oldest entry goes when it is full (ids of a data space's members, mostly). */
function remember<V>(cache: Map<string, V>, id: string, value: V): V {
  if (cache.size >= MAX_CACHED_KEYS) cache.delete(cache.keys().next().value as string)
  cache.set(id, value)
  return value
}

/**
 * The public key an id names: a libp2p peer ID, or a did:key (a hanse node's DSP participant id
 * names the same Ed25519 key as its peer ID). Undefined for ids that name no key (did:web, URNs).
 * Cached: every negotiation message asks several times (about 0.3 ms each uncached).
 */
export function publicKeyOf(id: string): PublicKey | undefined {
  if (keysOfIds.has(id)) return keysOfIds.get(id)
  let key: PublicKey | undefined
  if (id.startsWith('did:key:')) {
    try {
      const raw = publicKeyOfDidKey(id)
      key = raw === undefined ? undefined : peerIdFromPublicKey(publicKeyFromRaw(raw)).publicKey
    } catch {
      key = undefined
    }
  } else {
    key = peerIdOf(id)?.publicKey
  }
  return remember(keysOfIds, id, key)
}

/**
 * The peer ID a string names, or undefined when it names none (cached, failures too: the
 * negotiation binding asks for every message it routes and sends, and on this VM a parse of a
 * peer ID costs 40-90 µs when it is not hot; a DSP participant id fails it with an exception).
 */
export function peerIdOf(id: string): PeerId | undefined {
  if (peerIdsOfIds.has(id)) return peerIdsOfIds.get(id)
  let peer: PeerId | undefined
  try {
    peer = peerIdFromString(id)
  } catch {
    peer = undefined
  }
  return remember(peerIdsOfIds, id, peer)
}

/** Whether two ids (peer IDs or did:keys) name the same key: one hanse node on two bindings. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true
  const ka = publicKeyOf(a)
  const kb = publicKeyOf(b)
  return ka !== undefined && kb !== undefined && ka.equals(kb)
}

/** Whether an id names its own Ed25519 signing key (see publicKeyOf). */
export function namesKey(id: string): boolean {
  return publicKeyOf(id)?.type === 'Ed25519'
}

/** node:crypto's KeyObject for the Ed25519 key an id names (cached), or undefined. */
export function ed25519KeyObjectOf(id: string): KeyObject | undefined {
  const cached = keyObjectsOfIds.get(id)
  if (cached !== undefined) return cached
  const key = publicKeyOf(id)
  if (key?.type !== 'Ed25519') return undefined
  const x = Buffer.from(key.raw).toString('base64url')
  return remember(keyObjectsOfIds, id, createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' }))
}

/**
 * Does `signature` sign `prefix || body` with the key inside this (Ed25519) peer ID (or did:key)? Every signed
 * thing in hanse (agreements, receipts, checkpoints, credentials, revocation lists) is checked
 * this way; a domain prefix keeps a signature for one from passing as another. Checked with
 * node:crypto synchronously on a cached KeyObject (libp2p's verify builds one per call).
 */
export async function verifyPeerSignature(peerId: string, prefix: Uint8Array, body: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const key = ed25519KeyObjectOf(peerId)
  if (key === undefined || signature.length !== 64) return false
  try {
    return cryptoVerify(null, Buffer.concat([prefix, body]), key, signature)
  } catch {
    return false
  }
}

/**
 * The node's Signer: Ed25519 with node:crypto on one KeyObject made once (libp2p's sign
 * builds a KeyObject from a JWK at every call: ~0.15 ms, several times per negotiation).
 */
export function signerOf(identity: { privateKey: PrivateKey; peerId: PeerId }): Signer {
  const { privateKey } = joseKeys(identity.privateKey)
  return { peerId: identity.peerId.toString(), sign: (data: Uint8Array) => cryptoSign(null, data, privateKey) }
}

/** The admin API bearer token in `<dataDir>/admin.token` (0600), created on first use. */
export function loadOrCreateToken(dataDir: string): string {
  const file = join(dataDir, TOKEN_FILE)
  if (existsSync(file)) {
    const token = readFileSync(file, 'utf8').trim()
    if (token.length >= 32) return token
    throw new DataDirError('TOKEN_FILE_CORRUPT', `the admin token ${file} is too short; delete it and restart to create a new one`)
  }
  const token = randomBytes(32).toString('base64url')
  writeSecret(file, `${token}\n`)
  return token
}

export function readToken(dataDir: string): string | undefined {
  const file = join(dataDir, TOKEN_FILE)
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined
}
export { didKeyOf, joseKeys, publicKeyOfDidKey } from './did.ts'
