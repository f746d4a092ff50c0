import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { httpServer } from './dsp-helpers.ts'
import { didKeyOf } from '../src/identity/index.ts'
import { emptyStatusList, encodeStatusList, membershipCredential, signCredential, statusListCredential, type MembershipClaims } from '../src/vc/index.ts'

const DAY = 86_400_000

/** A W3C credential issuer for tests: a did:key, and its status list served over real HTTP. */
export interface VcAuthority {
  did: string
  kid: string
  key: KeyObject
  list: Uint8Array
  statusUrl: string
  /** Sign and serve the current status list. */
  publish: () => void
  /** Write a MembershipCredential for `subject` to `file`; returns its status index. */
  issueTo: (subject: string, file: string, claims: Partial<MembershipClaims> & { validUntil?: number }) => number
}

export async function vcAuthority(): Promise<VcAuthority> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const did = didKeyOf(Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url'))
  const status = { jwt: '' }
  const { port } = await httpServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/vc+jwt' }).end(status.jwt)
  })
  let issued = 0
  const a: VcAuthority = {
    did,
    kid: `${did}#${did.slice('did:key:'.length)}`,
    key: privateKey,
    list: emptyStatusList(),
    statusUrl: `http://127.0.0.1:${port}/status/1`,
    publish: () => {
      status.jwt = signCredential(
        privateKey,
        a.kid,
        statusListCredential({ url: a.statusUrl, issuer: did, encodedList: encodeStatusList(a.list), validFrom: Date.now() - DAY })
      )
    },
    issueTo: (subject, file, c) => {
      const index = ++issued
      writeFileSync(
        file,
        signCredential(
          privateKey,
          a.kid,
          membershipCredential({
            id: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
            issuer: did,
            subject,
            claims: { orgName: c.orgName ?? 'Member GmbH', orgId: c.orgId ?? `ORG-${index}`, country: c.country ?? 'DE', attributes: c.attributes ?? {} },
            validFrom: Date.now() - DAY,
            validUntil: c.validUntil ?? Date.now() + 30 * DAY,
            status: { url: a.statusUrl, index }
          })
        )
      )
      return index
    }
  }
  a.publish()
  return a
}
