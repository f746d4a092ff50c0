import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { HanseError } from '../errors/index.ts'
import { summarizeTerms, type Policy } from '../policy/index.ts'
import { verifyExport } from '../negotiation/index.ts'
import { table, collect, short, when } from '../client/format.ts'
import type { CliContext } from './catalog.ts'
import type { ApiClient } from '../client/index.ts'

interface NegotiationView {
  id: string
  role: string
  peer: string
  offerId: string
  state: string
  stateTimestamp: string
  createdAt: string
  purposes: string[]
  terms: Policy
  waitingFor: string | null
  agreementId: string | null
  termination: { code: string; reason: string; by: string } | null
  delivery: { message: string; attempts: number; lastError: string | null } | null
}

function describe(n: NegotiationView): string {
  const lines = [
    `negotiation ${n.id} (${n.role})`,
    `  peer:     ${n.peer}`,
    `  offer:    ${n.offerId}`,
    `  state:    ${n.state}${n.waitingFor !== null ? ` (waiting for ${n.waitingFor})` : ''}`,
    `  terms:    ${summarizeTerms(n.terms)}`
  ]
  if (n.purposes.length > 0) lines.push(`  purposes: ${n.purposes.join(', ')}`)
  if (n.agreementId !== null) lines.push(`  agreement: ${n.agreementId}`)
  if (n.termination !== null)
    lines.push(`  terminated by ${n.termination.by === 'peer' ? 'the peer' : 'this node'}: ${n.termination.code}: ${n.termination.reason}`)
  if (n.delivery !== null)
    lines.push(
      `  delivering ${n.delivery.message}: ${n.delivery.attempts} attempt(s)${n.delivery.lastError !== null ? `, last error: ${n.delivery.lastError}` : ''}`
    )
  return lines.join('\n')
}

/** Exit non-zero with the termination code when a negotiation did not finish. */
function failIfTerminated(n: NegotiationView): void {
  if (n.state === 'TERMINATED') {
    process.exitCode = 1
    process.stderr.write(`hanse: ${n.termination?.code ?? 'TERMINATED'}: ${n.termination?.reason ?? 'the negotiation was terminated'}\n`)
  }
}

/**
 * A full peer ID, or the end of one as tables show it (`…LCt6D8sT`): the one known peer whose
 * ID ends that way. Several or none is a usage error that lists what matched.
 */
export async function resolvePeer(client: ApiClient, given: string): Promise<string> {
  const suffix = given.replace(/^…|^\.\.\./, '')
  if (/^(12D3KooW|Qm)[1-9A-HJ-NP-Za-km-z]{40,}$/.test(suffix)) return suffix
  // a DSP participant id (did:key:…, did:web:…, urn:…) is taken as given
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(given)) return given
  if (suffix.length < 4) throw new HanseError('USAGE', `'${given}' is too short to name a peer; give at least 4 characters of the end of its ID`)
  const { peers } = await client.get<{ peers: Array<{ peerId: string }> }>('/v1/peers')
  const hits = peers.map(p => p.peerId).filter(id => id.endsWith(suffix))
  if (hits.length === 1) return hits[0] as string
  throw new HanseError(
    'USAGE',
    hits.length === 0 ? `no known peer ID ends with '${suffix}'; see hanse peers` : `'${suffix}' ends several peer IDs: ${hits.join(', ')}; give more of it`
  )
}

