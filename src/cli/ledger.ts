import { createWriteStream, existsSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { Command } from 'commander'
import { HanseError, RelayedError } from '../errors/index.ts'
import { openLedgerDir, type AuditReport, type EntryView, type VerifyReport } from '../ledger/index.ts'
import { NodeNotRunningError } from '../client/index.ts'
import { bytes, short, table } from '../client/format.ts'
import type { CliContext } from './catalog.ts'
import { resolvePeer } from './negotiation.ts'

interface Filters {
  type?: string
  peer?: string
  agreement?: string
  since?: string
  until?: string
}

function filterQuery(o: Filters, extra: Record<string, string | number | undefined> = {}): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...o, ...extra })) if (v !== undefined && v !== '') p.set(k, String(v))
  const s = p.toString()
  return s === '' ? '' : `?${s}`
}

function withFilters(cmd: Command): Command {
  return cmd
    .option('--type <type>', 'entry type, or a prefix such as transfer.*')
    .option('--peer <peerId>', 'entries about this peer')
    .option('--agreement <id>', 'entries about this agreement')
    .option('--since <time>', 'from this time (ISO 8601 or ms since the epoch)')
    .option('--until <time>', 'up to this time')
}

/** A short reading of an entry's payload for the table. */
function summary(e: EntryView): string {
  const p = e.payload
  const parts: string[] = []
  if (typeof p.state === 'string') parts.push(p.state)
  if (typeof p.code === 'string') parts.push(p.code)
  if (Array.isArray(p.reasons)) parts.push(p.reasons.join('; '))
  if (typeof p.bytes === 'number' && e.type.startsWith('transfer')) parts.push(bytes(p.bytes))
  if (typeof p.offers === 'number') parts.push(`${p.offers} offers`)
  if (typeof p.size === 'number' && e.type.startsWith('checkpoint')) parts.push(`size ${p.size}`)
  if (e.type === 'audit.result') parts.push(p.ok === true ? 'ok' : `${(p.findings as unknown[] | undefined)?.length ?? 0} findings`)
  const s = parts.join(' ')
  return s.length > 70 ? s.slice(0, 69) + '…' : s
}

/** Verify a stopped node's ledger by opening its data dir directly (the node holds the lock while it runs). */
async function verifyOffline(dataDir: string): Promise<VerifyReport> {
  // never create a node by accident: only an existing data dir with a key and a store is read
  if (!existsSync(join(dataDir, 'node.key')) || !existsSync(join(dataDir, 'db')))
    throw new NodeNotRunningError(dataDir, 'and it holds no node key and store to verify offline')
  const { ledger, close } = await openLedgerDir(dataDir)
  try {
    return await ledger.verify()
  } finally {
    await close()
  }
}

/** One row of GET /v1/ledger/usage. */
interface UsageRow {
  agreementId: string
  role: string
  datasetId: string
  transfers: number
  completed: number
  bytes: number
  remainingUses: number | null
  validUntil: string | null
  expired: boolean
}

