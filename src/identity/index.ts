import { mkdirSync, statSync, readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf, publicKeyFromRaw } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey, peerIdFromPublicKey, peerIdFromString } from '@libp2p/peer-id'
import { publicKeyOfDidKey } from './did.ts'
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

/**
 * The public key an id names: a libp2p peer ID, or a did:key (a hanse node's DSP participant id
 * names the same Ed25519 key as its peer ID). Undefined for ids that name no key (did:web, URNs).
 */
export function publicKeyOf(id: string): PublicKey | undefined {
  try {
    if (id.startsWith('did:key:')) {
      const raw = publicKeyOfDidKey(id)
      return raw === undefined ? undefined : peerIdFromPublicKey(publicKeyFromRaw(raw)).publicKey
    }
    return peerIdFromString(id).publicKey
  } catch {
    return undefined
  }
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

/**
 * Does `signature` sign `prefix || body` with the key inside this (Ed25519) peer ID (or did:key)? Every signed
 * thing in hanse (agreements, receipts, checkpoints, credentials, revocation lists) is checked
 * this way; a domain prefix keeps a signature for one from passing as another.
 */
export async function verifyPeerSignature(peerId: string, prefix: Uint8Array, body: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const key = publicKeyOf(peerId)
  if (key?.type !== 'Ed25519' || signature.length !== 64) return false
  try {
    return await key.verify(Buffer.concat([prefix, body]), signature)
  } catch {
    return false
  }
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
export { didKeyOf, joseKeys, publicKeyObjectOf, publicKeyOfDidKey } from './did.ts'
