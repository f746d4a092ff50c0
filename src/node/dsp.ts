import { readFileSync } from 'node:fs'
import type { Clock } from '../clock/index.ts'
import type { ConfigProblem, NodeConfig } from '../config/index.ts'
import { createSecureContext } from 'node:tls'
import {
  AnyOf,
  DspClient,
  DspNegotiationBinding,
  DspServer,
  DspLedgerRemote,
  DspTransfers,
  SelfIssuedTokens,
  StaticTokens,
  dspAdminRoutes,
  dspCatalog,
  dspCatalogRoutes,
  dspDataRoutes,
  dspTransferRoutes,
  dspDefaults,
  dspLedgerRoutes,
  TckTrigger,
  readTokenFile,
  type DspAuthenticator,
  type DspCatalogSource
} from '../dsp/index.ts'
import type { NegotiationManager } from '../negotiation/index.ts'
import type { Policy } from '../policy/index.ts'
import type { Store } from '../store/index.ts'
import { fileSystemProbe, spaceCheck } from '../transfer/index.ts'
import type { DatasetRegistry } from '../catalog/index.ts'
import type { LedgerService, UsageLog } from '../ledger/index.ts'
import { HanseError } from '../errors/index.ts'
import type { DcpParts } from './dcp.ts'
import { joseKeys, type Identity } from '../identity/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'

/** This node's DSP participant id: its DID (identity.did), else dsp.participantId, else the did:key of the node key. */
export function participantIdOf(config: NodeConfig, identity: Identity): string {
  return config.identity.did ?? config.dsp.participantId ?? joseKeys(identity.privateKey).did
}

function readPem(file: string, key: 'cert' | 'key'): string {
  try {
    const text = readFileSync(file, 'utf8')
    if (!text.includes('-----BEGIN ')) throw new Error('it is not a PEM file')
    return text
  } catch (err) {
    throw new HanseError(
      'DSP_TLS_INVALID',
      `dsp.tls.${key} ${file}: ${(err as Error).message}; point it at a PEM ${key === 'cert' ? 'certificate' : 'private key'}`
    )
  }
}

export interface DspParts {
  server: DspServer
  client: DspClient
  negotiation: DspNegotiationBinding
  transfers: DspTransfers
  /** The ledger protocol with DSP participants that are hanse nodes (the ledger service's remote). */
  ledgerRemote: DspLedgerRemote
  /** DIDs and credentials (DCP): this node's tokens and CredentialService, the verifier of others. */
  dcp: DcpParts
  /** The DSP TCK's trigger for its consumer scenarios, when `dsp.tck.enabled`. */
  tck?: TckTrigger
  /** Admin API routes of hanse as a DSP consumer (the manager is known once built). */
  adminRoutes: (negotiations: NegotiationManager) => ReturnType<typeof dspAdminRoutes>
}

/** A token file's content, or DSP_TOKEN_FILE_INVALID naming the config key. */
function tokenOf(key: string, file: string): string {
  try {
    return readTokenFile(file)
  } catch (err) {
    throw new HanseError('DSP_TOKEN_FILE_INVALID', `${key}: ${(err as Error).message}`)
  }
}

/**
 * What is wrong with the files the dsp section names (token files, TLS certificate and key), for
 * `hanse config check`; `createDsp` refuses the same at start.
 */
export function dspFileProblems(config: NodeConfig): ConfigProblem[] {
  const dsp = config.dsp
  if (!dsp.enabled) return []
  const problems: ConfigProblem[] = []
  const check = (path: string, read: () => unknown): void => {
    try {
      read()
    } catch (err) {
      problems.push({ path, message: (err as Error).message })
    }
  }
  for (const [i, t] of dsp.auth.tokens.entries()) check(`dsp.auth.tokens[${i}].tokenFile`, () => readTokenFile(t.tokenFile))
  for (const [i, t] of dsp.auth.send.entries()) check(`dsp.auth.send[${i}].tokenFile`, () => readTokenFile(t.tokenFile))
  const tls = dsp.tls
  if (tls !== undefined) check('dsp.tls', () => createSecureContext({ cert: readPem(tls.cert, 'cert'), key: readPem(tls.key, 'key') }))
  return problems
}