export function registerNegotiationCommands(program: Command, ctx: CliContext): void {
  program
    .command('negotiate <peer> <offer>')
    .description('ask a peer for one of its offers (with --dsp, <peer> is a DSP connector URL); waits for the agreement unless --no-wait')
    .option('--dsp', 'the peer is a DSP connector (EDC or hanse) named by its URL')
    .option('--purpose <p>', 'declare a purpose (repeatable); the agreement is limited to these', collect, [])
    .option('--uses <n>', 'ask for at most N transfers')
    .option('--days <n>', 'ask for an agreement valid N days')
    .option('--volume <bytes>', 'ask for at most this many bytes in all (e.g. "500 MiB")')
    .option('--no-accept-counter', "do not accept a provider's counter-offer automatically")
    .option('--no-wait', 'return at once with the negotiation in REQUESTED')
    .option('--timeout <ms>', 'how long to wait', '30000')
    .action(
      async (
        peer: string,
        offer: string,
        o: { purpose: string[]; uses?: string; days?: string; volume?: string; acceptCounter: boolean; wait: boolean; timeout: string; dsp?: boolean },
        cmd: Command
      ) => {
        const terms: Record<string, unknown> = {}
        if (o.purpose.length > 0) terms.purposes = o.purpose
        if (o.uses !== undefined) terms.maxUses = positive(o.uses, '--uses')
        if (o.days !== undefined) terms.validFor = `P${positive(o.days, '--days')}D`
        if (o.volume !== undefined) terms.maxVolume = /^\d+$/.test(o.volume) ? Number(o.volume) : o.volume
        const qs = o.wait ? `?wait=true&timeoutMs=${positive(o.timeout, '--timeout')}` : ''
        const client = ctx.client(cmd)
        const common = { offerId: offer, acceptCounterOffers: o.acceptCounter, ...(Object.keys(terms).length > 0 ? { terms } : {}) }
        const { negotiation } =
          o.dsp === true
            ? await client.post<{ negotiation: NegotiationView }>(`/v1/dsp/negotiations${qs}`, { url: peer, ...common })
            : await client.post<{ negotiation: NegotiationView }>(`/v1/negotiations${qs}`, { peer: await resolvePeer(client, peer), ...common })
        if (ctx.json(cmd)) ctx.out({ negotiation })
        else ctx.out(describe(negotiation))
        failIfTerminated(negotiation)
      }
    )

  const neg = program
    .command('negotiations')
    .description('list negotiations (subcommands: show, approve, reject, accept, terminate)')
    .option('--state <s>', 'only this state (REQUESTED, OFFERED, ACCEPTED, AGREED, VERIFIED, FINALIZED, TERMINATED)')
    .option('--role <r>', 'consumer or provider')
    .action(async (o: { state?: string; role?: string }, cmd: Command) => {
      const qs = new URLSearchParams()
      if (o.state !== undefined) qs.set('state', o.state.toUpperCase())
      if (o.role !== undefined) qs.set('role', o.role)
      const { negotiations } = await ctx.client(cmd).get<{ negotiations: NegotiationView[] }>(`/v1/negotiations?${qs.toString()}`)
      if (ctx.json(cmd)) return ctx.out({ negotiations })
      if (negotiations.length === 0) return ctx.out('no negotiations')
      ctx.out(
        table(
          ['ID', 'ROLE', 'PEER', 'OFFER', 'STATE', 'SINCE', 'NOTE'],
          negotiations.map(n => [
            n.id,
            n.role,
            short(n.peer),
            n.offerId,
            n.state,
            n.stateTimestamp,
            n.termination !== null ? `${n.termination.code}` : n.waitingFor !== null ? `waiting for ${n.waitingFor}` : (n.agreementId ?? '')
          ])
        )
      )
    })

  const one = (name: string, description: string, action: (id: string, reason: string | undefined, cmd: Command) => Promise<NegotiationView>): void => {
    neg
      .command(`${name} <id>`)
      .description(description)
      .option('--reason <text>', 'why (terminate, reject)')
      .action(async (id: string, o: { reason?: string }, cmd: Command) => {
        const n = await action(id, o.reason, cmd)
        if (ctx.json(cmd)) ctx.out({ negotiation: n })
        else ctx.out(describe(n))
      })
  }
  const post = async (cmd: Command, path: string, body?: unknown): Promise<NegotiationView> =>
    (await ctx.client(cmd).post<{ negotiation: NegotiationView }>(path, body)).negotiation
  one(
    'show',
    'one negotiation',
    async (id, _r, cmd) => (await ctx.client(cmd).get<{ negotiation: NegotiationView }>(`/v1/negotiations/${encodeURIComponent(id)}`)).negotiation
  )
  one(
    'approve',
    'approve a request waiting for the operator (provider)',
    async (id, _r, cmd) => await post(cmd, `/v1/negotiations/${encodeURIComponent(id)}/approve`)
  )
  one(
    'reject',
    'reject a request waiting for the operator (provider)',
    async (id, reason, cmd) => await post(cmd, `/v1/negotiations/${encodeURIComponent(id)}/reject`, reason === undefined ? {} : { reason })
  )
  one('accept', "accept the provider's counter-offer (consumer)", async (id, _r, cmd) => await post(cmd, `/v1/negotiations/${encodeURIComponent(id)}/accept`))
  one(
    'terminate',
    'end a negotiation',
    async (id, reason, cmd) => await post(cmd, `/v1/negotiations/${encodeURIComponent(id)}/terminate`, reason === undefined ? {} : { reason })
  )

  const agr = program
    .command('agreements')
    .description('list agreements (subcommands: show, verify)')
    .action(async (_o, cmd: Command) => {
      const { agreements } = await ctx
        .client(cmd)
        .get<{ agreements: Array<{ agreementId: string; role: string; peer: string; offerId: string; timestamp: string; validUntil: string | null }> }>(
          '/v1/agreements'
        )
      if (ctx.json(cmd)) return ctx.out({ agreements })
      if (agreements.length === 0) return ctx.out('no agreements')
      ctx.out(
        table(
          ['AGREEMENT', 'ROLE', 'PEER', 'OFFER', 'SIGNED', 'VALID UNTIL'],
          agreements.map(a => [a.agreementId, a.role, short(a.peer), a.offerId, when(a.timestamp), a.validUntil === null ? 'unlimited' : when(a.validUntil)])
        )
      )
    })
  agr
    .command('show <id>')
    .description('one agreement; --json gives the signed bytes, signatures and public keys for offline checks')
    .action(async (id: string, _o, cmd: Command) => {
      const doc = await ctx.client(cmd).get<{
        agreement: {
          agreementId: string
          offerId: string
          datasetId: string
          assigner: string
          assignee: string
          purposes: string[]
          timestamp: string
          validUntil: string | null
          policy: Policy
        }
      }>(`/v1/agreements/${encodeURIComponent(id)}`)
      if (ctx.json(cmd)) return ctx.out(doc)
      const a = doc.agreement
      ctx.out(
        [
          `agreement ${a.agreementId}`,
          `  offer:       ${a.offerId} (dataset ${a.datasetId})`,
          `  provider:    ${a.assigner}`,
          `  consumer:    ${a.assignee}`,
          `  signed:      ${a.timestamp}`,
          `  valid until: ${a.validUntil ?? 'unlimited'}`,
          ...(a.purposes.length > 0 ? [`  purposes:    ${a.purposes.join(', ')}`] : []),
          `  terms:       ${summarizeTerms(a.policy)}`,
          '  signatures:  provider and consumer (export with --json to check them offline)'
        ].join('\n')
      )
    })
  agr
    .command('verify <file>')
    .description('check an exported agreement (hanse agreements show ID --json > FILE) offline')
    .action(async (file: string, _o, cmd: Command) => {
      let doc: unknown
      try {
        doc = JSON.parse(readFileSync(file, 'utf8'))
      } catch (err) {
        throw new HanseError('AGREEMENT_INVALID', `cannot read ${file}: ${(err as Error).message}`)
      }
      const view = await verifyExport(doc)
      if (ctx.json(cmd)) return ctx.out({ valid: true, agreement: view })
      ctx.out(`${file}: valid agreement ${view.agreementId}\n  provider ${view.assigner}: signature ok\n  consumer ${view.assignee}: signature ok`)
    })
}

function positive(s: string, flag: string): number {
  if (!/^\d+$/.test(s) || Number(s) < 1) throw new HanseError('BAD_ARGUMENT', `${flag}: '${s}' is not a whole number >= 1`)
  return Number(s)
}
