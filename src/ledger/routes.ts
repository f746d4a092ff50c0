import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import type { Ledger, LedgerQuery } from './ledger.ts'
import type { LedgerService } from './service.ts'
import { LedgerError, type EntryView } from './entry.ts'

export interface LedgerRoutesComponents {
  ledger: Ledger
  service: LedgerService
}

interface QueryString {
  type?: string
  peer?: string
  agreement?: string
  since?: string
  until?: string
  limit?: number
  cursor?: string
  format?: string
}

const filterSchema = {
  type: { type: 'string', maxLength: 64, description: 'entry type, or a prefix such as transfer.*' },
  peer: { type: 'string', maxLength: 128 },
  agreement: { type: 'string', maxLength: 256 },
  since: { type: 'string', maxLength: 40, description: 'ISO 8601 time or ms since the epoch' },
  until: { type: 'string', maxLength: 40 },
  cursor: { type: 'string', maxLength: 24, description: 'nextCursor of the previous page' }
}

function parseTime(v: string | undefined, key: string): number | undefined {
  if (v === undefined || v === '') return undefined
  const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v)
  if (!Number.isFinite(n)) throw new LedgerError('BAD_REQUEST', `${key} must be an ISO 8601 time or milliseconds since the epoch, not "${v}"`)
  return n
}

export function queryOf(q: QueryString): LedgerQuery {
  const cursor = q.cursor === undefined || q.cursor === '' ? undefined : Number(q.cursor)
  if (cursor !== undefined && !Number.isInteger(cursor))
    throw new LedgerError('BAD_REQUEST', `cursor must be the nextCursor of a previous page, not "${q.cursor}"`)
  return {
    type: q.type,
    peer: q.peer,
    agreement: q.agreement,
    since: parseTime(q.since, 'since'),
    until: parseTime(q.until, 'until'),
    afterSeq: cursor === undefined ? undefined : cursor - 1
  }
}

const CSV_COLUMNS = ['seq', 'time', 'type', 'peer', 'agreementId', 'transferId', 'payload', 'prevHash', 'hash'] as const

function csvField(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** One export line; `time` as ISO 8601 next to the raw fields. */
export function exportLine(e: EntryView, format: 'jsonl' | 'csv'): string {
  if (format === 'jsonl') return JSON.stringify({ ...e, time: new Date(e.time).toISOString() }) + '\n'
  return CSV_COLUMNS.map(c => csvField(c === 'time' ? new Date(e.time).toISOString() : e[c])).join(',') + '\n'
}

export function ledgerRoutes(c: LedgerRoutesComponents) {
  const { ledger, service } = c
  return (app: FastifyInstance): void => {
    app.get<{ Querystring: QueryString }>(
      '/v1/ledger',
      {
        schema: {
          summary: 'Ledger entries in seq order, filtered, one page at a time',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { ...filterSchema, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } }
          }
        }
      },
      async req => {
        const q = queryOf(req.query)
        const limit = req.query.limit ?? 100
        const entries: EntryView[] = []
        let more = false
        for await (const e of ledger.query(q)) {
          if (entries.length === limit) {
            more = true
            break
          }
          entries.push(e)
        }
        const last = entries[entries.length - 1]
        return { size: ledger.size, entries, nextCursor: more && last !== undefined ? String(last.seq + 1) : null }
      }
    )
    app.get(
      '/v1/ledger/verify',
      { schema: { summary: 'Recompute the chain, the Merkle root at each own checkpoint and the head; names the first bad entry' } },
      async () => {
        const report = await ledger.verify()
        return { ...report, ms: Math.round(report.ms) }
      }
    )
    app.get<{ Querystring: QueryString }>(
      '/v1/ledger/export',
      {
        schema: {
          summary: 'All matching entries as JSON Lines or CSV, streamed',
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: { ...filterSchema, format: { type: 'string', enum: ['jsonl', 'csv'], default: 'jsonl' } }
          }
        }
      },
      async (req, reply) => {
        const q = queryOf(req.query)
        const format = req.query.format === 'csv' ? 'csv' : 'jsonl'
        async function* lines(): AsyncGenerator<string> {
          if (format === 'csv') yield CSV_COLUMNS.join(',') + '\n'
          // batches of lines per chunk: one write per entry would cost more than the entry
          let buf = ''
          for await (const e of ledger.query(q)) {
            buf += exportLine(e, format)
            if (buf.length > 64 * 1024) {
              yield buf
              buf = ''
            }
          }
          if (buf !== '') yield buf
        }
        return await reply
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson')
          .header('content-disposition', `attachment; filename="ledger.${format}"`)
          .send(Readable.from(lines()))
      }
    )
    app.get('/v1/ledger/checkpoint', { schema: { summary: 'A signed checkpoint of the ledger now (size, Merkle root, time)' } }, async () => ({
      checkpoint: await ledger.checkpoint()
    }))
    app.get<{ Params: { seq: string }; Querystring: { size?: number } }>(
      '/v1/ledger/proof/:seq',
      {
        schema: {
          summary: 'An entry with its RFC 6962 inclusion proof (against the current size, or ?size=)',
          querystring: { type: 'object', additionalProperties: false, properties: { size: { type: 'integer', minimum: 1 } } }
        }
      },
      async req => {
        const seq = Number(req.params.seq)
        if (!Number.isInteger(seq) || seq < 0) throw new LedgerError('BAD_REQUEST', `seq must be a non-negative integer, not "${req.params.seq}"`)
        const proof = await ledger.inclusionProof(seq, req.query.size ?? ledger.size)
        return { entry: await ledger.get(seq), proof }
      }
    )
    app.get<{ Querystring: { from: number; to?: number } }>(
      '/v1/ledger/consistency',
      {
        schema: {
          summary: 'RFC 6962 consistency proof between two sizes',
          querystring: {
            type: 'object',
            additionalProperties: false,
            required: ['from'],
            properties: { from: { type: 'integer', minimum: 0 }, to: { type: 'integer', minimum: 0 } }
          }
        }
      },
      async req => {
        const to = req.query.to ?? ledger.size
        const proof = await ledger.consistencyProof(req.query.from, to)
        return {
          from: req.query.from,
          to,
          oldRoot: (await ledger.root(req.query.from)).toString('hex'),
          newRoot: (await ledger.root(to)).toString('hex'),
          proof: proof.map(p => Buffer.from(p).toString('hex'))
        }
      }
    )
    app.post<{ Params: { peer: string } }>(
      '/v1/ledger/audit/:peer',
      {
        schema: { summary: "Audit a partner's ledger: consistency with its checkpoints we hold, and its account of our shared agreements" }
      },
      async req => ({ audit: await service.audit(req.params.peer) })
    )
  }
}
