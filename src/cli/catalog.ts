import type { Command } from 'commander'
import { peerIdFromString } from '@libp2p/peer-id'
import { HanseError } from '../errors/index.ts'
import { evaluatePolicy, loadPolicyDir, loadPolicyFile, summarizeTerms, toOdrl, type PolicyContext, type Policy } from '../policy/index.ts'
import type { NodeConfig } from '../config/index.ts'
import type { ApiClient } from '../client/index.ts'
import { table, bytes, collect, short } from '../client/format.ts'
import type { FederatedCatalog, RemoteOffer } from '../catalog/index.ts'
import type { DspCatalogView } from '../dsp/index.ts'

export interface CliContext {
  config: (cmd: Command) => NodeConfig
  client: (cmd: Command) => ApiClient
  json: (cmd: Command) => boolean
  out: (value: unknown) => void
}

function offerRows(offers: RemoteOffer[], withPeer: boolean): string[][] {
  return offers.map(o => [
    ...(withPeer ? [short(o.peer)] : []),
    o.offerId,
    o.dataset.title,
    bytes(o.dataset.byteSize) + (o.dataset.directory ? ` (${o.dataset.fileCount} files)` : ''),
    (o.manualApproval ? '[manual approval] ' : '') + summarizeTerms(o.policy)
  ])
}

export function registerCatalogCommands(program: Command, ctx: CliContext): void {
  program
    .command('catalog')
    .description("show other nodes' offers: one peer's (--peer) or every connected peer's")
    .option('--peer <id>', 'only this peer')
    .option('--q <words>', 'keyword filter')
    .option('--refresh', 'do not use the cached federated catalogue')
    .option('--dsp <url>', "a DSP connector's catalogue (EDC or hanse), by its URL")
    .action(async (o: { peer?: string; q?: string; refresh?: boolean; dsp?: string }, cmd: Command) => {
      if (o.dsp !== undefined) {
        const filter = o.q?.split(/\s+/).filter(w => w !== '')
        const { catalog } = await ctx
          .client(cmd)
          .post<{ catalog: DspCatalogView }>('/v1/dsp/catalog', { url: o.dsp, ...(filter === undefined ? {} : { filter }) })
        if (ctx.json(cmd)) return ctx.out({ catalog })
        const head = `participant ${catalog.participantId} at ${catalog.base}`
        if (catalog.offers.length === 0) return ctx.out(`${head}\nno offers for this node${o.q !== undefined ? ` matching '${o.q}'` : ''}`)
        return ctx.out(
          `${head}\n${table(
            ['OFFER', 'DATASET', 'TITLE', 'TERMS'],
            catalog.offers.map(x => [x.offerId, x.datasetId, x.title, x.summary])
          )}`
        )
      }
      const qs = new URLSearchParams()
      if (o.peer !== undefined) qs.set('peer', o.peer)
      if (o.q !== undefined) qs.set('q', o.q)
      if (o.refresh === true) qs.set('refresh', 'true')
      const res = await ctx.client(cmd).get<FederatedCatalog | { peer: string; offers: RemoteOffer[] }>(`/v1/catalog?${qs.toString()}`)
      if (ctx.json(cmd)) return ctx.out(res)
      const offers = res.offers
      const lines: string[] = []
      if (offers.length === 0)
        lines.push(
          o.peer !== undefined ? `peer ${o.peer} offers nothing to this node${o.q !== undefined ? ` matching '${o.q}'` : ''}` : 'no offers from connected peers'
        )
      else lines.push(table([...(o.peer === undefined ? ['PEER'] : []), 'OFFER', 'TITLE', 'SIZE', 'TERMS'], offerRows(offers, o.peer === undefined)))
      if ('peers' in res) {
        lines.push('', `${res.peers.length} peer(s) asked${res.cached ? ' (cached)' : ''}, ${res.failed.length} did not answer`)
        for (const p of res.peers.filter(x => !x.ok)) lines.push(`  ${p.peer}: ${p.error?.code ?? 'ERROR'} ${p.error?.message ?? ''}`)
      }
      ctx.out(lines.join('\n'))
    })

  program
    .command('datasets')
    .description("this node's datasets and offers")
    .action(async (_o, cmd: Command) => {
      const res = await ctx.client(cmd).get<{
        datasets: Array<{
          id: string
          title: string
          byteSize: number
          fileCount: number
          directory: boolean
          sha256: string
          offers: Array<{ id: string; policy: string; approval: string }>
        }>
      }>('/v1/datasets')
      if (ctx.json(cmd)) return ctx.out(res)
      if (res.datasets.length === 0) return ctx.out('no datasets configured (see datasets: in the node config)')
      ctx.out(
        table(
          ['DATASET', 'TITLE', 'SIZE', 'SHA-256', 'OFFERS'],
          res.datasets.map(d => [
            d.id,
            d.title,
            bytes(d.byteSize) + (d.directory ? ` (${d.fileCount} files)` : ''),
            d.sha256.slice(0, 12),
            d.offers.map(x => `${x.id} → ${x.policy}${x.approval === 'manual' ? ' (manual)' : ''}`).join(', ')
          ])
        )
      )
    })

  const policy = program.command('policy').description('check, explain and export policies (offline, from the config files)')

  policy
    .command('check <file>')
    .description('validate a policy file')
    .action(async (file: string, _o, cmd: Command) => {
      const p = loadPolicyFile(file)
      if (ctx.json(cmd)) return ctx.out({ ok: true, policy: p })
      ctx.out(`${file}: ok (policy ${p.name}: ${summarizeTerms(p)})`)
    })

  policy
    .command('export <name>')
    .description('print a policy as ODRL JSON-LD')
    .action(async (name: string, _o, cmd: Command) => {
      ctx.out(toOdrl(policyByName(ctx.config(cmd), name)))
    })

  policy
    .command('explain <name>')
    .description('is a peer allowed under a policy, and why not? (exit 1 when denied)')
    .requiredOption('--peer <id>', 'the consumer peer ID')
    .option('--purpose <p>', 'declared purpose (repeatable)', collect, [])
    .option('--at <time>', 'evaluate at this ISO 8601 time (default: now)')
    .option('--agreed-at <time>', 'when the agreement was made (for elapsedTime)')
    .option('--count <n>', 'transfers under the agreement, counting this one')
    .option('--volume <bytes>', 'bytes transferred under the agreement')
    .option('--member-country <cc>', 'member country from the credential')
    .option('--member-org <id>', 'member organisation id')
    .option('--member-attr <key=value>', 'credential attribute (repeatable)', collect, [])
    .action(async (name: string, o: ExplainOptions, cmd: Command) => {
      const p = policyByName(ctx.config(cmd), name)
      const { context, assumed } = explainContext(o)
      const scopes = (['catalog', 'negotiation', 'transfer'] as const).map(scope => ({ scope, ...evaluatePolicy(p, scope, context) }))
      const allowed = scopes.every(s => s.allowed)
      if (ctx.json(cmd)) ctx.out({ policy: name, context, assumed, allowed, scopes })
      else {
        const label = { catalog: 'see the offer (access)', negotiation: 'get an agreement', transfer: 'transfer now' }
        ctx.out(
          [
            `policy ${name} for peer ${context.peer} at ${new Date(context.now).toISOString()}: ${allowed ? 'ALLOWED' : 'DENIED'}`,
            ...scopes.flatMap(s => [`  ${label[s.scope]}: ${s.allowed ? 'yes' : 'no'}`, ...s.reasons.map(r => `    - ${r}`)]),
            ...(assumed.length > 0 ? [`  assumed (not given): ${assumed.join('; ')}`] : [])
          ].join('\n')
        )
      }
      if (!allowed) process.exitCode = 1
    })
}

