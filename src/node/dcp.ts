import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Clock } from '../clock/index.ts'
import type { ConfigProblem, NodeConfig } from '../config/index.ts'
import { DcpHolder, DcpVerifier, Libp2pPresentations } from '../dcp/index.ts'
import { DidResolver, decodeJws, didWebPath, nodeDidDocument } from '../did/index.ts'
import { DestinationGuard, privateNetworkNode } from '../dsp/index.ts'
import { HanseError } from '../errors/index.ts'
import { joseKeys, type Identity } from '../identity/index.ts'
import type { Logger } from '../logging/index.ts'
import { StatusLists } from '../vc/index.ts'

/*
 * Standard identity on the DSP binding (Eclipse DCP), as the `identity` config section describes
 * it: the node's DID (a did:web document its DSP listener serves, or a did:key), the credentials
 * it presents through its CredentialService, and a verifier that admits DSP counterparties whose
 * MembershipCredential comes from a trusted issuer.
 */

export interface DcpParts {
  did: string
  /** This node's tokens and CredentialService, when it has a DID or credentials of its own. */
  holder: DcpHolder
  /** Admits counterparties by their credentials, when issuers are trusted. */
  verifier: DcpVerifier | undefined
  resolver: DidResolver
  /** The extra CA (identity.ca), for every HTTPS client of the node's DSP side. */
  ca: string | undefined
  /** Where a counterparty may send this node (dsp.destinations), for DSP and DCP alike. */
  destinations: DestinationGuard
  /** Membership by W3C credentials on libp2p (the membership hello), when issuers are trusted or this node holds credentials. */
  libp2p: Libp2pPresentations | undefined
  /** Routes outside DSP authentication: the DID document (did:web) and the CredentialService. */
  openRoutes: (dspBasePath: string) => Array<{ prefix: string; routes: (app: FastifyInstance) => void }>
}

function readCredential(file: string, key: string, did: string | undefined): string {
  let text: string
  try {
    text = readFileSync(file, 'utf8').trim()
  } catch (err) {
    throw new HanseError('CREDENTIAL_UNREADABLE', `${key}: cannot read ${file}: ${(err as Error).message}`)
  }
  const vc = decodeJws(text)?.payload
  if (vc === undefined) throw new HanseError('CREDENTIAL_MALFORMED', `${key}: ${file} is not a vc+jwt credential (get one with \`hanse authority issue\`)`)
  const subject = (Array.isArray(vc.credentialSubject) ? vc.credentialSubject[0] : vc.credentialSubject) as { id?: unknown } | undefined
  if (did !== undefined && subject?.id !== did)
    throw new HanseError(
      'CREDENTIAL_WRONG_PEER',
      `${key}: ${file} is for ${String(subject?.id)}, not for this node's DID ${did}; set identity.did or ask for a credential for it`
    )
  return text
}

function readCa(file: string): string {
  try {
    const text = readFileSync(file, 'utf8')
    if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new Error('it holds no PEM certificate')
    return text
  } catch (err) {
    throw new HanseError('CONFIG_INVALID', `identity.ca: ${file}: ${(err as Error).message}; point it at a PEM file of CA certificates`)
  }
}

/** This node's DID: configured, else the did:key of its node key. */
export function didOf(config: NodeConfig, identity: Identity): string {
  return config.identity.did ?? joseKeys(identity.privateKey).did
}

/**
 * What is wrong with the files the identity section names, for `hanse config check` (start
 * refuses the same; without `identity.did` the subject is checked at start, against the node key's did:key).
 */
export function identityFileProblems(config: NodeConfig, did: string | undefined): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  for (const [i, f] of config.identity.credentials.entries()) {
    try {
      readCredential(f, `identity.credentials[${i}]`, did)
    } catch (err) {
      problems.push({ path: `identity.credentials[${i}]`, message: (err as Error).message })
    }
  }
  if (config.identity.ca !== undefined) {
    try {
      readCa(config.identity.ca)
    } catch (err) {
      problems.push({ path: 'identity.ca', message: (err as Error).message })
    }
  }
  return problems
}

export function createDcp(c: {
  config: NodeConfig
  identity: Identity
  clock: Clock
  logger: Logger
  /** DIDs and URLs a token may name as this node (its DSP URLs once the listener runs). */
  audiences: () => readonly string[]
  /** The DSP base URL (for the CredentialService entry of the DID document). */
  dspBaseUrl: () => string
}): DcpParts {
  const { config, identity, clock, logger } = c
  const did = didOf(config, identity)
  const keys = joseKeys(identity.privateKey)
  const credentials = config.identity.credentials.map((f, i) => readCredential(f, `identity.credentials[${i}]`, did))
  const ca = config.identity.ca === undefined ? undefined : readCa(config.identity.ca)
  // where a counterparty may send this node: DSP callbacks and data addresses, and here the
  // did:web documents and CredentialServices strangers name (dsp/destinations.ts)
  const destinations = new DestinationGuard({
    privateAllowed: config.dsp.destinations.private === 'allow' || (config.dsp.destinations.private === 'auto' && privateNetworkNode(config.dsp.publicUrl)),
    allow: config.dsp.destinations.allow
  })
  const resolver = new DidResolver({ clock }, { ca, destinations })
  const kid = did.startsWith('did:key:') ? `${did}#${did.slice('did:key:'.length)}` : `${did}#key-1`
  const holder = new DcpHolder(
    { clock, logger: logger.child({ component: 'dcp-holder' }), resolver, credentials: () => credentials },
    { did, kid, key: keys.privateKey, accessTokenMs: 10 * 60_000 }
  )
  const trusted = config.identity.trustedIssuers
  const statusLists = new StatusLists({ clock, resolver }, { ca, cacheMs: config.identity.statusListCacheMs })
  const verifier =
    trusted.length === 0
      ? undefined
      : new DcpVerifier(
          {
            clock,
            logger: logger.child({ component: 'dcp-verifier' }),
            resolver,
            statusLists,
            ownToken: (audience, token) => holder.token(audience, token)
          },
          {
            did,
            audiences: c.audiences,
            trustedIssuers: trusted,
            cacheMs: config.identity.membershipCacheMs,
            recheckMs: config.trust.recheckMs,
            timeoutMs: 5_000,
            maxBytes: 256 * 1024,
            ca,
            destinations
          }
        )
  const libp2p =
    trusted.length === 0 && credentials.length === 0
      ? undefined
      : new Libp2pPresentations(
          { clock, resolver, statusLists },
          { did, kid, key: keys.privateKey, peerId: identity.peerId.toString(), credentials, trustedIssuers: trusted }
        )
  return {
    did,
    holder,
    verifier,
    libp2p,
    resolver,
    ca,
    destinations,
    openRoutes: base => {
      const open: Array<{ prefix: string; routes: (app: FastifyInstance) => void }> = [{ prefix: `${base}/dcp`, routes: holder.routes() }]
      if (did.startsWith('did:web:')) {
        const path = didWebPath(did)
        open.push({
          prefix: dirname(path),
          routes: app => {
            app.get('/did.json', async (_req, reply) =>
              reply.type('application/did+json').send(
                nodeDidDocument({
                  did,
                  publicKey: identity.privateKey.publicKey.raw,
                  credentialService: `${c.dspBaseUrl()}/dcp`,
                  peerId: identity.peerId.toString()
                })
              )
            )
          }
        })
      }
      return open
    }
  }
}
