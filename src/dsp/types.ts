import { CONFIG_DEFAULTS } from '../config/defaults.ts'

/** The DSP version this binding speaks, and its JSON-LD context (compacted messages use it). */
export const DSP_VERSION = '2025-1'
export const DSP_CONTEXT = 'https://w3id.org/dspace/2025/1/context.jsonld'

/** The distribution format of hanse's HTTP data plane (the consumer pulls). */
export const HTTP_PULL = 'HttpData-PULL'

export interface DspInit {
  host: string
  port: number
  /** PEM contents; HTTPS when set. */
  tls?: { cert: string; key: string }
  /** How counterparties reach the listener; default: the bound address. */
  publicUrl?: string
  /** Where the DSP endpoints live under the root (the version document says so). */
  basePath: string
  participantId: string
  maxBodyBytes: number
  requestTimeoutMs: number
  requestsPerMinute: number
  /** Open connections at once, from everyone; more are closed as they arrive. */
  maxConnections: number
  /** Datasets per catalogue page (the binding pages with `Link` headers). */
  catalogPageSize: number
}

const configured = CONFIG_DEFAULTS.dsp

/** The defaults, those an operator can set read from the config schema (the one place they are written). */
export const dspDefaults: Omit<DspInit, 'participantId'> = {
  host: configured.listen.host,
  port: configured.listen.port,
  basePath: `/dsp/${DSP_VERSION}`,
  maxBodyBytes: configured.maxBodyBytes,
  requestTimeoutMs: configured.requestTimeoutMs,
  requestsPerMinute: configured.requestsPerMinute,
  maxConnections: configured.maxConnections,
  catalogPageSize: 100
}
