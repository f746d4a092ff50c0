import { afterEach, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { cleanup, nodeAddr, runCli, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { ensureDataDir, loadOrCreateIdentity } from '../../src/identity/index.ts'
import { ManualClock, systemClock, type Clock } from '../../src/clock/index.ts'
import { initAuthority, issue, issueCredential, revoke, MEMBERSHIP_PROTOCOL, type Authority } from '../../src/trust/index.ts'
import { CATALOG_PROTOCOL } from '../../src/catalog/index.ts'
import { NEGOTIATION_PROTOCOL } from '../../src/negotiation/index.ts'
import { TRANSFER_PROTOCOL } from '../../src/transfer/index.ts'
import { LEDGER_PROTOCOL } from '../../src/ledger/index.ts'
import { openFramed, hanse } from '../../src/wire/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

const DAY = 24 * 3600 * 1000

interface Member {
  country: string
  sector?: string
  validDays?: number
}

/** An authority and a helper that starts member nodes with credentials it issued. */
async function dataSpace(): Promise<{
  authority: Authority
  dir: string
  member: (name: string, m: Member, extra?: Record<string, any>, clock?: Clock) => Promise<HanseNode>
}> {
  const dir = tempDir()
  const authority = await initAuthority(join(dir, 'authority'), Date.now())
  const member = async (name: string, m: Member, extra: Record<string, any> = {}, clock: Clock = systemClock): Promise<HanseNode> => {
    const dataDir = join(dir, name)
    ensureDataDir(dataDir)
    const id = await loadOrCreateIdentity(dataDir)
    const cred = join(dir, `${name}.cred.json`)
    const now = Date.now()
    await issue(
      authority,
      {
        peerId: id.peerId.toString(),
        orgName: `${name} GmbH`,
        orgId: `VAT-${name}`,
        country: m.country,
        attributes: m.sector === undefined ? {} : { sector: m.sector },
        issuedAt: now - 1000,
        expiresAt: now + (m.validDays ?? 365) * DAY
      },
      cred
    )
    return await startNode(
      testConfig({
        name,
        dataDir,
        trust: {
          mode: 'members',
          authorities: [authority.id],
          credential: cred,
          revocationList: join(authority.dir, 'revocations.json'),
          recheckMs: 100,
          ...(extra.trust ?? {})
        },
        ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'trust'))
      }),
      clock
    )
  }
  return { authority, dir, member }
}

function providerFiles(dir: string, policies: Record<string, string>, fileBytes = 200_000): { policyDir: string; file: string } {
  const policyDir = join(dir, 'policies')
  mkdirSync(policyDir, { recursive: true })
  for (const [name, text] of Object.entries(policies)) writeFileSync(join(policyDir, `${name}.yaml`), text)
  const file = join(dir, 'data.bin')
  writeFileSync(file, randomBytes(fileBytes))
  return { policyDir, file }
}

const OPEN = 'permissions:\n  - action: use\n'

/** Try each data protocol from `from` to `to`: true where a request got an answer. */
async function dataProtocolsAnswer(from: HanseNode, to: HanseNode): Promise<Record<string, boolean>> {
  const peer = peerIdFromString(to.peerId)
  const attempts: Record<string, [string, (f: Awaited<ReturnType<typeof openFramed>>) => Promise<unknown>]> = {
    catalog: [
      CATALOG_PROTOCOL,
      async f => {
        await f.write(hanse.v1.CatalogRequest, { requestId: 'r', pageSize: 10 })
        return await f.read(hanse.v1.CatalogResponse)
      }
    ],
    negotiation: [
      NEGOTIATION_PROTOCOL,
      async f => {
        await f.write(hanse.v1.NegotiationMessage, { messageId: 'm' })
        return await f.read(hanse.v1.NegotiationReply)
      }
    ],
    transfer: [
      TRANSFER_PROTOCOL,
      async f => {
        await f.write(hanse.v1.TransferRequest, { agreementId: 'a', transferId: 't' })
        return await f.read(hanse.v1.TransferFrame)
      }
    ],
    ledger: [
      LEDGER_PROTOCOL,
      async f => {
        await f.write(hanse.v1.LedgerRequest, { audit: { afterSeq: -1 } })
        return await f.read(hanse.v1.LedgerResponse)
      }
    ]
  }
  const out: Record<string, boolean> = {}
  for (const [name, [protocol, exchange]] of Object.entries(attempts)) {
    try {
      const f = await openFramed(from.parts.net.libp2p, peer, protocol, { idleTimeoutMs: 3000 })
      out[name] = (await exchange(f)) !== undefined
      f.abort(new Error('done'))
    } catch {
      out[name] = false
    }
  }
  return out
}

