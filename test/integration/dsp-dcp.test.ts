import { afterEach, describe, expect, it } from 'vitest'
import { closeSync, ftruncateSync, mkdirSync, openSync, writeFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { admin } from '../dsp-helpers.ts'
import { vcAuthority, type VcAuthority } from '../vc-helpers.ts'
import { cleanup, freePort, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { setStatusBit } from '../../src/vc/index.ts'

/*
 * Two hanse nodes that know each other only by did:web DIDs served by their own HTTPS DSP
 * listeners, admitted by MembershipCredentials (VC DM 2.0, vc+jwt) from one authority, checked
 * through each other's CredentialService (DCP); an outsider and a revoked member are refused.
 */

afterEach(cleanup)

const TLS = fileURLToPath(new URL('../fixtures/tls/', import.meta.url))
const GERMAN = 'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: member.country, operator: isAnyOf, rightOperand: [DE] }\n'

/** A node with a did:web on its own HTTPS DSP listener and a credential from `by` (if any). */
async function dcpNode(name: string, by: VcAuthority | undefined, trusted: VcAuthority, o: { provider?: boolean; country?: string; big?: boolean } = {}) {
  const dir = tempDir()
  const port = await freePort()
  const did = `did:web:localhost%3A${port}`
  const credentials: string[] = []
  let index = -1
  if (by !== undefined) {
    const file = join(dir, 'member.vc.jwt')
    index = by.issueTo(did, file, { orgName: name, orgId: `ORG-${name}`, country: o.country ?? 'DE' })
    credentials.push(file)
  }
  const extra: Record<string, unknown> = {}
  if (o.provider === true) {
    const policies = join(dir, 'policies')
    mkdirSync(policies)
    writeFileSync(join(policies, 'german.yaml'), GERMAN)
    writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
    extra.policies = { dir: policies }
    extra.datasets = [{ id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ id: 'data:german', policy: 'german' }] }]
    if (o.big === true) {
      // a sparse 256 MiB file: over loopback HTTPS its pull takes long enough to be cut
      const fd = openSync(join(dir, 'big.bin'), 'w')
      ftruncateSync(fd, 256 * 1024 * 1024)
      closeSync(fd)
      extra.datasets = [
        ...(extra.datasets as unknown[]),
        { id: 'big', title: 'Big', source: join(dir, 'big.bin'), offers: [{ id: 'big:german', policy: 'german' }] }
      ]
    }
    // members are re-checked often, against a status list read each time
    extra.trust = { recheckMs: 100 }
  }
  const node = await startNode(
    testConfig({
      name,
      network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
      identity: { did, credentials, trustedIssuers: [trusted.did], ca: join(TLS, 'dsp-test.crt'), statusListCacheMs: 0 },
      dsp: {
        enabled: true,
        listen: { host: '127.0.0.1', port },
        tls: { cert: join(TLS, 'dsp-test.crt'), key: join(TLS, 'dsp-test.key') },
        publicUrl: `https://localhost:${port}`
      },
      ...extra
    })
  )
  return { node, did, index, url: `https://localhost:${port}` }
}

