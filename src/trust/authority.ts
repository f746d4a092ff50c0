import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { PrivateKey } from '@libp2p/interface'
import { writeSecret } from '../identity/index.ts'
import {
  CredentialError,
  credentialFile,
  issueCredential,
  revocationsFile,
  signRevocations,
  signedFromRevocationsFile,
  verifyRevocations,
  type CredentialFile,
  type IssueInput,
  type RevocationsFile
} from './credential.ts'

/**
 * A data space authority kept in a directory: `authority.key` (Ed25519, libp2p protobuf
 * encoding, 0600: keep it offline), `authority.json` (its id, public) and `revocations.json`
 * (the current signed revocation list, to distribute to every node).
 */
export const AUTHORITY_KEY = 'authority.key'
export const AUTHORITY_INFO = 'authority.json'
export const REVOCATIONS = 'revocations.json'

export interface Authority {
  dir: string
  key: PrivateKey
  id: string
}

export async function initAuthority(dir: string, now: number): Promise<Authority> {
  if (existsSync(join(dir, AUTHORITY_KEY)))
    throw new CredentialError(
      'AUTHORITY_EXISTS',
      `${dir} already holds an authority key; an authority is created once (its id is in every credential it issued)`
    )
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const key = await generateKeyPair('Ed25519')
  writeSecret(join(dir, AUTHORITY_KEY), privateKeyToProtobuf(key))
  const id = peerIdFromPrivateKey(key).toString()
  writeFileSync(join(dir, AUTHORITY_INFO), JSON.stringify({ authorityId: id, createdAt: new Date(now).toISOString() }, null, 2) + '\n')
  const a = { dir, key, id }
  await writeRevocations(a, { authorityId: id, serial: 1, issuedAt: now, revoked: new Map() })
  return a
}

export function loadAuthority(dir: string): Authority {
  const file = join(dir, AUTHORITY_KEY)
  if (!existsSync(file)) throw new CredentialError('AUTHORITY_NOT_FOUND', `no authority key in ${dir}; create one with: hanse authority init --out ${dir}`)
  let key: PrivateKey
  try {
    key = privateKeyFromProtobuf(readFileSync(file))
  } catch (err) {
    throw new CredentialError('AUTHORITY_KEY_CORRUPT', `${file} is not a readable authority key: ${(err as Error).message}`)
  }
  return { dir, key, id: peerIdFromPrivateKey(key).toString() }
}

export async function issue(a: Authority, input: Omit<IssueInput, 'credentialId'>, out: string): Promise<CredentialFile> {
  const signed = await issueCredential(a.key, a.id, { ...input, credentialId: `urn:uuid:${randomUUID()}` })
  const doc = credentialFile(signed)
  writeFileSync(out, JSON.stringify(doc, null, 2) + '\n')
  return doc
}

/** Add the peer to the revocation list (serial + 1) and write it atomically. */
export async function revoke(a: Authority, peerId: string, reason: string, now: number): Promise<RevocationsFile> {
  const file = join(a.dir, REVOCATIONS)
  const current = existsSync(file)
    ? await verifyRevocations(signedFromRevocationsFile(readFileSync(file, 'utf8'), file), [a.id])
    : { authorityId: a.id, serial: 0, issuedAt: now, revoked: new Map<string, { at: number; reason: string }>() }
  current.revoked.set(peerId, { at: now, reason })
  return await writeRevocations(a, { authorityId: a.id, serial: current.serial + 1, issuedAt: now, revoked: current.revoked })
}

async function writeRevocations(a: Authority, state: Parameters<typeof signRevocations>[1]): Promise<RevocationsFile> {
  const doc = revocationsFile(await signRevocations(a.key, state), state)
  const file = join(a.dir, REVOCATIONS)
  // nodes poll this file: never let them read it half-written
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(doc, null, 2) + '\n')
  renameSync(tmp, file)
  return doc
}
