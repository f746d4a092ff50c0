import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { postDsp, validDsp } from '../dsp-helpers.ts'
import { cleanup, startNode, tempDir, testConfig } from '../helpers.ts'
import type { DspType } from '../../src/dsp/index.ts'

afterEach(cleanup)

const TOKEN = 'examples-token'
const example = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/dsp-2025-1', path), 'utf8'))

/**
 * Every official example message sent to the endpoint that takes it, with the answer hanse gives
 * and why: the examples name processes and agreements this node does not have, so most are
 * refused, each for its stated reason and in the protocol's error body.
 */
const CASES: Array<{ file: string; path: (m: Record<string, unknown>) => string; status: number; code?: string; error: DspType; why: string }> = [
  { file: 'catalog/catalog-request-message.json', path: () => '/catalog/request', status: 200, error: 'CatalogError', why: 'accepted' },
  {
    file: 'negotiation/contract-request-message_initial.json',
    path: () => '/negotiations/request',
    status: 400,
    code: 'OFFER_NOT_FOUND',
    error: 'ContractNegotiationError',
    why: 'no such offer here'
  },
  {
    file: 'negotiation/contract-request-message.json',
    path: m => `/negotiations/${m.providerPid}/request`,
    status: 404,
    code: 'NEGOTIATION_NOT_FOUND',
    error: 'ContractNegotiationError',
    why: 'no such process'
  },
  {
    file: 'negotiation/contract-negotiation-event-message.json',
    path: m => `/negotiations/${m.providerPid}/events`,
    status: 404,
    code: 'NEGOTIATION_NOT_FOUND',
    error: 'ContractNegotiationError',
    why: 'no such process'
  },
  {
    file: 'negotiation/contract-agreement-verification-message.json',
    path: m => `/negotiations/${m.providerPid}/agreement/verification`,
    status: 404,
    code: 'NEGOTIATION_NOT_FOUND',
    error: 'ContractNegotiationError',
    why: 'no such process'
  },
  {
    file: 'negotiation/contract-negotiation-termination-message.json',
    path: m => `/negotiations/${m.providerPid}/termination`,
    status: 404,
    code: 'NEGOTIATION_NOT_FOUND',
    error: 'ContractNegotiationError',
    why: 'no such process'
  },
  {
    file: 'negotiation/contract-offer-message_initial.json',
    path: () => '/callback/negotiations/offers',
    status: 201,
    error: 'ContractNegotiationError',
    why: 'accepted: an offer waiting for the operator'
  },
  {
    file: 'negotiation/contract-offer-message.json',
    path: m => `/callback/negotiations/${m.consumerPid}/offers`,
    status: 404,
    code: 'NEGOTIATION_NOT_FOUND',
    error: 'ContractNegotiationError',
    why: 'no such process'
  },
  {
    file: 'negotiation/contract-agreement-message.json',
    path: m => `/callback/negotiations/${m.consumerPid}/agreement`,
    status: 404,
    code: 'NEGOTIATION_NOT_FOUND',
    error: 'ContractNegotiationError',
    why: 'no such process'
  },
  {
    file: 'negotiation/contract-agreement-message-full.json',
    path: m => `/callback/negotiations/${m.consumerPid}/agreement`,
    status: 400,
    code: 'DSP_INVALID_MESSAGE',
    error: 'ContractNegotiationError',
    why: 'its terms use a left operand `partner` hanse cannot evaluate'
  },
  {
    file: 'transfer/transfer-request-message.json',
    path: () => '/transfers/request',
    status: 400,
    code: 'TRANSFER_FORMAT_UNSUPPORTED',
    error: 'TransferError',
    why: 'push is not offered'
  },
  {
    file: 'transfer/transfer-start-message.json',
    path: m => `/transfers/${m.providerPid}/start`,
    status: 404,
    code: 'TRANSFER_NOT_FOUND',
    error: 'TransferError',
    why: 'no such process'
  },
  {
    file: 'transfer/transfer-completion-message.json',
    path: m => `/transfers/${m.providerPid}/completion`,
    status: 404,
    code: 'TRANSFER_NOT_FOUND',
    error: 'TransferError',
    why: 'no such process'
  },
  {
    file: 'transfer/transfer-suspension-message.json',
    path: m => `/transfers/${m.providerPid}/suspension`,
    status: 404,
    code: 'TRANSFER_NOT_FOUND',
    error: 'TransferError',
    why: 'no such process'
  },
  {
    file: 'transfer/transfer-termination-message.json',
    path: m => `/transfers/${m.providerPid}/termination`,
    status: 404,
    code: 'TRANSFER_NOT_FOUND',
    error: 'TransferError',
    why: 'no such process'
  },
  {
    file: 'transfer/transfer-start-message.json',
    path: m => `/callback/transfers/${m.consumerPid}/start`,
    status: 404,
    code: 'TRANSFER_NOT_FOUND',
    error: 'TransferError',
    why: 'no such process'
  }
]

describe('the official DSP 2025-1 example messages at their endpoints', () => {
  it('each is answered as stated, refusals in the protocol error body', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'token'), `${TOKEN}\n`)
    const node = await startNode(
      testConfig({
        network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
        dsp: {
          enabled: true,
          listen: { host: '127.0.0.1', port: 0 },
          auth: { tokens: [{ participantId: 'urn:example:partner', tokenFile: join(dir, 'token') }] }
        }
      })
    )
    const base = node.parts.dsp.baseUrl
    for (const c of CASES) {
      const body = example(c.file)
      const r = await postDsp(base + c.path(body), body, TOKEN)
      expect(r.status, `${c.file} (${c.why}): ${JSON.stringify(r.body)}`).toBe(c.status)
      if (c.code !== undefined) {
        validDsp(c.error, r.body)
        expect(r.body.code, c.file).toBe(c.code)
      }
    }
    // the example offer is on the table, waiting for the operator
    const [offered] = await node.parts.negotiations.list({ role: 'consumer' })
    expect(offered).toMatchObject({ state: 'OFFERED', peer: 'urn:example:partner', offerId: 'urn:uuid:d526561f-528e-4d5a-ae12-9a9dd9b7a518' })
  })
})
