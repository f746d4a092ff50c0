import type { TransferState } from '../transfer/index.ts'
import type { DataAddress } from './dataplane.ts'
import { DSP_CONTEXT } from './types.ts'

/** A DSP transfer process as stored, both roles. */
export interface DspTransferRecord {
  id: string
  role: 'provider' | 'consumer'
  peer: string
  consumerPid: string
  providerPid: string
  agreementId: string
  datasetId: string
  state: TransferState
  createdAt: number
  /** Provider: the consumer's callback address. Consumer: the provider's DSP base. */
  address: string
  /** Provider: SHA-256 of the bearer token of the data address. */
  tokenSha256?: string
  /** Consumer: where the data is, from the start message. */
  dataAddress?: DataAddress
  /** Consumer: the destination path; the data lands there only once verified. */
  dest?: string
  /** Expected SHA-256 (hanse providers: the agreement's dataset digest), else ''. */
  sha256: string
  bytes: number
  error?: { code: string; message: string }
  loggedState?: TransferState
}

export type TransferMessageType = 'TransferStartMessage' | 'TransferCompletionMessage' | 'TransferTerminationMessage' | 'TransferSuspensionMessage'

export const FINAL: ReadonlySet<TransferState> = new Set(['COMPLETED', 'TERMINATED'])

/**
 * Where a download stops until someone acts: a final state, or a suspension this node made (its
 * disk was full) that waits for its operator. (A suspension by the provider waits for the
 * provider's start message, and a caller waiting for the end goes on waiting.)
 */
export function stopped(r: { state: TransferState; error?: { code: string } }): boolean {
  return FINAL.has(r.state) || (r.state === 'SUSPENDED' && r.error?.code === 'DISK_FULL')
}

export function transferDocument(r: { consumerPid: string; providerPid: string; state: string }): Record<string, unknown> {
  return { '@context': [DSP_CONTEXT], '@type': 'TransferProcess', consumerPid: r.consumerPid, providerPid: r.providerPid, state: r.state }
}

export function pidsOf(r: { consumerPid: string; providerPid: string }): { consumerPid: string; providerPid: string } {
  return { consumerPid: r.consumerPid, providerPid: r.providerPid }
}

export function reasonOf(body: Record<string, unknown>): string {
  const reason = body.reason
  return (Array.isArray(reason) ? reason.map(x => (typeof x === 'string' ? x : JSON.stringify(x))).join('; ') : '').replace(/[\p{Cc}]/gu, ' ').slice(0, 4000)
}

/** The endpoint and token of an HTTP data address, checked. */
export function addressOf(v: unknown): DataAddress | undefined {
  if (typeof v !== 'object' || v === null) return undefined
  const a = v as { endpoint?: unknown; endpointProperties?: Array<{ name?: unknown; value?: unknown }> }
  if (typeof a.endpoint !== 'string' || !/^https?:\/\/\S{1,2040}$/.test(a.endpoint)) return undefined
  const prop = (name: string): string | undefined => {
    const p = (a.endpointProperties ?? []).find(x => x.name === name)
    return typeof p?.value === 'string' && p.value.length <= 4096 ? p.value : undefined
  }
  return { endpoint: a.endpoint, authorization: prop('authorization'), sha256: prop('https://w3id.org/hanse/ns#sha256') }
}
