import type { FastifyInstance } from 'fastify'
import { namesKey } from '../identity/index.ts'
import type { LedgerRemote } from '../ledger/index.ts'
import { hanse } from '../wire/index.ts'
import type { DspClient } from './client.ts'
import { DspError, type DspRequestContext, type DspRoutes } from './server.ts'

/*
 * hanse's ledger protocol (`/hanse/ledger/1.0.0`: checkpoint exchange and audits) between two
 * hanse nodes that meet over DSP: the same protobuf request and response, POSTed to
 * `<base>/hanse/ledger` on the partner's DSP listener, authenticated like any DSP request. Only
 * participants whose id names their key (hanse nodes) can take part: checkpoints are signed.
 * Other connectors have no such ledger; the endpoint answers them 404.
 */

const MAX_REQUEST_BYTES = 64 * 1024
const PATH = '/hanse/ledger'

export function dspLedgerRoutes(c: {
  answer: () => ((req: hanse.v1.LedgerRequest, peer: string) => Promise<hanse.v1.ILedgerResponse>) | undefined
}): DspRoutes {
  return (app: FastifyInstance, ctx: DspRequestContext) => {
    app.addContentTypeParser('application/x-protobuf', { parseAs: 'buffer', bodyLimit: MAX_REQUEST_BYTES }, (_req, body, done) => {
      done(null, body)
    })
    app.post(PATH, async (req, reply) => {
      const who = ctx.counterparty(req)
      const answer = c.answer()
      if (!namesKey(who.participantId) || answer === undefined) throw new DspError('NOT_FOUND', 'no ledger exchange with this participant', {}, 404)
      if (!Buffer.isBuffer(req.body)) throw new DspError('DSP_INVALID_MESSAGE', 'the body must be application/x-protobuf')
      let request: hanse.v1.LedgerRequest
      try {
        request = hanse.v1.LedgerRequest.decode(req.body)
      } catch (err) {
        throw new DspError('DSP_INVALID_MESSAGE', `not a LedgerRequest: ${(err as Error).message}`)
      }
      const res = await answer(request, who.participantId)
      return reply
        .status(200)
        .type('application/x-protobuf')
        .send(Buffer.from(hanse.v1.LedgerResponse.encode(res).finish()))
    })
  }
}

/** The client side: the ledger service's `remote` for DSP participants that are hanse nodes. */
export class DspLedgerRemote implements LedgerRemote {
  private readonly c: {
    client: DspClient
    participantId: string
    baseOf: (participant: string) => Promise<{ url: string; counterpartyNamed: boolean } | undefined>
    isDspPeer: (peer: string) => boolean
  }

  constructor(components: DspLedgerRemote['c']) {
    this.c = components
  }

  reaches(peer: string): boolean {
    return this.c.isDspPeer(peer) && namesKey(peer)
  }

  selfId(): string {
    return this.c.participantId
  }

  async ask(peer: string, request: Uint8Array, signal: AbortSignal): Promise<Uint8Array> {
    const found = await this.c.baseOf(peer)
    if (found === undefined) throw new DspError('PEER_UNREACHABLE', `no DSP address known for ${peer}`)
    const base = found.url
    const res = await this.c.client.postBytes(base + PATH, request, peer, { signal, counterpartyNamed: found.counterpartyNamed })
    if (res.status !== 200) throw new DspError('PEER_UNREACHABLE', `${base}${PATH} answered ${res.status}`)
    return res.body
  }
}