export function registerLedgerCommands(program: Command, ctx: CliContext): void {
  const ledger = program.command('ledger').description('the usage ledger: list, verify, export, audit a partner, usage per agreement')

  withFilters(ledger.command('list'))
    .description('list entries, oldest first')
    .option('--limit <n>', 'at most this many entries', '50')
    .option('--cursor <c>', 'continue after a previous page (its nextCursor)')
    .action(async (o: Filters & { limit: string; cursor?: string }, cmd: Command) => {
      const limit = Number(o.limit)
      if (!Number.isInteger(limit) || limit < 1) throw new HanseError('BAD_ARGUMENT', `--limit must be a positive integer, not "${o.limit}"`)
      const client = ctx.client(cmd)
      const entries: EntryView[] = []
      let cursor = o.cursor
      let next: string | null = null
      while (entries.length < limit) {
        const page = await client.get<{ entries: EntryView[]; nextCursor: string | null }>(
          `/v1/ledger${filterQuery(o, { limit: Math.min(1000, limit - entries.length), cursor })}`
        )
        entries.push(...page.entries)
        next = page.nextCursor
        if (next === null) break
        cursor = next
      }
      if (ctx.json(cmd)) return ctx.out({ entries, nextCursor: next })
      if (entries.length === 0) return ctx.out('no entries')
      ctx.out(
        table(
          ['SEQ', 'TIME', 'TYPE', 'PEER', 'AGREEMENT', 'DETAILS'],
          entries.map(e => [
            String(e.seq),
            new Date(e.time).toISOString(),
            e.type,
            e.peer === '' ? '-' : short(e.peer),
            e.agreementId === '' ? '-' : short(e.agreementId),
            summary(e)
          ])
        )
      )
      if (next !== null) ctx.out(`more: hanse ledger list --cursor ${next}`)
    })

  ledger
    .command('verify')
    .description(
      'recompute the hash chain, the Merkle roots of own checkpoints and the head; exits non-zero naming the first bad entry (works on a stopped node too)'
    )
    .action(async (_o, cmd: Command) => {
      let report: VerifyReport
      try {
        report = await ctx.client(cmd).get<VerifyReport>('/v1/ledger/verify')
      } catch (err) {
        if (!(err instanceof NodeNotRunningError)) throw err
        report = await verifyOffline(ctx.config(cmd).dataDir)
      }
      if (ctx.json(cmd)) ctx.out(report)
      if (report.problem !== undefined) throw new RelayedError(report.problem.code, `ledger entry ${report.problem.seq}: ${report.problem.message}`)
      if (!ctx.json(cmd))
        ctx.out(
          `ledger OK: ${report.entries} entries, Merkle root ${report.root}, ${report.checkpoints} signed checkpoints checked (${Math.round(report.ms)} ms)`
        )
    })

  withFilters(ledger.command('export'))
    .description('write the entries as JSON Lines or CSV (streamed)')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (o: Filters & { format: string; out?: string }, cmd: Command) => {
      if (o.format !== 'jsonl' && o.format !== 'csv') throw new HanseError('BAD_ARGUMENT', `--format must be jsonl or csv, not "${o.format}"`)
      const { format, out, ...filters } = o
      const res = await ctx.client(cmd).stream(`/v1/ledger/export${filterQuery(filters, { format })}`)
      if (res.body === null) throw new HanseError('BAD_RESPONSE', 'the export has no body')
      const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>)
      await pipeline(body, out === undefined ? process.stdout : createWriteStream(out))
      if (out !== undefined) process.stderr.write(`wrote ${out}\n`)
    })

  ledger
    .command('audit <peer>')
    .description('ask a partner to prove its ledger extends the checkpoints it gave us, and compare both accounts of our agreements')
    .action(async (peer: string, _o, cmd: Command) => {
      const client = ctx.client(cmd)
      const { audit } = await client.request<{ audit: AuditReport }>(
        'POST',
        `/v1/ledger/audit/${encodeURIComponent(await resolvePeer(client, peer))}`,
        undefined,
        300_000
      )
      if (ctx.json(cmd)) ctx.out({ audit })
      else {
        ctx.out(
          [
            `peer:            ${audit.peer}`,
            `their ledger:    ${audit.checkpoint.size} entries, root ${audit.checkpoint.root}`,
            `checked against: ${audit.checkedCheckpoints.length === 0 ? 'no earlier checkpoint (this audit is the baseline)' : `their checkpoints at ${audit.checkedCheckpoints.join(', ')}`}`,
            `shared:          ${audit.sharedAgreements} agreements, ${audit.entriesChecked} of their entries checked`,
            `coverage:        all of them, at this node's size ${audit.coverage.mineSize} and theirs ${audit.coverage.theirSize} (${audit.coverage.pages} pages, ${audit.ms} ms)${audit.coverage.pending > 0 ? `; ${audit.coverage.pending} recent item(s) not yet due on both sides` : ''}`,
            `result:          ${audit.ok ? 'OK, the accounts agree' : `${audit.findings.length} problem(s)`}`,
            ...audit.findings.map(f => `  ${f.code}: ${f.message}`)
          ].join('\n')
        )
      }
      if (!audit.ok) throw new HanseError('AUDIT_FAILED', `the audit of ${peer} found ${audit.findings.length} problem(s) (ledger entry ${audit.ledgerSeq})`)
    })

  ledger
    .command('usage')
    .description('per agreement: transfers, bytes, remaining uses, expiry')
    .option('--agreement <id>', 'only this agreement')
    .action(async (o: { agreement?: string }, cmd: Command) => {
      const { usage } = await ctx.client(cmd).get<{ usage: UsageRow[] }>(`/v1/ledger/usage${filterQuery({ agreement: o.agreement })}`)
      if (ctx.json(cmd)) return ctx.out({ usage })
      if (usage.length === 0) return ctx.out('no agreements')
      ctx.out(
        table(
          ['AGREEMENT', 'ROLE', 'DATASET', 'TRANSFERS', 'BYTES', 'USES LEFT', 'VALID UNTIL'],
          usage.map(u => [
            short(u.agreementId),
            u.role,
            u.datasetId,
            `${u.completed}/${u.transfers}`,
            bytes(u.bytes),
            u.remainingUses === null ? 'unlimited' : String(u.remainingUses),
            u.validUntil === null ? '-' : `${String(u.validUntil)}${u.expired === true ? ' (expired)' : ''}`
          ])
        )
      )
    })

  ledger
    .command('checkpoint')
    .description('sign and show a checkpoint of the ledger now (size, Merkle root)')
    .action(async (_o, cmd: Command) => {
      const { checkpoint } = await ctx.client(cmd).get<{ checkpoint: { size: number; root: string; time: number; node: string } }>('/v1/ledger/checkpoint')
      if (ctx.json(cmd)) return ctx.out({ checkpoint })
      ctx.out(`size ${checkpoint.size}, root ${checkpoint.root}, signed by ${checkpoint.node} at ${new Date(checkpoint.time).toISOString()}`)
    })
}
