import { afterEach, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { cleanup, tempDir } from '../helpers.ts'
import { ManualClock } from '../../src/clock/index.ts'
import { createLogger } from '../../src/logging/index.ts'
import { Metrics } from '../../src/metrics/index.ts'
import { initAuthority, issue, MembershipService } from '../../src/trust/index.ts'

afterEach(cleanup)

const DAY = 24 * 3600 * 1000

/** The host's narrow interface, stubbed: no peers, no streams (only the node's own credential is exercised). */
const host = {
  handle: async () => {},
  unhandle: async () => {},
  dialProtocol: async () => {
    throw new Error('no network in this test')
  },
  addEventListener: () => {},
  removeEventListener: () => {},
  getConnections: () => []
}

describe("membership: the node's own credential", () => {
  it('warns some days before it expires, and says so in its status', async () => {
    const dir = tempDir()
    const now = Date.now()
    const authority = await initAuthority(join(dir, 'authority'), now)
    const self = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    const file = join(dir, 'node.cred.json')
    await issue(
      authority,
      { peerId: self, orgName: 'Teile AG', orgId: 'DE1', country: 'DE', attributes: {}, issuedAt: now - DAY, expiresAt: now + 20 * DAY },
      file
    )
    const lines: Array<Record<string, unknown>> = []
    const out = new PassThrough()
    out.on('data', (b: Buffer) => {
      for (const l of b.toString().split('\n')) if (l !== '') lines.push(JSON.parse(l))
    })
    const clock = new ManualClock(now)
    const m = new MembershipService(
      { host, selfId: self, logger: createLogger({ level: 'info', pretty: false, destination: out }), metrics: new Metrics(), clock },
      {
        authorities: [authority.id],
        credentialFile: file,
        recheckMs: 60_000,
        helloTimeoutMs: 1000,
        expiryWarningDays: 14
      }
    )
    await m.start()
    try {
      expect(m.ownStatus()).toMatchObject({ state: 'valid', credential: { orgName: 'Teile AG' } })
      const warned = (): number => lines.filter(l => String(l.msg).includes('expires soon')).length
      expect(warned()).toBe(0)
      clock.advance(10 * DAY)
      await m.recheckNow()
      expect(warned()).toBe(1)
      expect(lines.find(l => String(l.msg).includes('expires soon'))?.daysLeft).toBe(10)
      // once a day, not on every check
      await m.recheckNow()
      expect(warned()).toBe(1)
      clock.advance(11 * DAY)
      await m.recheckNow()
      expect(m.ownStatus()).toMatchObject({ state: 'expired', code: 'CREDENTIAL_EXPIRED' })
      expect(lines.some(l => String(l.msg).includes('has expired'))).toBe(true)
    } finally {
      await m.stop()
    }
  })

  it('a node whose own credential is not valid does not start, and says which file and why', async () => {
    const dir = tempDir()
    const authority = await initAuthority(join(dir, 'authority'), Date.now())
    const self = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    const other = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString()
    const file = join(dir, 'node.cred.json')
    await issue(
      authority,
      { peerId: other, orgName: 'X', orgId: 'X', country: 'DE', attributes: {}, issuedAt: Date.now() - DAY, expiresAt: Date.now() + DAY },
      file
    )
    const m = new MembershipService(
      { host, selfId: self, logger: createLogger({ level: 'silent', pretty: false }), metrics: new Metrics(), clock: new ManualClock(Date.now()) },
      {
        authorities: [authority.id],
        credentialFile: file,
        recheckMs: 60_000,
        helloTimeoutMs: 1000,
        expiryWarningDays: 14
      }
    )
    await expect(m.start()).rejects.toMatchObject({ code: 'CREDENTIAL_WRONG_PEER', message: expect.stringContaining(file) })
  })

  it('warns before a W3C credential (identity.credentials) expires too, and shows it in its status', async () => {
    const now = Date.now()
    const lines: Array<Record<string, unknown>> = []
    const out = new PassThrough()
    out.on('data', (b: Buffer) => {
      for (const l of b.toString().split('\n')) if (l !== '') lines.push(JSON.parse(l))
    })
    const clock = new ManualClock(now)
    const expiresAt = now + 20 * DAY
    const view = {
      credentialId: 'urn:uuid:1',
      peerId: 'self',
      orgName: 'Teile AG',
      orgId: 'DE1',
      country: 'DE',
      attributes: {},
      issuedAt: new Date(now - DAY).toISOString(),
      expiresAt: new Date(expiresAt).toISOString(),
      authorityId: 'did:key:z6MkIssuer'
    }
    // the VC side's narrow interface, stubbed: only the node's own credential is exercised here
    const vc = { present: () => undefined, verify: async () => Promise.reject(new Error('unused')), own: () => ({ view, expiresAt }) }
    const m = new MembershipService(
      { host, selfId: 'self', logger: createLogger({ level: 'info', pretty: false, destination: out }), metrics: new Metrics(), clock, vc },
      { authorities: [], recheckMs: 60_000, helloTimeoutMs: 1000, expiryWarningDays: 14 }
    )
    await m.start()
    try {
      expect(m.ownStatus()).toMatchObject({ state: 'valid', credential: { orgName: 'Teile AG', authorityId: 'did:key:z6MkIssuer' } })
      clock.advance(10 * DAY)
      await m.recheckNow()
      expect(lines.filter(l => String(l.msg).includes('expires soon')).length).toBe(1)
      clock.advance(11 * DAY)
      expect(m.ownStatus()).toMatchObject({ state: 'expired', code: 'CREDENTIAL_EXPIRED' })
    } finally {
      await m.stop()
    }
  })
})
