import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ERROR_CODES } from '../errors/index.ts'
import { namesKey } from '../identity/index.ts'
import type { Logger } from '../logging/index.ts'
import type { InboundNegotiation, NegotiationBinding, NegotiationMessage, NegotiationReply, NegotiationState } from '../negotiation/index.ts'
import type { Store } from '../store/index.ts'
import type { DestinationGuard } from './destinations.ts'
import type { DspClient } from './client.ts'
import { fromDspMessage, toDspMessage, type Addressed } from './messages.ts'
import { DspError, errorDocument, type DspRequestContext, type DspRoutes } from './server.ts'
import { DSP_CONTEXT } from './types.ts'
import type { DspType } from './validate.ts'

/*
 * The contract negotiation over DSP's HTTPS binding, both roles, as a NegotiationBinding: the
 * protocol core (state machine, records, outbox, policies, ledger) is the one libp2p uses.
 * Provider endpoints live under `<base>/negotiations`, this node's consumer callbacks under
 * `<base>/callback/negotiations` (the callbackAddress it sends is `<base>/callback`).
 * https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#negotiation-http
 *
 * DSP messages carry no message id; the core's duplicate detection gets a digest of the body,
 * so a counterparty repeating a POST gets the same answer. Where the counterparty is a hanse
 * node (a did:key participant), the agreement's signed bytes and both signatures travel in a
 * `https://w3id.org/hanse/ns#...` property next to the DSP fields; other connectors ignore it.
 */

export interface DspNegotiationComponents {
  client: DspClient
  store: Store
  logger: Logger
  /** This node's participant id. */
  participantId: string
  /** This node's DSP base URL (known once the listener runs). */
  baseUrl: () => string
  /** A process as its counterparty may see it (GET), by local id. */
  lookup: (pid: string) => Promise<{ peer: string; consumerPid: string; providerPid: string; state: NegotiationState } | undefined>
  /** Where a counterparty may send this node: a callback address is checked as it arrives. */
  destinations?: DestinationGuard
}

/** Addresses kept in memory: the providers and the consumers' callbacks of open processes. */
const MAX_CACHED_ADDRESSES = 4096
/** How long a remembered address waits for the write of the negotiation it came with. */
const ADDRESS_LINGER_MS = 20

/** How a refusal from the core maps to DSP: transition errors 400, unknown processes 404. */
function statusOf(code: string): number {
  // a request for an offer that is not there is a bad request, not a missing negotiation
  if (code === 'INVALID_TRANSITION' || code === 'OFFER_NOT_FOUND') return 400
  const status = (ERROR_CODES as Record<string, { status: number } | undefined>)[code]?.status ?? 400
  return status === 409 ? 400 : status
}

/** A stable message id for a DSP body (which has none): a repeated POST is the same message. */
function messageIdOf(path: string, body: unknown): string {
  return `dsp-${createHash('sha256').update(path).update('\n').update(JSON.stringify(body)).digest('hex').slice(0, 48)}`
}

export class DspNegotiationBinding implements NegotiationBinding {
  private readonly c: DspNegotiationComponents
  private receive: InboundNegotiation | undefined
  private readonly addresses = new Map<string, string>()

  constructor(components: DspNegotiationComponents) {
    this.c = components
  }

  async start(receive: InboundNegotiation): Promise<void> {
    this.receive = receive
  }

  async stop(): Promise<void> {
    this.receive = undefined
  }

  /** A DSP participant: anything that is not a libp2p peer ID (those go over libp2p). */
  checkPeer(peer: string): string | undefined {
    if (peer === '' || peer.length > 256 || /[\s\p{Cc}]/u.test(peer)) return `'${peer.slice(0, 64)}' is not a DSP participant id`
    if (/^(12D3Koo|Qm|16Uiu2)[1-9A-HJ-NP-Za-km-z]{40,60}$/.test(peer)) return `'${peer}' is a libp2p peer ID`
    return undefined
  }

  bindingOf(): string {
    return 'dsp'
  }

  localId(): string {
    return this.c.participantId
  }

  signs(peer: string): boolean {
    return namesKey(peer)
  }

  /**
   * The address book, read through a bounded cache: every message sent looks an address up, and
   * a LevelDB read there waited for the synced write in flight (~1 ms per message).
   */
  private async address(key: string): Promise<string | undefined> {
    const cached = this.addresses.get(key)
    if (cached !== undefined) return cached
    const stored = await this.c.store.sublevel<string>('dspaddresses').get(key)
    if (stored !== undefined) this.cache(key, stored)
    return stored
  }

  /**
   * The address joins the store's next batch: the negotiation the message starts is written
   * right after (and lingers), so both land in one write, the address first. A write of its own,
   * awaited before the message was handed on, was a trip through libuv's thread pool on every
   * request's critical path (0.3-0.5 ms here).
   */
  private async remember(key: string, url: string): Promise<void> {
    if (this.addresses.get(key) === url) return
    const addresses = this.c.store.sublevel<string>('dspaddresses')
    await this.c.store.persist(
      b => {
        b.put(key, url, { sublevel: addresses })
      },
      { lingerMs: ADDRESS_LINGER_MS }
    )
    this.cache(key, url)
  }

