import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { checkDid, nodeDidDocument } from '../did/index.ts'
import { HanseError } from '../errors/index.ts'
import { joseKeys } from '../identity/index.ts'
import {
  decodeStatusList,
  emptyStatusList,
  encodeStatusList,
  membershipCredential,
  setStatusBit,
  signCredential,
  statusListCredential,
  type MembershipClaims
} from '../vc/index.ts'
import type { Authority } from './authority.ts'

/*
 * The authority as a W3C VC issuer (DCP's vc20-bssl/jwt profile): its DID (did:key of the
 * authority key, or a did:web whose document it publishes), MembershipCredentials as `vc+jwt`,
 * and a BitstringStatusList credential (`status.jwt`) it publishes at `statusUrl`. The issued
 * log (`issued.json`: status index → subject DID, credential id) is what revocation sets bits
 * from. The older protobuf credentials and revocations.json stay for libp2p members until they move.
 */

export const VC_INFO = 'issuer.json'
export const STATUS_JWT = 'status.jwt'
export const ISSUED = 'issued.json'
export const DID_DOCUMENT = 'did.json'

export interface IssuerInfo {
  did: string
  /** Where `status.jwt` is published (members' credentials point there), if revocable. */
  statusUrl?: string
}

interface IssuedLog {
  next: number
  entries: Array<{ index: number; subject: string; credentialId: string; revoked?: string }>
}

function atomicWrite(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, file)
}

function readJson<T>(file: string, what: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T
  } catch (err) {
    throw new HanseError('AUTHORITY_KEY_CORRUPT', `${file} (${what}) is unreadable: ${(err as Error).message}`)
  }
}

/** Make the authority a VC issuer: its DID, the empty status list, and (did:web) the DID document to publish. */
export function initIssuer(a: Authority, o: { did?: string; statusUrl?: string; now: number }): IssuerInfo {
  const keys = joseKeys(a.key)
  const did = o.did ?? keys.did
  checkDid(did)
  if (did.startsWith('did:key:') && did !== keys.did)
    throw new HanseError('BAD_ARGUMENT', `--did ${did} is not the did:key of this authority's key (${keys.did})`)
  if (o.statusUrl !== undefined && !/^https?:\/\/\S{1,2000}$/.test(o.statusUrl)) throw new HanseError('BAD_ARGUMENT', '--status-url must be an http(s) URL')
  const info: IssuerInfo = { did, ...(o.statusUrl === undefined ? {} : { statusUrl: o.statusUrl }) }
  writeFileSync(join(a.dir, VC_INFO), `${JSON.stringify(info, null, 2)}\n`)
  if (!existsSync(join(a.dir, ISSUED))) atomicWrite(join(a.dir, ISSUED), `${JSON.stringify({ next: 0, entries: [] } satisfies IssuedLog, null, 2)}\n`)
  if (did.startsWith('did:web:'))
    writeFileSync(join(a.dir, DID_DOCUMENT), `${JSON.stringify(nodeDidDocument({ did, publicKey: a.key.publicKey.raw }), null, 2)}\n`)
  if (o.statusUrl !== undefined) publishStatus(a, info, emptyStatusList(), o.now)
  return info
}

export function loadIssuer(a: Authority): IssuerInfo {
  const file = join(a.dir, VC_INFO)
  if (!existsSync(file)) return { did: joseKeys(a.key).did }
  return readJson<IssuerInfo>(file, 'issuer settings')
}

function kidOf(info: IssuerInfo): string {
  return info.did.startsWith('did:key:') ? `${info.did}#${info.did.slice('did:key:'.length)}` : `${info.did}#key-1`
}

function publishStatus(a: Authority, info: IssuerInfo, bits: Uint8Array, now: number): void {
  if (info.statusUrl === undefined) return
  const jwt = signCredential(
    joseKeys(a.key).privateKey,
    kidOf(info),
    statusListCredential({ url: info.statusUrl, issuer: info.did, encodedList: encodeStatusList(bits), validFrom: now })
  )
  atomicWrite(join(a.dir, STATUS_JWT), `${jwt}\n`)
}

function currentBits(a: Authority): Uint8Array {
  const file = join(a.dir, STATUS_JWT)
  if (!existsSync(file)) return emptyStatusList()
  const payload = JSON.parse(Buffer.from(readFileSync(file, 'utf8').trim().split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    credentialSubject?: { encodedList?: unknown }
  }
  return decodeStatusList(payload.credentialSubject?.encodedList)
}

/** Issue a MembershipCredential (vc+jwt) to a member's DID; returns the token and what it says. */
export function issueVc(
  a: Authority,
  o: { subject: string; claims: MembershipClaims; validFrom: number; validUntil: number }
): { jwt: string; id: string; index?: number } {
  checkDid(o.subject)
  const info = loadIssuer(a)
  const logFile = join(a.dir, ISSUED)
  const log: IssuedLog = existsSync(logFile) ? readJson<IssuedLog>(logFile, 'issued credentials') : { next: 0, entries: [] }
  const index = info.statusUrl === undefined ? undefined : log.next
  const id = `urn:uuid:${randomUUID()}`
  const jwt = signCredential(
    joseKeys(a.key).privateKey,
    kidOf(info),
    membershipCredential({
      id,
      issuer: info.did,
      subject: o.subject,
      claims: o.claims,
      validFrom: o.validFrom,
      validUntil: o.validUntil,
      ...(index === undefined || info.statusUrl === undefined ? {} : { status: { url: info.statusUrl, index } })
    })
  )
  if (index !== undefined) {
    log.entries.push({ index, subject: o.subject, credentialId: id })
    log.next = index + 1
    atomicWrite(logFile, `${JSON.stringify(log, null, 2)}\n`)
  }
  return { jwt, id, ...(index === undefined ? {} : { index }) }
}

/** Revoke every credential issued to `subject`: set their bits and sign a new status list. Returns how many. */
export function revokeVc(a: Authority, subject: string, now: number): number {
  const info = loadIssuer(a)
  if (info.statusUrl === undefined)
    throw new HanseError('BAD_ARGUMENT', 'this authority publishes no status list (init it with --status-url): its credentials cannot be revoked')
  const logFile = join(a.dir, ISSUED)
  const log = readJson<IssuedLog>(logFile, 'issued credentials')
  const bits = currentBits(a)
  let n = 0
  for (const e of log.entries) {
    if (e.subject !== subject || e.revoked !== undefined) continue
    setStatusBit(bits, e.index, true)
    e.revoked = new Date(now).toISOString()
    n++
  }
  if (n === 0) throw new HanseError('NOT_FOUND', `no unrevoked credential was issued to ${subject}`)
  publishStatus(a, info, bits, now)
  atomicWrite(logFile, `${JSON.stringify(log, null, 2)}\n`)
  return n
}
