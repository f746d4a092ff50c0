import { readFileSync } from 'node:fs'
import type { Clock } from '../clock/index.ts'
import type { NodeConfig } from '../config/index.ts'
import {
  AnyOf,
  DspServer,
  SelfIssuedTokens,
  StaticTokens,
  dspCatalogRoutes,
  dspDefaults,
  readTokenFile,
  type DspAuthenticator,
  type DspCatalogSource
} from '../dsp/index.ts'
import { HanseError } from '../errors/index.ts'
import { joseKeys, type Identity } from '../identity/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'

/** This node's DSP participant id: configured, else the did:key of the node key. */
export function participantIdOf(config: NodeConfig, identity: Identity): string {
  return config.dsp.participantId ?? joseKeys(identity.privateKey).did
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

/** The DSP listener as the config describes it (read once at start: a change needs a restart). */
export function createDsp(components: {
  config: NodeConfig
  identity: Identity
  catalog: DspCatalogSource
  logger: Logger
  metrics: Metrics
  clock: Clock
}): DspServer {
  const { config, identity, catalog, logger, metrics, clock } = components
  const dsp = config.dsp
  const participantId = participantIdOf(config, identity)
  const tokens = dsp.auth.tokens.map((t, i) => {
    try {
      return { participantId: t.participantId, token: readTokenFile(t.tokenFile) }
    } catch (err) {
      throw new HanseError('DSP_TOKEN_FILE_INVALID', `dsp.auth.tokens[${i}].tokenFile: ${(err as Error).message}`)
    }
  })
  const authenticators: DspAuthenticator[] = []
  if (tokens.length > 0) authenticators.push(new StaticTokens(tokens))
  let server: DspServer | undefined
  if (dsp.auth.selfIssued) {
    // a token names this node as its audience by participant id or by DSP base URL (a consumer
    // that has not yet seen our catalogue knows only the URL)
    authenticators.push(
      new SelfIssuedTokens(
        { clock },
        { audiences: () => (server === undefined ? [participantId] : [participantId, server.baseUrl, server.publicUrl]), maxReplayEntries: 100_000 }
      )
    )
  }
  server = new DspServer(
    {
      logger: logger.child({ component: 'dsp' }),
      authenticator: new AnyOf(authenticators),
      routes: [dspCatalogRoutes(catalog, { pageSize: dspDefaults.catalogPageSize })],
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
      requestsPerMinute: dsp.requestsPerMinute
    }
  )
  return server
}
