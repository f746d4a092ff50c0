import { statSync } from 'node:fs'
import { join } from 'node:path'
import { ApiServer, type NodeStatus } from '../api/index.ts'
import type { NodeConfig } from '../config/index.ts'
import { loadOrCreateToken, TOKEN_FILE } from '../identity/index.ts'
import type { Logger } from '../logging/index.ts'
import type { Metrics } from '../metrics/index.ts'
import type { PeerView } from '../net/index.ts'
import { isLoopback } from './digests.ts'
import type { ReloadResult } from './parts.ts'

/**
 * The admin API with its token (created on first start), after warning about what exposes it:
 * a token file other users can read, a listener beyond this machine. The caller starts it.
 */
export function createApi(c: {
  config: NodeConfig
  logger: Logger
  metrics: Metrics
  version: string
  node: { status: () => Promise<NodeStatus>; peers: () => Promise<PeerView[]>; ready: () => boolean; reload: () => Promise<ReloadResult> }
  routes: ConstructorParameters<typeof ApiServer>[0]['routes']
}): ApiServer {
  const { config, logger } = c
  const token = loadOrCreateToken(config.dataDir)
  const tokenFile = join(config.dataDir, TOKEN_FILE)
  const tokenMode = statSync(tokenFile).mode & 0o777
  if ((tokenMode & 0o077) !== 0)
    logger.warn({ file: tokenFile, mode: tokenMode.toString(8) }, 'the admin token is readable by other users; run chmod 600 on it')
  if (!isLoopback(config.api.host)) {
    logger.warn(
      { host: config.api.host, port: config.api.port },
      'the admin API listens beyond this machine: whoever reaches it with the token controls the node, over plain HTTP; keep api.host on 127.0.0.1 or put a TLS proxy in front'
    )
  }
  return new ApiServer(
    { logger: logger.child({ component: 'api' }), node: c.node, metrics: c.metrics, routes: c.routes },
    { host: config.api.host, port: config.api.port, token, version: c.version }
  )
}