  private cache(key: string, url: string): void {
    this.addresses.delete(key)
    this.addresses.set(key, url)
    if (this.addresses.size > MAX_CACHED_ADDRESSES) this.addresses.delete(this.addresses.keys().next().value as string)
  }

  /** Remember where a provider lives (from discovery). */
  async rememberProvider(participantId: string, base: string): Promise<void> {
    await this.remember(`p:${participantId}`, base)
  }

  async providerBase(participantId: string): Promise<string | undefined> {
    return await this.address(`p:${participantId}`)
  }

  /**
   * A participant's DSP base: where it provides, or (a hanse consumer, whose callback address is
   * `<base>/callback`) where it hears as a consumer.
   */
  async baseOf(participantId: string): Promise<{ url: string; counterpartyNamed: boolean } | undefined> {
    const provider = await this.providerBase(participantId)
    if (provider !== undefined) return { url: provider, counterpartyNamed: false }
    const prefix = `c:${participantId}:`
    for await (const url of this.c.store.sublevel<string>('dspaddresses').values({ gte: prefix, lt: `${prefix}\xff`, limit: 16 })) {
      if (url.endsWith('/callback')) return { url: url.slice(0, -'/callback'.length), counterpartyNamed: true }
    }
    return undefined
  }

  private async callback(participantId: string, consumerPid: string): Promise<string | undefined> {
    return await this.address(`c:${participantId}:${consumerPid}`)
  }

  async send(peer: string, message: NegotiationMessage, signal: AbortSignal): Promise<NegotiationReply> {
    const toProvider =
      message.kind === 'request' ||
      message.kind === 'accepted' ||
      message.kind === 'verification' ||
      (message.kind === 'termination' && (await this.isConsumerOf(message)))
    const target = toProvider ? await this.providerBase(peer) : await this.callback(peer, message.consumerPid)
    if (target === undefined) return { error: { code: 'PEER_UNREACHABLE', message: `no DSP address known for ${peer}` } }
    const { path, body } = toDspMessage(message, {
      toProvider,
      callbackAddress: `${this.c.baseUrl()}/callback`,
      hanse: this.signs(peer)
    })
    // (a provider's base is where the operator pointed this node; a callback, where the consumer did)
    const res = await this.c.client.request('POST', target + path, body, peer, { signal, counterpartyNamed: !toProvider })
    if (res.status >= 500) throw new Error(`${target}${path} answered ${res.status}`)
    if (res.status >= 200 && res.status < 300) {
      const ack = res.body as Partial<{ consumerPid: string; providerPid: string; state: string }> | undefined
      // the initial request's answer names the provider's pid; other answers' bodies are optional
      const state = typeof ack?.state === 'string' ? (ack.state.replace(/^dspace:/, '') as NegotiationState) : 'REQUESTED'
      return {
        ack: {
          consumerPid: typeof ack?.consumerPid === 'string' ? ack.consumerPid : message.consumerPid,
          providerPid: typeof ack?.providerPid === 'string' ? ack.providerPid : message.providerPid,
          state
        }
      }
    }
    const err = res.body as { code?: unknown; reason?: unknown } | undefined
    const reason = Array.isArray(err?.reason) ? err.reason.map(String).join('; ').slice(0, 1000) : `HTTP ${res.status}`
    const code =
      typeof err?.code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(err.code) ? err.code : res.status === 404 ? 'NEGOTIATION_NOT_FOUND' : 'PEER_ERROR'
    return { error: { code, message: reason } }
  }

  /** A termination goes to the provider when this node is the consumer of the process. */
  private async isConsumerOf(m: NegotiationMessage): Promise<boolean> {
    const mine = await this.c.lookup(m.consumerPid)
    return mine !== undefined && mine.consumerPid === m.consumerPid && mine.providerPid === m.providerPid && m.consumerPid !== ''
  }

