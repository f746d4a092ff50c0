import { afterEach, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, request } from 'node:https'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exportJWK, generateKeyPair, SignJWT, decodeJwt } from 'jose'
import { cleanup, freePort, onCleanup, startNode, tempDir, testConfig } from '../helpers.ts'
import { vcAuthority } from '../vc-helpers.ts'

/*
 * A third-party-style DSP client (no hanse code on its side: jose, node:https, JSON) reaches a
 * hanse provider with DIDs and credentials only, as an EDC with DCP would: its Self-Issued ID
 * Token, its own did:web document and CredentialService, a vp+jwt of its MembershipCredential.
 */

afterEach(cleanup)

const TLS = fileURLToPath(new URL('../fixtures/tls/', import.meta.url))
const cert = readFileSync(join(TLS, 'dsp-test.crt'), 'utf8')
const key = readFileSync(join(TLS, 'dsp-test.key'), 'utf8')
const DSP = 'https://w3id.org/dspace/2025/1/context.jsonld'

async function httpsJson(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  return await new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', ca: cert, headers: { 'content-type': 'application/json', ...headers } }, res => {
      let text = ''
      res.on('data', (c: Buffer) => {
        text += c.toString()
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text) }))
    })
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

describe('a third-party DSP client with a DID and a credential', () => {
  it('gets the catalogue with its Self-Issued ID Token and presentation; without a credential it does not', async () => {
    const auth = await vcAuthority()
    // the provider: a hanse node with a did:web on its HTTPS listener, trusting the authority
    const dir = tempDir()
    const pport = await freePort()
    const providerDid = `did:web:localhost%3A${pport}`
    writeFileSync(join(dir, 'data.csv'), 'a,b\n1,2\n')
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'open.yaml'), 'permissions:\n  - action: use\n')
    auth.issueTo(providerDid, join(dir, 'provider.vc.jwt'), { orgName: 'Provider AG', country: 'DE' })
    await startNode(
      testConfig({
        name: 'provider',
        network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
        identity: { did: providerDid, credentials: [join(dir, 'provider.vc.jwt')], trustedIssuers: [auth.did], ca: join(TLS, 'dsp-test.crt') },
        policies: { dir: join(dir, 'policies') },
        datasets: [{ id: 'data', title: 'Data', source: join(dir, 'data.csv'), offers: [{ id: 'data', policy: 'open' }] }],
        dsp: {
          enabled: true,
          listen: { host: '127.0.0.1', port: pport },
          tls: { cert: join(TLS, 'dsp-test.crt'), key: join(TLS, 'dsp-test.key') },
          publicUrl: `https://localhost:${pport}`
        }
      })
    )

    // the client: its key, its did:web document and CredentialService on its own HTTPS server
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' })
    const cport = await freePort()
    const did = `did:web:localhost%3A${cport}`
    const kid = `${did}#key-1`
    const credentials: string[] = []
    const issuedTokens = new Set<string>()
    const server = createServer({ key, cert }, (req, res) => {
      let text = ''
      req.on('data', (c: Buffer) => {
        text += c.toString()
      })
      req.on('end', async () => {
        if (req.method === 'GET' && req.url === '/.well-known/did.json') {
          const doc = {
            '@context': ['https://www.w3.org/ns/did/v1'],
            id: did,
            verificationMethod: [{ id: kid, type: 'JsonWebKey2020', controller: did, publicKeyJwk: await exportJWK(publicKey) }],
            authentication: [kid],
            capabilityInvocation: [kid],
            service: [{ id: `${did}#cs`, type: 'CredentialService', serviceEndpoint: `https://localhost:${cport}/cs` }]
          }
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc))
          return
        }
        if (req.method === 'POST' && req.url === '/cs/presentations/query') {
          // the verifier's token must carry an access token this client handed out
          const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
          const claims = decodeJwt(bearer)
          if (typeof claims.token !== 'string' || !issuedTokens.has(claims.token)) {
            res.writeHead(401).end()
            return
          }
          const query = JSON.parse(text) as { scope: string[] }
          const wanted = query.scope.includes('org.eclipse.dspace.dcp.vc.type:MembershipCredential')
          const presentation =
            wanted && credentials.length > 0
              ? [
                  await new SignJWT({
                    '@context': ['https://www.w3.org/ns/credentials/v2'],
                    type: ['VerifiablePresentation'],
                    holder: did,
                    verifiableCredential: credentials.map(c => ({
                      '@context': ['https://www.w3.org/ns/credentials/v2'],
                      id: `data:application/vc+jwt,${c}`,
                      type: 'EnvelopedVerifiableCredential'
                    }))
                  })
                    .setProtectedHeader({ alg: 'EdDSA', typ: 'vp+jwt', kid })
                    .setIssuer(did)
                    .setAudience(claims.iss as string)
                    .setIssuedAt()
                    .setExpirationTime('5m')
                    .setJti(randomUUID())
                    .sign(privateKey)
                ]
              : []
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ '@context': ['https://w3id.org/dspace-dcp/v1.0/dcp.jsonld'], type: 'PresentationResponseMessage', presentation }))
          return
        }
        res.writeHead(404).end()
      })
    })
    await new Promise<void>(resolve => server.listen(cport, '127.0.0.1', resolve))
    onCleanup(async () => {
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    })
    const selfIssued = async (): Promise<string> => {
      const access = randomUUID()
      issuedTokens.add(access)
      return await new SignJWT({ token: access })
        .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid })
        .setIssuer(did)
        .setSubject(did)
        .setAudience(providerDid)
        .setIssuedAt()
        .setExpirationTime('2m')
        .setJti(randomUUID())
        .sign(privateKey)
    }
    const catalogRequest = { '@context': [DSP], '@type': 'CatalogRequestMessage' }
    const url = `https://localhost:${pport}/dsp/2025-1/catalog/request`

    // no credential yet: refused
    const refused = await httpsJson(url, catalogRequest, { authorization: `Bearer ${await selfIssued()}` })
    expect(refused.status).toBe(401)
    expect(refused.body['@type']).toBe('CatalogError')

    // with a MembershipCredential from the trusted issuer: the catalogue, with the offer
    const file = join(dir, 'client.vc.jwt')
    auth.issueTo(did, file, { orgName: 'Third Party GmbH', country: 'DE' })
    credentials.push(readFileSync(file, 'utf8').trim())
    const ok = await httpsJson(url, catalogRequest, { authorization: `Bearer ${await selfIssued()}` })
    expect(ok.status, JSON.stringify(ok.body)).toBe(200)
    expect(ok.body['@type']).toBe('Catalog')
    expect(ok.body.participantId).toBe(providerDid)
    expect(JSON.stringify(ok.body.dataset)).toContain('"data"')
  })
})