function policyByName(cfg: NodeConfig, name: string): Policy {
  const all = loadPolicyDir(cfg.policies.dir)
  const p = all.get(name)
  if (p === undefined) throw new HanseError('POLICY_NOT_FOUND', `no policy '${name}' in ${cfg.policies.dir}; known: ${[...all.keys()].join(', ') || '(none)'}`)
  return p
}

function parseTime(s: string | undefined, flag: string): number | undefined {
  if (s === undefined) return undefined
  const t = Date.parse(s)
  if (Number.isNaN(t)) throw new HanseError('BAD_ARGUMENT', `${flag}: '${s}' is not an ISO 8601 time`)
  return t
}

function parseCount(s: string | undefined, flag: string): number | undefined {
  if (s === undefined) return undefined
  if (!/^\d+$/.test(s)) throw new HanseError('BAD_ARGUMENT', `${flag}: '${s}' is not a whole number`)
  return Number(s)
}

/**
 * The facts to evaluate with. Usage facts not given are those of a fresh agreement used for
 * the first time (agreed now, this transfer the first, nothing sent yet): what a request with
 * these terms would get. Each assumption is listed.
 */
/** The options of `hanse policy explain`, as commander hands them over. */
export interface ExplainOptions {
  at?: string
  agreedAt?: string
  count?: string
  volume?: string
  /** required by commander (requiredOption) */
  peer: string
  purpose: string[]
  memberCountry?: string
  memberOrg?: string
  memberAttr: string[]
  json?: boolean
}

export function explainContext(o: ExplainOptions): { context: PolicyContext; assumed: string[] } {
  try {
    peerIdFromString(o.peer)
  } catch {
    throw new HanseError('BAD_ARGUMENT', `--peer: '${String(o.peer)}' is not a peer ID`)
  }
  const attributes: Record<string, string> = {}
  for (const kv of o.memberAttr) {
    const i = kv.indexOf('=')
    if (i <= 0) throw new HanseError('BAD_ARGUMENT', `--member-attr: expected key=value, found '${kv}'`)
    attributes[kv.slice(0, i)] = kv.slice(i + 1)
  }
  const hasMember = o.memberCountry !== undefined || o.memberOrg !== undefined || Object.keys(attributes).length > 0
  const now = parseTime(o.at, '--at') ?? Date.now()
  const assumed: string[] = []
  const assume = <T>(value: T, what: string): T => {
    assumed.push(what)
    return value
  }
  const agreedAt = parseTime(o.agreedAt, '--agreed-at') ?? assume(now, 'agreed at the evaluation time (--agreed-at)')
  const count = parseCount(o.count, '--count') ?? assume(1, 'this is the first transfer, count 1 (--count)')
  const volume = parseCount(o.volume, '--volume') ?? assume(0, 'nothing transferred yet, volume 0 (--volume)')
  return {
    context: {
      now,
      peer: o.peer,
      purposes: o.purpose,
      agreedAt,
      count,
      volume,
      member: hasMember ? { country: o.memberCountry, orgId: o.memberOrg, attributes } : undefined
    },
    assumed
  }
}