  /** The routes: provider endpoints, and this node's consumer callbacks. */
  routes(): DspRoutes {
    return (app: FastifyInstance, ctx: DspRequestContext) => {
      const inbound = (type: DspType, path: string, role: 'provider' | 'consumer', created = false) => {
        return async (req: FastifyRequest, reply: FastifyReply) => {
          const who = ctx.counterparty(req)
          const body = ctx.body<Record<string, unknown>>(req, type)
          const pidParam = (req.params as { pid?: string }).pid
          const mineKey = role === 'provider' ? 'providerPid' : 'consumerPid'
          if (pidParam !== undefined && body[mineKey] !== pidParam)
            throw new DspError('DSP_INVALID_MESSAGE', `${mineKey} in the body differs from the one in the path`, pidsOf(body))
          let message: Addressed
          try {
            message = fromDspMessage(type, body, messageIdOf(path, body))
          } catch (err) {
            throw new DspError('DSP_INVALID_MESSAGE', (err as Error).message, pidsOf(body))
          }
          // an event the other role sends, at this role's endpoint (a consumer's FINALIZED)
          const kind = message.message.kind
          if ((role === 'provider' && kind === 'finalized') || (role === 'consumer' && kind === 'accepted'))
            throw new DspError('INVALID_TRANSITION', `a ${role === 'provider' ? 'consumer' : 'provider'} cannot send ${kind.toUpperCase()}`, pidsOf(body), 400)
          const callback = message.callbackAddress
          if (callback !== undefined) {
            // never stored when this node would not send there (dsp.destinations)
            try {
              this.c.destinations?.checkUrl(callback)
            } catch (err) {
              throw new DspError('DSP_ADDRESS_FORBIDDEN', (err as Error).message, pidsOf(body), 400)
            }
            // a consumer's request names where the consumer hears; a provider's first offer where
            // the provider does (it becomes the provider's address unless one is known)
            if (message.message.kind === 'request') await this.rememberCallback(who.participantId, message.message.consumerPid, callback)
            else if ((await this.providerBase(who.participantId)) === undefined) await this.rememberProvider(who.participantId, callback.replace(/\/+$/, ''))
          }
          const receive = this.receive
          if (receive === undefined) throw new DspError('NODE_STOPPING', 'the node is stopping', pidsOf(body), 503)
          const answer = await receive(message.message, who.participantId)
          // the answer waits one turn of the event loop. The message this one leads to (the
          // agreement, the verification, the finalization) is sent once the same write lands,
          // but node:http's agent hands it a connection only in a process.nextTick, after every
          // callback queued meanwhile: an answer sent at once went out first, and the
          // counterparty read it before the message that was waited for (paired runs of 1,000
          // negotiations: p50 0.24-0.41 ms lower this way). Nothing waits on the answer that soon.
          await new Promise(resolve => setImmediate(resolve))
          if ('error' in answer) {
            const status = statusOf(answer.error.code)
            return reply.status(status).send(errorDocument('negotiations', answer.error.code, answer.error.message, pidsOf(body)))
          }
          return reply.status(created ? 201 : 200).send(negotiationDocument(answer.ack))
        }
      }
      const get = async (req: FastifyRequest) => {
        const who = ctx.counterparty(req)
        const { pid } = req.params as { pid: string }
        const r = await this.c.lookup(pid)
        // a process of another counterparty is answered like one that does not exist
        if (r === undefined || r.peer !== who.participantId) throw new DspError('NEGOTIATION_NOT_FOUND', `no negotiation ${pid.slice(0, 128)}`, {})
        return negotiationDocument(r)
      }
      // provider
      app.get('/negotiations/:pid', get)
      app.post('/negotiations/request', inbound('ContractRequestMessage', '/negotiations/request', 'provider', true))
      app.post('/negotiations/:pid/request', inbound('ContractRequestMessage', '/negotiations/:pid/request', 'provider'))
      app.post('/negotiations/:pid/events', inbound('ContractNegotiationEventMessage', '/negotiations/:pid/events', 'provider'))
      app.post(
        '/negotiations/:pid/agreement/verification',
        inbound('ContractAgreementVerificationMessage', '/negotiations/:pid/agreement/verification', 'provider')
      )
      app.post('/negotiations/:pid/termination', inbound('ContractNegotiationTerminationMessage', '/negotiations/:pid/termination', 'provider'))
      // consumer callbacks
      app.get('/callback/negotiations/:pid', get)
      app.post('/callback/negotiations/offers', inbound('ContractOfferMessage', '/callback/negotiations/offers', 'consumer', true))
      app.post('/callback/negotiations/:pid/offers', inbound('ContractOfferMessage', '/callback/negotiations/:pid/offers', 'consumer'))
      app.post('/callback/negotiations/:pid/agreement', inbound('ContractAgreementMessage', '/callback/negotiations/:pid/agreement', 'consumer'))
      app.post('/callback/negotiations/:pid/events', inbound('ContractNegotiationEventMessage', '/callback/negotiations/:pid/events', 'consumer'))
      app.post(
        '/callback/negotiations/:pid/termination',
        inbound('ContractNegotiationTerminationMessage', '/callback/negotiations/:pid/termination', 'consumer')
      )
    }
  }

  private async rememberCallback(participantId: string, consumerPid: string, url: string): Promise<void> {
    await this.remember(`c:${participantId}:${consumerPid}`, url.replace(/\/+$/, ''))
  }
}

function pidsOf(body: Record<string, unknown>): { consumerPid?: string; providerPid?: string } {
  const s = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 256) : undefined)
  return { consumerPid: s(body.consumerPid), providerPid: s(body.providerPid) }
}

/** The ContractNegotiation document (the ack of every negotiation POST, and the GET). */
export function negotiationDocument(r: { consumerPid: string; providerPid: string; state: string }): Record<string, unknown> {
  return { '@context': [DSP_CONTEXT], '@type': 'ContractNegotiation', consumerPid: r.consumerPid, providerPid: r.providerPid, state: r.state }
}