/** Present a credential by hand over the membership protocol; the provider's verdict. */
async function present(from: HanseNode, to: HanseNode, credential: hanse.v1.ISignedCredential | undefined): Promise<{ accepted: boolean; reason: string }> {
  const f = await openFramed(from.parts.net.libp2p, peerIdFromString(to.peerId), MEMBERSHIP_PROTOCOL, { idleTimeoutMs: 3000 })
  await f.write(hanse.v1.MembershipHello, { credential })
  const answer = await f.read(hanse.v1.MembershipHello)
  f.abort(new Error('done'))
  return { accepted: answer?.accepted === true, reason: answer?.reason ?? '' }
}

describe('trust mode members', () => {
  it('members use every data protocol; a node without a valid credential uses none (missing, forged, wrong peer, expired, not yet valid, revoked, garbage)', async () => {
    const ds = await dataSpace()
    const { policyDir, file } = providerFiles(ds.dir, { open: OPEN })
    const provider = await ds.member(
      'provider',
      { country: 'DE' },
      { policies: { dir: policyDir }, datasets: [{ id: 'data', title: 'Data', source: file, offers: [{ policy: 'open' }] }] }
    )
    const consumer = await ds.member('consumer', { country: 'FR' })
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    // the member: catalogue, negotiation, transfer and the ledger exchange all work
    expect(await dataProtocolsAnswer(consumer, provider)).toEqual({ catalog: true, negotiation: true, transfer: true, ledger: true })
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['research'] } })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.state).toBe('FINALIZED')
    const t = await consumer.parts.transfers.fetch({ agreementId: done.agreementId! })
    expect((await consumer.parts.transfers.waitFor(t.id, 10_000)).state).toBe('COMPLETED')
    // both see each other's organisation
    const peers = await provider.peers()
    expect(peers.find(p => p.peerId === consumer.peerId)?.membership).toMatchObject({ status: 'valid', orgName: 'consumer GmbH', country: 'FR' })
    expect((await provider.status()).membership).toMatchObject({ state: 'valid', credential: { country: 'DE' } })

    // an outsider: a plain node with no credential at all
    const outsider = await startNode(testConfig({ name: 'outsider', trust: { mode: 'open' } }))
    await outsider.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    expect(await dataProtocolsAnswer(outsider, provider)).toEqual({ catalog: false, negotiation: false, transfer: false, ledger: false })
    expect((await provider.peers()).find(p => p.peerId === outsider.peerId)?.membership?.status).toBe('missing')

    // every kind of bad credential, presented by the outsider
    const me = outsider.peerId
    const now = Date.now()
    const base = {
      credentialId: 'urn:uuid:x',
      peerId: me,
      orgName: 'Outsider',
      orgId: 'X',
      country: 'DE',
      attributes: {},
      issuedAt: now - DAY,
      expiresAt: now + DAY
    }
    const forger = await generateKeyPair('Ed25519')
    const forged = await issueCredential(forger, ds.authority.id, base)
    const cases: Array<[string, hanse.v1.ISignedCredential | undefined, RegExp]> = [
      ['none', undefined, /CREDENTIAL_MISSING/],
      ['signed by another key', forged, /CREDENTIAL_BAD_SIGNATURE/],
      ['for another peer', await issueCredential(ds.authority.key, ds.authority.id, { ...base, peerId: consumer.peerId }), /CREDENTIAL_WRONG_PEER/],
      ['expired', await issueCredential(ds.authority.key, ds.authority.id, { ...base, issuedAt: now - 3 * DAY, expiresAt: now - DAY }), /CREDENTIAL_EXPIRED/],
      [
        'not yet valid',
        await issueCredential(ds.authority.key, ds.authority.id, { ...base, issuedAt: now + DAY, expiresAt: now + 3 * DAY }),
        /CREDENTIAL_NOT_YET_VALID/
      ],
      [
        'truncated',
        (() => {
          const c = forged
          return { body: (c.body as Uint8Array).subarray(0, 20), signature: c.signature }
        })(),
        /CREDENTIAL_MALFORMED|CREDENTIAL_UNKNOWN_AUTHORITY/
      ],
      ['random bytes', { body: randomBytes(300), signature: randomBytes(64) }, /CREDENTIAL_MALFORMED|CREDENTIAL_UNKNOWN_AUTHORITY/]
    ]
    for (const [what, cred, reason] of cases) {
      const verdict = await present(outsider, provider, cred)
      expect(verdict.accepted, what).toBe(false)
      expect(verdict.reason, what).toMatch(reason)
      expect(await dataProtocolsAnswer(outsider, provider), what).toEqual({ catalog: false, negotiation: false, transfer: false, ledger: false })
    }
    // a genuine credential that was revoked
    const genuine = await issueCredential(ds.authority.key, ds.authority.id, base)
    expect((await present(outsider, provider, genuine)).accepted).toBe(true)
    await revoke(ds.authority, me, 'left the data space', Date.now())
    await waitFor(async () => (await present(outsider, provider, genuine)).reason.includes('CREDENTIAL_REVOKED') || undefined, 5_000)
    expect(await dataProtocolsAnswer(outsider, provider)).toEqual({ catalog: false, negotiation: false, transfer: false, ledger: false })
  })

  it('a member whose credential expires (injected clock) is refused and cut off', async () => {
    const ds = await dataSpace()
    const clock = new ManualClock(Date.now())
    const { policyDir, file } = providerFiles(ds.dir, { open: OPEN })
    const provider = await ds.member(
      'provider',
      { country: 'DE' },
      { policies: { dir: policyDir }, datasets: [{ id: 'data', title: 'Data', source: file, offers: [{ policy: 'open' }] }] },
      clock
    )
    const consumer = await ds.member('consumer', { country: 'FR', validDays: 2 })
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    expect((await dataProtocolsAnswer(consumer, provider)).catalog).toBe(true)
    const before = provider.parts.net.libp2p.getConnections(peerIdFromString(consumer.peerId)).map(c => c.id)
    clock.advance(3 * DAY)
    await provider.parts.membership.recheckNow()
    expect(provider.parts.membership.view(consumer.peerId)?.state).toBe('expired')
    await waitFor(() => !provider.parts.net.libp2p.getConnections(peerIdFromString(consumer.peerId)).some(c => before.includes(c.id)) || undefined, 5_000)
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    expect(await dataProtocolsAnswer(consumer, provider)).toEqual({ catalog: false, negotiation: false, transfer: false, ledger: false })
  })

  it('revoking a member during a transfer ends it within the re-check interval, with zero further bytes', async () => {
    const ds = await dataSpace()
    const { policyDir, file } = providerFiles(ds.dir, { open: OPEN }, 16 * 1024 * 1024)
    const provider = await ds.member(
      'provider',
      { country: 'DE' },
      {
        policies: { dir: policyDir },
        datasets: [{ id: 'data', title: 'Data', source: file, offers: [{ policy: 'open' }] }],
        transfer: { chunkSizeBytes: 16384, recheckEveryMs: 50 }
      }
    )
    const consumer = await ds.member('consumer', { country: 'FR' })
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'data', narrowing: { purposes: ['research'] } })
    const agreementId = (await consumer.parts.negotiations.waitFor(r.id, 10_000)).agreementId!
    // a consumer that reads slowly keeps the transfer running
    const f = await openFramed(consumer.parts.net.libp2p, peerIdFromString(provider.peerId), TRANSFER_PROTOCOL, {
      maxFrameBytes: 4 * 1024 * 1024 + 64,
      idleTimeoutMs: 10_000
    })
    await f.write(hanse.v1.TransferRequest, { agreementId, transferId: 'slow-1' })
    expect((await f.read(hanse.v1.TransferFrame))?.start).toBeTruthy()
    let received = 0
    for (let i = 0; i < 5; i++) {
      const frame = await f.read(hanse.v1.TransferFrame)
      received += frame?.chunk?.data?.length ?? 0
      await new Promise(resolve => setTimeout(resolve, 20))
    }
    const id = `slow-1@${consumer.peerId}`
    expect((await provider.parts.transfers.get(id))?.state).toBe('STARTED')

    const before = provider.parts.net.libp2p.getConnections(peerIdFromString(consumer.peerId)).map(c => c.id)
    const revokedAt = Date.now()
    await revoke(ds.authority, consumer.peerId, 'contract ended', revokedAt)
    const ended = await waitFor(async () => {
      const t = await provider.parts.transfers.get(id)
      return t?.state === 'TERMINATED' ? t : undefined
    }, 5_000)
    const tookMs = Date.now() - revokedAt
    expect(tookMs).toBeLessThan(2_000)
    expect(ended.error?.code).toMatch(/CREDENTIAL_REVOKED|MEMBERSHIP_INVALID/)
    const sentAtEnd = ended.bytes
    // drain what is left on the stream: it ends, and never holds more than was sent before the end
    let termination: string | undefined
    try {
      while (true) {
        const frame = await f.read(hanse.v1.TransferFrame)
        if (frame === undefined) break
        if (frame.termination != null) {
          termination = frame.termination.code ?? undefined
          break
        }
        received += frame.chunk?.data?.length ?? 0
      }
    } catch {
      /* the connection was closed */
    }
    // once the provider no longer serves it, nothing more can be sent: compare then
    await waitFor(() => provider.parts.transfers.activeTransfers().length === 0 || undefined, 5_000)
    expect((await provider.parts.transfers.get(id))?.bytes).toBe(sentAtEnd)
    expect(received).toBeLessThanOrEqual(sentAtEnd)
    expect(received).toBeLessThan(16 * 1024 * 1024)
    if (termination !== undefined) expect(termination).toMatch(/CREDENTIAL_REVOKED|MEMBERSHIP_INVALID/)
    // and the revoked node is disconnected (its connection closed; DHT housekeeping may dial
    // it again, allowHousekeeping) and gets no data protocol any more
    await waitFor(() => !provider.parts.net.libp2p.getConnections(peerIdFromString(consumer.peerId)).some(c => before.includes(c.id)) || undefined, 5_000)
    expect(provider.parts.membership.view(consumer.peerId)?.state).toBe('revoked')
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    expect(await dataProtocolsAnswer(consumer, provider)).toEqual({ catalog: false, negotiation: false, transfer: false, ledger: false })
  })

  it('without housekeeping rights a non-member is cut off at once and kept out at the connection stage', async () => {
    const ds = await dataSpace()
    const provider = await ds.member('provider', { country: 'DE' }, { trust: { allowHousekeeping: false } })
    const outsider = await startNode(testConfig({ name: 'outsider', trust: { mode: 'open' } }))
    await outsider.parts.net.libp2p.dial(multiaddr(nodeAddr(provider))).catch(() => {})
    // (a peer without the membership protocol is asked a few more times first: it may be starting)
    await waitFor(() => {
      const v = provider.parts.membership.view(outsider.peerId)
      return (
        (v?.state === 'missing' && v.noAnswer !== true && provider.parts.net.libp2p.getConnections(peerIdFromString(outsider.peerId)).length === 0) || undefined
      )
    }, 15_000)
    // a second attempt is refused right after the encryption handshake, before any protocol
    // runs (the dialer may see its side complete for a moment before the socket closes)
    const verdictAt = provider.parts.membership.view(outsider.peerId)?.checkedAt
    await outsider.parts.net.libp2p.dial(multiaddr(nodeAddr(provider))).catch(() => {})
    await waitFor(() => outsider.parts.net.libp2p.getConnections(peerIdFromString(provider.peerId)).length === 0 || undefined, 5_000)
    expect(provider.parts.net.libp2p.getConnections(peerIdFromString(outsider.peerId))).toEqual([])
    // no new membership exchange happened: the provider never opened the connection to protocols
    expect(provider.parts.membership.view(outsider.peerId)?.checkedAt).toBe(verdictAt)
  })

  it('a pre-shared key closes the network: nodes without it cannot connect at all', async () => {
    const dir = tempDir()
    const key = join(dir, 'swarm.key')
    const made = await runCli(['authority', 'psk', '--out', key])
    expect(made.code).toBe(0)
    const a = await startNode(testConfig({ name: 'a', trust: { mode: 'open', psk: key } }))
    const b = await startNode(testConfig({ name: 'b', trust: { mode: 'open', psk: key } }))
    const c = await startNode(testConfig({ name: 'c', trust: { mode: 'open' } }))
    await b.parts.net.libp2p.dial(multiaddr(nodeAddr(a)))
    expect(b.parts.net.libp2p.getConnections(peerIdFromString(a.peerId)).length).toBe(1)
    // without the key the handshake cannot even start (the pnet protector garbles it)
    await expect(c.parts.net.libp2p.dial(multiaddr(nodeAddr(a)))).rejects.toMatchObject({ name: 'EncryptionFailedError' })
  })

  it('a revocation list with a bad signature is ignored and the previous one stays', async () => {
    const ds = await dataSpace()
    const provider = await ds.member('provider', { country: 'DE' })
    const consumer = await ds.member('consumer', { country: 'FR' })
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
    await waitFor(() => provider.parts.membership.isMember(consumer.peerId) || undefined, 5_000)
    // a list that revokes the consumer, but signed by someone else
    const file = join(ds.authority.dir, 'revocations.json')
    const good = readFileSync(file, 'utf8')
    const other = await initAuthority(join(ds.dir, 'other-authority'), Date.now())
    const forgedDoc = await revoke(other, consumer.peerId, 'forged', Date.now())
    writeFileSync(file, JSON.stringify({ ...forgedDoc, authorityId: ds.authority.id }))
    await provider.parts.membership.forceReloadRevocations()
    expect(provider.parts.membership.isMember(consumer.peerId)).toBe(true)
    // garbage is ignored too
    writeFileSync(file, 'not json at all')
    await provider.parts.membership.forceReloadRevocations()
    expect(provider.parts.membership.isMember(consumer.peerId)).toBe(true)
    writeFileSync(file, good)
  })

  it('policies on spatial (EU), member.country and an attribute filter the catalogue and the negotiation for three members', async () => {
    const ds = await dataSpace()
    const { policyDir, file } = providerFiles(ds.dir, {
      eu: 'access:\n  - { leftOperand: spatial, operator: isPartOf, rightOperand: [EU] }\npermissions:\n  - action: use\n',
      automotive: 'access:\n  - { leftOperand: member.sector, operator: isAnyOf, rightOperand: [automotive] }\npermissions:\n  - action: use\n',
      german: 'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: member.country, operator: isAnyOf, rightOperand: [DE] }\n'
    })
    const provider = await ds.member(
      'provider',
      { country: 'DE', sector: 'research' },
      {
        policies: { dir: policyDir },
        datasets: [
          { id: 'eu-data', title: 'EU', source: file, offers: [{ policy: 'eu' }] },
          { id: 'auto-data', title: 'Automotive', source: file, offers: [{ policy: 'automotive' }] },
          { id: 'de-data', title: 'German', source: file, offers: [{ policy: 'german' }] }
        ]
      }
    )
    const carmaker = await ds.member('carmaker', { country: 'DE', sector: 'automotive' })
    const logistics = await ds.member('logistics', { country: 'FR', sector: 'logistics' })
    const lab = await ds.member('lab', { country: 'US', sector: 'research' })
    const seen: Record<string, string[]> = {}
    const finalized: Record<string, string[]> = {}
    for (const node of [carmaker, logistics, lab]) {
      await node.parts.net.libp2p.dial(multiaddr(nodeAddr(provider)))
      await waitFor(() => node.parts.membership.isMember(provider.peerId) || undefined, 5_000)
      seen[node.config.name] = (await node.parts.catalog.fetchAll(peerIdFromString(provider.peerId))).map(o => o.offerId).sort()
      finalized[node.config.name] = []
      for (const offerId of seen[node.config.name] ?? []) {
        const r = await node.parts.negotiations.request({ peer: provider.peerId, offerId, narrowing: { purposes: ['research'] } })
        const done = await node.parts.negotiations.waitFor(r.id, 10_000)
        if (done.state === 'FINALIZED') finalized[node.config.name]?.push(offerId)
        else expect(done.termination?.code).toBe('POLICY_DENIED')
      }
    }
    expect(seen).toEqual({
      carmaker: ['auto-data', 'de-data', 'eu-data'],
      logistics: ['de-data', 'eu-data'],
      lab: ['de-data']
    })
    expect(finalized).toEqual({
      carmaker: ['auto-data', 'de-data', 'eu-data'],
      logistics: ['eu-data'],
      lab: []
    })
  })

  it('the authority CLI creates an authority, issues and shows a credential, and a node config without one is refused', async () => {
    const dir = tempDir()
    const init = await runCli(['--json', 'authority', 'init', '--out', join(dir, 'auth')])
    expect(init.code).toBe(0)
    const { authorityId } = JSON.parse(init.stdout)
    const peer = (
      await loadOrCreateIdentity(
        (() => {
          const d = join(dir, 'node')
          ensureDataDir(d)
          return d
        })()
      )
    ).peerId.toString()
    const issued = await runCli([
      'authority',
      'issue',
      '--authority',
      join(dir, 'auth'),
      '--peer',
      peer,
      '--org-name',
      'Teile AG',
      '--org-id',
      'DE123',
      '--country',
      'de',
      '--attr',
      'sector=automotive',
      '--valid-days',
      '30',
      '--out',
      join(dir, 'node.cred.json')
    ])
    expect(issued.code).toBe(0)
    const shown = await runCli(['--json', 'authority', 'show', join(dir, 'node.cred.json'), '--authority-id', authorityId])
    expect(shown.code).toBe(0)
    expect(JSON.parse(shown.stdout).credential).toMatchObject({ orgName: 'Teile AG', country: 'DE', attributes: { sector: 'automotive' } })
    const wrong = await runCli(['authority', 'show', join(dir, 'node.cred.json'), '--authority-id', peer])
    expect(wrong.code).not.toBe(0)
    expect(wrong.stderr).toMatch(/CREDENTIAL_UNKNOWN_AUTHORITY/)
    const revoked = await runCli(['authority', 'revoke', '--authority', join(dir, 'auth'), '--peer', peer, '--reason', 'test'])
    expect(revoked.code).toBe(0)
    expect(JSON.parse(readFileSync(join(dir, 'auth', 'revocations.json'), 'utf8')).serial).toBe(2)
    const cfg = join(dir, 'members.yaml')
    writeFileSync(cfg, `name: x\ndataDir: ${join(dir, 'node')}\ntrust:\n  mode: members\n`)
    const check = await runCli(['config', 'check', cfg])
    expect(check.code).toBe(2)
    expect(check.stderr).toMatch(/trust\.authorities/)
    expect(check.stderr).toMatch(/trust\.credential/)
  })
})