/**
 * The DSP binding as the config describes it (read once at start: a change needs a restart):
 * the listener, the client, and the negotiation binding the manager routes DSP participants to.
 */
export function createDsp(components: {
  config: NodeConfig
  identity: Identity
  catalog: DspCatalogSource
  store: Store
  logger: Logger
  metrics: Metrics
  clock: Clock
  /** The negotiation manager, once built (the binding is built before it). */
  negotiations: () => NegotiationManager | undefined
  datasets: Pick<DatasetRegistry, 'datasets'>
  ledger?: UsageLog
  /** The ledger service, once built: answers ledger requests and swaps checkpoints. */
  ledgerService: () => LedgerService | undefined
  /** DIDs and credentials (built by the node: libp2p membership uses them too). */
  dcp: DcpParts
  /** Told where the listener is, once built (the DCP parts name it as audience and CredentialService). */
  listening: (server: DspServer) => void
}): DspParts {
  const { config, identity, catalog, logger, metrics, clock } = components
  const dsp = config.dsp
  const participantId = participantIdOf(config, identity)
  const tokens = dsp.auth.tokens.map((t, i) => ({ participantId: t.participantId, token: tokenOf(`dsp.auth.tokens[${i}].tokenFile`, t.tokenFile) }))
  const authenticators: DspAuthenticator[] = []
  if (tokens.length > 0) authenticators.push(new StaticTokens(tokens))
  let server: DspServer | undefined
  // a token names this node as its audience by participant id or by DSP base URL (a consumer
  // that has not yet seen our catalogue knows only the URL)
  const audiences = (): readonly string[] => (server === undefined ? [participantId] : [participantId, server.baseUrl, server.publicUrl])
  const dcp = components.dcp
  if (dcp.verifier !== undefined) {
    // with trusted issuers, a self-issued token alone admits no one: it must come with a credential
    authenticators.push(dcp.verifier)
  } else if (dsp.auth.selfIssued) {
    authenticators.push(new SelfIssuedTokens({ clock }, { audiences, maxReplayEntries: 100_000 }))
  }
  // what this node sends: a configured static token for the counterparty's URL, else a
  // self-issued token of its did:key for the counterparty (participant id or URL)
  const sendTokens = dsp.auth.send.map((t, i) => ({ url: t.url, token: tokenOf(`dsp.auth.send[${i}].tokenFile`, t.tokenFile) }))
  // where counterparties may send this node (callback and data addresses): see destinations.ts
  const destinations = dcp.destinations
  const client = new DspClient(
    {
      authorization: async (url, audience) => {
        const configured = sendTokens.find(t => url.startsWith(t.url))
        if (configured !== undefined) return configured.token
        // a Self-Issued ID Token of this node's DID, with an access token for its CredentialService
        return `Bearer ${dcp.holder.token(audience)}`
      }
    },
    { ca: dcp.ca, destinations }
  )
  const negotiation = new DspNegotiationBinding({
    client,
    store: components.store,
    logger: logger.child({ component: 'negotiation-dsp' }),
    participantId,
    baseUrl: () => (server as DspServer).baseUrl,
    lookup: async pid => {
      const r = await components.negotiations()?.get(pid)
      return r === undefined ? undefined : { peer: r.peer, consumerPid: r.consumerPid, providerPid: r.providerPid, state: r.state }
    },
    destinations
  })
  const transfers = new DspTransfers({
    store: components.store,
    client,
    clock,
    logger: logger.child({ component: 'transfer-dsp' }),
    ledger: components.ledger,
    agreement: async id => await components.negotiations()?.agreement(id),
    dataset: id => components.datasets.datasets.find(d => d.id === id),
    members: participant => components.dcp.verifier?.facts(participant),
    ca: components.dcp.ca,
    providerBase: async participant => await negotiation.providerBase(participant),
    baseUrl: () => (server as DspServer).baseUrl,
    receiveDir: config.transfer.receiveDir,
    dataDir: config.dataDir,
    space: spaceCheck(fileSystemProbe, { dataDir: config.dataDir, reserveBytes: config.transfer.diskReserveBytes }),
    destinations,
    exchange: async (peer, info) => {
      await components.ledgerService()?.exchange(peer, info)
    }
  })
  server = new DspServer(
    {
      logger: logger.child({ component: 'dsp' }),
      authenticator: new AnyOf(authenticators),
      routes: [
        dspCatalogRoutes(catalog, { pageSize: dspDefaults.catalogPageSize, members: participant => dcp.verifier?.facts(participant) }),
        negotiation.routes(),
        dspTransferRoutes(transfers),
        dspLedgerRoutes({
          answer: () => {
            const service = components.ledgerService()
            return service === undefined ? undefined : async (req, peer) => await service.answer(req, peer)
          }
        })
      ],
      dataRoutes: dspDataRoutes(transfers),
      openRoutes: dcp.openRoutes(dspDefaults.basePath),
      requests: (area, status) => metrics.dspRequests.inc({ area, status: `${Math.floor(status / 100)}xx` })
    },
    {
      ...dspDefaults,
      host: dsp.listen.host,
      port: dsp.listen.port,
      tls: dsp.tls === undefined ? undefined : { cert: readPem(dsp.tls.cert, 'cert'), key: readPem(dsp.tls.key, 'key') },
      publicUrl: dsp.publicUrl,
      participantId,
      maxBodyBytes: dsp.maxBodyBytes,
      requestTimeoutMs: dsp.requestTimeoutMs,
      requestsPerMinute: dsp.requestsPerMinute,
      maxConnections: dsp.maxConnections
    }
  )
  components.listening(server)
  // a DSP counterparty whose membership ends (revoked, expired) gets no more data
  dcp.verifier?.on('ended', (participant, error) => {
    void transfers.endFor(participant, error).then(n => {
      if (n > 0) logger.warn({ participant, code: error.code, transfers: n }, 'ended the transfers of a former member')
    })
  })
  const ledgerRemote = new DspLedgerRemote({
    client,
    participantId,
    baseOf: async participant => await negotiation.baseOf(participant),
    isDspPeer: peer => negotiation.checkPeer(peer) === undefined
  })
  const manager = (): NegotiationManager => {
    const m = components.negotiations()
    if (m === undefined) throw new HanseError('NODE_NOT_RUNNING', 'the negotiation manager is not running')
    return m
  }
  const tck = !dsp.tck.enabled
    ? undefined
    : new TckTrigger(
        {
          logger: logger.child({ component: 'dsp-tck' }),
          negotiate: async o => {
            await negotiation.rememberProvider(o.providerId, o.base)
            const r = await manager().request({ peer: o.providerId, offerId: o.offerId, knownOffer: { policy: o.policy, dataset: { id: o.datasetId } } })
            return r.consumerPid
          },
          transfer: async o => {
            const agreement = await manager().agreement(o.agreementId)
            // the TCK names an agreement this node made with that provider, or none
            if (agreement === undefined || agreement.role !== 'consumer' || agreement.peer !== o.providerId)
              throw new HanseError('AGREEMENT_NOT_FOUND', `no agreement ${o.agreementId} with ${o.providerId} as consumer`)
            await negotiation.rememberProvider(o.providerId, o.base)
            return (await transfers.fetch(o.agreementId)).consumerPid
          }
        },
        { host: dsp.tck.host, port: dsp.tck.port }
      )
  return {
    server,
    client,
    negotiation,
    transfers,
    ledgerRemote,
    dcp,
    tck,
    adminRoutes: negotiations => dspAdminRoutes({ client, binding: negotiation, negotiations, transfers })
  }
}

/** A DSP provider's offer, read from its catalogue (the consumer needs its terms to ask for it). */
export async function dspOffer(dsp: DspParts, participantId: string, offerId: string): Promise<{ policy: Policy; dataset: { id: string } } | undefined> {
  const base = await dsp.negotiation.providerBase(participantId)
  if (base === undefined) return undefined
  const view = await dspCatalog(dsp.client, base)
  const offer = view.offers.find(o => o.offerId === offerId)
  return offer?.policy == null ? undefined : { policy: offer.policy, dataset: { id: offer.datasetId } }
}
