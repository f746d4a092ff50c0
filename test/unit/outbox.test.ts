import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, onCleanup, tempDir } from '../helpers.ts'
import { Store } from '../../src/store/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import { KeyedLock } from '../../src/lock/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import type { NegotiationBinding } from '../../src/negotiation/binding.ts'
import type { NegotiationReply } from '../../src/negotiation/messages.ts'
import { Outbox, enqueue } from '../../src/negotiation/outbox.ts'
import { blank } from '../../src/negotiation/records.ts'
import { NegotiationRepository } from '../../src/negotiation/repository.ts'

/*
 * The outbox's wait for a reply, on a real store, with the binding stubbed at its narrow `send`:
 * a counterparty that never answers is given up on after requestTimeoutMs (and the message
 * retried later); one that answers leaves no timer behind to abort its signal afterwards.
 */

afterEach(cleanup)

async function setup(
  send: NegotiationBinding['send'],
  delivered: (id: string, reply: NegotiationReply) => void,
  undeliverable: (error: string, code?: string) => void = () => {}
) {
  const store = new Store({ clock: systemClock }, { dataDir: tempDir() })
  await store.start()
  const repository = new NegotiationRepository({ store, busy: () => false })
  const outbox = new Outbox(
    {
      repository,
      locks: new KeyedLock(),
      binding: { send } as NegotiationBinding,
      clock: systemClock,
      logger: silentLogger(),
      delivered: async (id, _messageId, reply) => {
        delivered(id, reply)
      },
      undeliverable: async (_r, error, code) => {
        undeliverable(error, code)
      }
    },
    { retryInitialDelayMs: 60_000, retryMaxDelayMs: 60_000, retryMaxAttempts: 5, requestTimeoutMs: 100 }
  )
  outbox.start()
  onCleanup(async () => {
    outbox.stop()
    await store.stop()
  })
  const r = blank('urn:uuid:c1', 'consumer', 'peer-a', { consumerPid: 'urn:uuid:c1', providerPid: '' }, 'offer', 'data', systemClock.now())
  enqueue(
    r,
    { kind: 'request', consumerPid: r.id, providerPid: '', offerId: 'offer', terms: r.terms, termsId: 'urn:hanse:terms:c1', purposes: [], datasetId: 'data' },
    systemClock.now()
  )
  await repository.save(r)
  return { outbox, repository, id: r.id }
}

describe('Outbox delivery timeout', () => {
  it('a counterparty that never answers is given up on after requestTimeoutMs; the attempt is counted', async () => {
    let signal: AbortSignal | undefined
    const { outbox, repository, id } = await setup(
      async (_peer, _message, s) => {
        signal = s
        return await new Promise<NegotiationReply>((_resolve, reject) => {
          s.addEventListener('abort', () => reject(s.reason as Error))
        })
      },
      () => {
        throw new Error('nothing was answered')
      }
    )
    const t0 = performance.now()
    await outbox.deliver(id)
    expect(performance.now() - t0).toBeGreaterThanOrEqual(90)
    expect(signal?.aborted).toBe(true)
    const r = await repository.get(id)
    expect(r?.outbox?.attempts).toBe(1)
    expect(r?.outbox?.lastError).toContain('timed out')
  })

  it('an answered message leaves no timer behind: its signal is never aborted', async () => {
    let signal: AbortSignal | undefined
    const replies: NegotiationReply[] = []
    const { outbox, id } = await setup(
      async (_peer, message, s) => {
        signal = s
        return { ack: { consumerPid: message.consumerPid, providerPid: 'urn:uuid:p1', state: 'REQUESTED' } }
      },
      (_id, reply) => replies.push(reply)
    )
    await outbox.deliver(id)
    expect(replies).toHaveLength(1)
    await new Promise(resolve => setTimeout(resolve, 250))
    expect(signal?.aborted).toBe(false)
  })

  it('an address this node does not send to ends the process at once with its code; no retry', async () => {
    const ended: Array<{ error: string; code?: string }> = []
    let sends = 0
    const { outbox, id } = await setup(
      async () => {
        sends++
        throw Object.assign(new Error('a counterparty named 127.0.0.2, a loopback address'), { code: 'DSP_ADDRESS_FORBIDDEN' })
      },
      () => {
        throw new Error('nothing was answered')
      },
      (error, code) => ended.push({ error, code })
    )
    await outbox.deliver(id)
    expect(sends).toBe(1)
    expect(ended).toEqual([{ code: 'DSP_ADDRESS_FORBIDDEN', error: expect.stringContaining('127.0.0.2') }])
  })
})
