import { afterEach, describe, expect, it } from 'vitest'
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { peerIdFromString } from '@libp2p/peer-id'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, nodeAddr, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { vcAuthority, type VcAuthority } from '../vc-helpers.ts'
import { ensureDataDir, joseKeys, loadOrCreateIdentity } from '../../src/identity/index.ts'
import { setStatusBit, signPresentation } from '../../src/vc/index.ts'
import { MEMBERSHIP_PROTOCOL } from '../../src/trust/index.ts'
import { hanse, openFramed } from '../../src/wire/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

/*
 * Membership on libp2p by W3C credentials only (no hanse-credential/1 files): the membership
 * hello carries a vp+jwt by the node's DID (here the did:key of its node key) with its
 * MembershipCredential; the same issuer admits on libp2p as on DSP.
 */

afterEach(cleanup)

const OPEN = 'permissions:\n  - action: use\n'

async function member(
  name: string,
  by: VcAuthority,
  trusted: VcAuthority,
  o: { country?: string; provider?: boolean } = {}
): Promise<{ node: HanseNode; index: number }> {
  const dir = tempDir()
  const dataDir = join(dir, 'data')
  ensureDataDir(dataDir)
  const did = joseKeys((await loadOrCreateIdentity(dataDir)).privateKey).did
  const file = join(dir, 'member.vc.jwt')
  const index = by.issueTo(did, file, { orgName: `${name} GmbH`, orgId: `VAT-${name}`, country: o.country ?? 'DE', attributes: { sector: 'logistics' } })
  const extra: Record<string, unknown> = {}
  if (o.provider === true) {
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'open.yaml'), OPEN)
    writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
    extra.policies = { dir: join(dir, 'policies') }
    extra.datasets = [{ id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ policy: 'open' }] }]
  }
  const node = await startNode(
    testConfig({
      name,
      dataDir,
      trust: { mode: 'members', recheckMs: 100 },
      identity: { credentials: [file], trustedIssuers: [trusted.did], statusListCacheMs: 0 },
      ...extra
    })
  )
  return { node, index }
}

