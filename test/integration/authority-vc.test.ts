import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importJWK, jwtVerify } from 'jose'
import { base58btc } from 'multiformats/bases/base58'
import { httpServer } from '../dsp-helpers.ts'
import { cleanup, runCli, tempDir } from '../helpers.ts'
import { didKeyDocument, type DidResolution } from '../../src/did/index.ts'
import { membershipFacts, StatusLists, verifyCredential } from '../../src/vc/index.ts'
import { systemClock } from '../../src/clock/index.ts'

/*
 * The authority CLI as a VC issuer: `init --status-url` makes its DID and an empty status list,
 * `issue --subject-did` a MembershipCredential (vc+jwt) an outsider checks with jose, `revoke
 * --subject-did` a new status list in which the member's bit is set.
 */

afterEach(cleanup)

const resolver: DidResolution = { resolve: async did => didKeyDocument(did) }
const MEMBER = 'did:web:connector.hafenwerke.example'

describe('hanse authority as a VC issuer', () => {
  it('issues a vc+jwt MembershipCredential to a DID and revokes it through its Bitstring Status List', async () => {
    const dir = tempDir()
    const auth = join(dir, 'auth')
    // the authority publishes DIR/status.jwt at its status URL (here: a local HTTP server)
    const { port } = await httpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/vc+jwt' }).end(readFileSync(join(auth, 'status.jwt')))
    })
    const statusUrl = `http://127.0.0.1:${port}/status/1`
    const init = await runCli(['--json', 'authority', 'init', '--out', auth, '--status-url', statusUrl])
    expect(init.code, init.stderr).toBe(0)
    const { did } = JSON.parse(init.stdout) as { did: string }
    expect(did).toMatch(/^did:key:z6Mk/)
    const out = join(dir, 'member.vc.jwt')
    const issued = await runCli([
      '--json',
      'authority',
      'issue',
      '--authority',
      auth,
      '--subject-did',
      MEMBER,
      '--org-name',
      'Hafenwerke',
      '--org-id',
      'DE-HB-1',
      '--country',
      'de',
      '--attr',
      'sector=logistics',
      '--out',
      out
    ])
    expect(issued.code, issued.stderr).toBe(0)
    const jwt = readFileSync(out, 'utf8').trim()
    // an outsider: jose and the key the issuer's did:key names
    const multibase = didKeyDocument(did).verificationMethod?.[0]?.publicKeyMultibase as string
    const raw = Buffer.from(base58btc.decode(multibase)).subarray(2)
    const { payload } = await jwtVerify(jwt, await importJWK({ kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url'), alg: 'EdDSA' }, 'EdDSA'), {
      typ: 'vc+jwt'
    })
    expect(payload).toMatchObject({
      issuer: did,
      credentialSubject: { id: MEMBER, country: 'DE' },
      credentialStatus: { statusListCredential: statusUrl, statusListIndex: '0' }
    })
    const vc = await verifyCredential(jwt, { resolver, now: Date.now() })
    expect(membershipFacts(vc)).toEqual({ did: MEMBER, orgId: 'DE-HB-1', orgName: 'Hafenwerke', country: 'DE', attributes: { sector: 'logistics' } })
    await new StatusLists({ clock: systemClock, resolver }).check(vc)
    // revoke: a new status list with the bit set; a verifier reading it refuses the credential
    const revoked = await runCli(['authority', 'revoke', '--authority', auth, '--subject-did', MEMBER])
    expect(revoked.code, revoked.stderr).toBe(0)
    expect(revoked.stdout).toContain('revoked 1 credential(s)')
    await expect(new StatusLists({ clock: systemClock, resolver }).check(vc)).rejects.toMatchObject({ code: 'CREDENTIAL_REVOKED' })
    // neither or both of --peer / --subject-did is a usage error; an unknown DID cannot be revoked
    const both = await runCli(['authority', 'issue', '--authority', auth, '--org-name', 'x', '--org-id', 'y', '--country', 'DE', '--out', join(dir, 'x')])
    expect(both.code).toBe(2)
    const unknown = await runCli(['authority', 'revoke', '--authority', auth, '--subject-did', 'did:web:nobody.example'])
    expect(unknown.code).not.toBe(0)
  })
})