describe('DSP with DIDs and verifiable credentials (DCP)', () => {
  it('two members negotiate by did:web and credentials only; an outsider and a revoked member are refused', async () => {
    const auth = await vcAuthority()
    const rogue = await vcAuthority()
    const late = await dcpNode('late', auth, auth)
    setStatusBit(auth.list, late.index, true)
    auth.publish()
    const provider = await dcpNode('provider', auth, auth, { provider: true })
    const consumer = await dcpNode('consumer', auth, auth)
    // the DID document the listener serves: its key, its CredentialService, its peer ID
    const doc = await admin(consumer.node, 'POST', '/v1/dsp/catalog', { url: provider.url })
    expect(doc.status, JSON.stringify(doc.body)).toBe(200)
    expect(doc.body.catalog.participantId).toBe(provider.did)
    expect(doc.body.catalog.offers.map((x: { offerId: string }) => x.offerId)).toEqual(['data:german'])
    const n = await admin(consumer.node, 'POST', '/v1/dsp/negotiations?wait=true', { url: provider.url, offerId: 'data:german' })
    expect(n.status, JSON.stringify(n.body)).toBe(201)
    expect(n.body.negotiation.state).toBe('FINALIZED')
    const [agreement] = await provider.node.parts.negotiations.agreements()
    expect(agreement?.peer).toBe(consumer.did)

    // credentials from an issuer the provider does not trust: no catalogue at all
    const outsider = await dcpNode('outsider', rogue, auth)
    const refused = await admin(outsider.node, 'POST', '/v1/dsp/catalog', { url: provider.url })
    expect(refused.status).toBe(502)
    expect(refused.body.error.message).toMatch(/401/)
    // a member from another country is a member (it sees the catalogue), but its credential says
    // FR: the German-only terms are denied in the negotiation, by the claims of its credential
    const french = await dcpNode('french', auth, auth, { country: 'FR' })
    const fr = await admin(french.node, 'POST', '/v1/dsp/negotiations?wait=true', { url: provider.url, offerId: 'data:german' })
    expect(fr.status, JSON.stringify(fr.body)).toBe(201)
    expect(fr.body.negotiation).toMatchObject({ state: 'TERMINATED', termination: { code: 'POLICY_DENIED' } })
    // revoked (before the provider first read the status list, which it then keeps for a while)
    const revoked = await admin(late.node, 'POST', '/v1/dsp/catalog', { url: provider.url })
    expect(revoked.status).toBe(502)
    expect(revoked.body.error.message).toMatch(/401/)
  })

  it('revoking a member mid-transfer ends its transfer: the provider terminates it and cuts the data under way', async () => {
    const auth = await vcAuthority()
    const provider = await dcpNode('provider', auth, auth, { provider: true, big: true })
    const consumer = await dcpNode('consumer', auth, auth)
    const n = await admin(consumer.node, 'POST', '/v1/dsp/negotiations?wait=true', { url: provider.url, offerId: 'big:german' })
    expect(n.body.negotiation?.state, JSON.stringify(n.body)).toBe('FINALIZED')
    const started = await admin(consumer.node, 'POST', '/v1/dsp/transfers', { agreementId: n.body.negotiation.agreementId })
    expect(started.status, JSON.stringify(started.body)).toBe(201)
    // the bytes flow: the provider's process is STARTED
    await waitFor(async () => {
      const { body } = await admin(provider.node, 'GET', '/v1/dsp/transfers')
      return body.transfers.some((t: { state: string }) => t.state === 'STARTED') ? true : undefined
    })
    // ... and have begun to arrive at the consumer
    const partial = async (): Promise<number> => {
      const dir = consumer.node.config.transfer.receiveDir
      const files = (await readdir(dir, { recursive: true }).catch(() => [] as string[])).filter(f => /\.part-/.test(f))
      return files.length === 0 ? 0 : (await stat(join(dir, files[0] as string))).size
    }
    await waitFor(async () => ((await partial()) > 0 ? true : undefined))
    setStatusBit(auth.list, consumer.index, true)
    auth.publish()
    const ended = await waitFor(async () => {
      const { body } = await admin(provider.node, 'GET', '/v1/dsp/transfers')
      const t = body.transfers[0]
      return t?.state === 'TERMINATED' ? t : undefined
    })
    expect(ended.error, JSON.stringify(ended)).toMatchObject({ code: 'CREDENTIAL_REVOKED' })
    const mine = await admin(consumer.node, 'GET', `/v1/dsp/transfers`)
    const theirs = await waitFor(async () => {
      const { body } = await admin(consumer.node, 'GET', '/v1/dsp/transfers')
      return body.transfers[0]?.state === 'TERMINATED' ? body.transfers[0] : undefined
    }, 20_000)
    expect(mine.status).toBe(200)
    expect(theirs.state).toBe('TERMINATED')
    // the data under way was cut: the consumer holds part of the 256 MiB, not all of it
    expect(await partial()).toBeLessThan(256 * 1024 * 1024)
    // and it is no member any more: no catalogue
    const after = await admin(consumer.node, 'POST', '/v1/dsp/catalog', { url: provider.url })
    expect(after.status).toBe(502)
  })
})