describe('trust mode members with W3C credentials on libp2p', () => {
  it('members admitted by their presentations; an untrusted issuer refused; a revoked member cut off at the next re-check', async () => {
    const auth = await vcAuthority()
    const rogue = await vcAuthority()
    const provider = (await member('provider', auth, auth, { provider: true })).node
    const consumer = await member('consumer', auth, auth, { country: 'FR' })
    await consumer.node.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const r = await consumer.node.parts.negotiations.request({ peer: provider.peerId, offerId: 'data' })
    expect((await consumer.node.parts.negotiations.waitFor(r.id, 10_000)).state).toBe('FINALIZED')
    // each sees the other's organisation, from the credential its issuer signed
    const seen = (await provider.peers()).find(p => p.peerId === consumer.node.peerId)?.membership
    const consumerDid = joseKeys(consumer.node.parts.identity.privateKey).did
    expect(seen).toMatchObject({ status: 'valid', orgName: 'consumer GmbH', country: 'FR', did: consumerDid, issuer: auth.did })
    expect((await provider.status()).did).toBe(joseKeys(provider.parts.identity.privateKey).did)
    expect(provider.parts.membership.facts(consumer.node.peerId)).toEqual({
      did: consumerDid,
      orgId: 'VAT-consumer',
      orgName: 'consumer GmbH',
      country: 'FR',
      attributes: { sector: 'logistics' }
    })
    expect((await provider.status()).membership).toMatchObject({ state: 'valid', credential: { country: 'DE', authorityId: auth.did } })

    // credentials from an issuer the provider does not trust
    const outsider = (await member('outsider', rogue, rogue)).node
    await outsider.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const refused = await waitFor(async () => {
      const m = (await provider.peers()).find(p => p.peerId === outsider.peerId)?.membership
      return m?.code === 'CREDENTIAL_UNKNOWN_AUTHORITY' ? m : undefined
    })
    expect(refused, JSON.stringify(refused)).toMatchObject({ status: 'invalid', code: 'CREDENTIAL_UNKNOWN_AUTHORITY' })
    await expect(outsider.parts.negotiations.request({ peer: provider.peerId, offerId: 'data' })).rejects.toBeDefined()

    // the authority revokes the consumer: the provider's re-check reads the new list and cuts it off
    setStatusBit(auth.list, consumer.index, true)
    auth.publish()
    const after = await waitFor(async () => {
      const m = provider.parts.membership.view(consumer.node.peerId)
      return m?.state === 'revoked' ? m : undefined
    })
    expect(after.code).toBe('CREDENTIAL_REVOKED')
    expect(provider.parts.membership.facts(consumer.node.peerId)).toBeUndefined()
  })

  it('a presentation is refused, with its code, when forged, expired, for another subject, signed with another key, or from an untrusted issuer', async () => {
    const auth = await vcAuthority()
    const rogue = await vcAuthority()
    const provider = (await member('provider', auth, auth, { provider: true })).node
    const outsider = await startNode(testConfig({ name: 'outsider', trust: { mode: 'open' } }))
    await outsider.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const me = joseKeys(outsider.parts.identity.privateKey)
    const audience = joseKeys(provider.parts.identity.privateKey).did
    const dir = tempDir()
    const vcFor = (issuer: VcAuthority, subject: string, o: { validUntil?: number } = {}): string => {
      const file = join(dir, `${randomUUID()}.jwt`)
      issuer.issueTo(subject, file, { orgName: 'Outsider', country: 'DE', ...o })
      return readFileSync(file, 'utf8').trim()
    }
    const vp = (credentials: string[], key = me.privateKey): string =>
      signPresentation(key, `${me.did}#${me.did.slice('did:key:'.length)}`, { holder: me.did, audience, credentials, now: Date.now() })
    const good = vcFor(auth, me.did)
    const [h, p] = good.split('.') as [string, string]
    const other = generateKeyPairSync('ed25519').privateKey
    const cases: Array<[string, string, string]> = [
      ['forged (signed by someone else in the issuer name)', vp([`${h}.${p}.${Buffer.alloc(64, 7).toString('base64url')}`]), 'PRESENTATION_INVALID'],
      ['expired', vp([vcFor(auth, me.did, { validUntil: Date.now() - 120_000 })]), 'CREDENTIAL_EXPIRED'],
      ['for another subject', vp([vcFor(auth, 'did:web:someone.else.example')]), 'CREDENTIAL_WRONG_PEER'],
      ["signed with a key that is not the connection's", vp([good], other), 'PRESENTATION_INVALID'],
      ['from an untrusted issuer', vp([vcFor(rogue, me.did)]), 'CREDENTIAL_UNKNOWN_AUTHORITY']
    ]
    for (const [what, presentation, code] of cases) {
      const f = await openFramed(outsider.parts.net.libp2p, peerIdFromString(provider.peerId), MEMBERSHIP_PROTOCOL, { idleTimeoutMs: 3000 })
      await f.write(hanse.v1.MembershipHello, { presentation })
      const answer = await f.read(hanse.v1.MembershipHello)
      f.abort(new Error('done'))
      expect(answer?.accepted, what).toBe(false)
      expect(answer?.reason, what).toMatch(new RegExp(`^${code}:`))
      expect(answer?.presentation ?? '', what).toBe('')
    }
    // and the real thing is accepted
    const f = await openFramed(outsider.parts.net.libp2p, peerIdFromString(provider.peerId), MEMBERSHIP_PROTOCOL, { idleTimeoutMs: 3000 })
    await f.write(hanse.v1.MembershipHello, { presentation: vp([good]) })
    expect((await f.read(hanse.v1.MembershipHello))?.accepted).toBe(true)
    f.abort(new Error('done'))
  })
})
