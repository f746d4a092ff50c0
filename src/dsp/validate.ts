import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js'

/*
 * Every DSP message is checked against the official DSP 2025-1 JSON Schema of its type before
 * hanse acts on it (https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#schemas-contexts).
 * The schemas are vendored unchanged in ./schemas (see its README); tests validate every message
 * hanse sends with the same validators.
 */

const SCHEMA_DIR = fileURLToPath(new URL('./schemas/', import.meta.url))
const ID_BASE = 'https://w3id.org/dspace/2025/1/'

/** Message `@type` (or `VersionResponse`) → schema file, relative to the schema folder. */
export const SCHEMA_OF = {
  VersionResponse: 'common/protocol-version-schema.json',
  CatalogRequestMessage: 'catalog/catalog-request-message-schema.json',
  DatasetRequestMessage: 'catalog/dataset-request-message-schema.json',
  Catalog: 'catalog/catalog-schema.json',
  Dataset: 'catalog/dataset-schema.json',
  CatalogError: 'catalog/catalog-error-schema.json',
  ContractRequestMessage: 'negotiation/contract-request-message-schema.json',
  ContractOfferMessage: 'negotiation/contract-offer-message-schema.json',
  ContractAgreementMessage: 'negotiation/contract-agreement-message-schema.json',
  ContractAgreementVerificationMessage: 'negotiation/contract-agreement-verification-message-schema.json',
  ContractNegotiationEventMessage: 'negotiation/contract-negotiation-event-message-schema.json',
  ContractNegotiationTerminationMessage: 'negotiation/contract-negotiation-termination-message-schema.json',
  ContractNegotiation: 'negotiation/contract-negotiation-schema.json',
  ContractNegotiationError: 'negotiation/contract-negotiation-error-schema.json',
  TransferRequestMessage: 'transfer/transfer-request-message-schema.json',
  TransferStartMessage: 'transfer/transfer-start-message-schema.json',
  TransferCompletionMessage: 'transfer/transfer-completion-message-schema.json',
  TransferSuspensionMessage: 'transfer/transfer-suspension-message-schema.json',
  TransferTerminationMessage: 'transfer/transfer-termination-message-schema.json',
  TransferProcess: 'transfer/transfer-process-schema.json',
  TransferError: 'transfer/transfer-error-schema.json'
} as const

export type DspType = keyof typeof SCHEMA_OF

/** Nesting deeper than this is refused before validation (recursive schemas, the stack). */
export const MAX_DEPTH = 32

let compiled: Map<DspType, ValidateFunction> | undefined

function load(): Map<DspType, ValidateFunction> {
  if (compiled !== undefined) return compiled
  const ajv = new Ajv2019({ strict: false, allErrors: false, validateFormats: false })
  for (const dir of ['common', 'catalog', 'negotiation', 'transfer']) {
    for (const file of readdirSync(join(SCHEMA_DIR, dir)).filter(f => f.endsWith('.json'))) {
      // the published files' one defect (see schemas/README.md): `#definitions/` for `#/definitions/`
      const text = readFileSync(join(SCHEMA_DIR, dir, file), 'utf8').replaceAll('.json#definitions/', '.json#/definitions/')
      ajv.addSchema(JSON.parse(text) as object)
    }
  }
  const out = new Map<DspType, ValidateFunction>()
  for (const [type, file] of Object.entries(SCHEMA_OF) as Array<[DspType, string]>) {
    const fn = ajv.getSchema(ID_BASE + file)
    if (fn === undefined) throw new Error(`DSP schema ${file} did not load`)
    out.set(type, fn)
  }
  compiled = out
  return out
}

/** How deeply `v` nests arrays and objects (iteratively: a hostile body must not blow the stack). */
export function depthOf(v: unknown, limit = MAX_DEPTH + 1): number {
  let max = 0
  const stack: Array<[unknown, number]> = [[v, 0]]
  while (stack.length > 0) {
    const [x, d] = stack.pop() as [unknown, number]
    if (x === null || typeof x !== 'object') continue
    const depth = d + 1
    if (depth > max) max = depth
    if (max >= limit) return max
    for (const child of Array.isArray(x) ? x : Object.values(x)) stack.push([child, depth])
  }
  return max
}

function describe(e: ErrorObject | undefined): string {
  if (e === undefined) return 'is invalid'
  const at = e.instancePath === '' ? '(message)' : e.instancePath.slice(1).replace(/\//g, '.')
  if (e.keyword === 'required') return `${at}: missing '${String((e.params as { missingProperty?: string }).missingProperty)}'`
  if (e.keyword === 'const') return `${at}: must be ${JSON.stringify((e.params as { allowedValue?: unknown }).allowedValue)}`
  return `${at}: ${e.message ?? 'is invalid'}`
}

/**
 * Why `message` is not a valid DSP `type`, or undefined when it is. Too deep a message is
 * refused before the schema sees it.
 */
export function dspProblem(type: DspType, message: unknown): string | undefined {
  if (depthOf(message) > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`
  const fn = load().get(type)
  if (fn === undefined) return `no schema for ${type}`
  if (fn(message)) return undefined
  return `not a valid ${type}: ${describe(fn.errors?.[0])}`
}
