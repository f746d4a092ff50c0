import { resolve } from 'node:path'
import type { Command } from 'commander'
import { HanseError, RelayedError } from '../errors/index.ts'
import { bytes, table } from '../client/format.ts'
import type { CliContext } from './catalog.ts'

interface TransferView {
  id: string
  role: string
  agreementId: string
  peer: string
  datasetId: string
  state: string
  dest: string
  bytes: number
  size: number
  sha256: string
  rateBytesPerSecond: number
  etaSeconds: number | null
  error: { code: string; message: string } | null
}

const FINAL = new Set(['COMPLETED', 'TERMINATED', 'SUSPENDED'])

function bar(t: TransferView, width = 30): string {
  const frac = t.size > 0 ? Math.min(1, t.bytes / t.size) : 0
  const filled = Math.round(frac * width)
  const eta = t.etaSeconds === null ? '' : ` ETA ${t.etaSeconds}s`
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(1).padStart(5)}%  ${bytes(t.bytes)} / ${bytes(t.size)}  ${bytes(t.rateBytesPerSecond)}/s${eta}`
}

export function registerTransferCommands(program: Command, ctx: CliContext): void {
  program
    .command('fetch <agreement>')
    .description("fetch an agreement's dataset; exits 0 only when the data is verified")
    .option('--out <path>', 'where to put it, relative to this directory (default: <dataDir>/received/<provider>/<dataset>)')
    .option('--force', 'replace what exists at the destination (by default an existing file or directory is never touched)')
    .action(async (agreementId: string, o: { out?: string; force?: boolean }, cmd: Command) => {
      const client = ctx.client(cmd)
      const json = ctx.json(cmd)
      // the node may run in another directory: a relative --out means relative to the caller
      const dest = o.out === undefined ? undefined : resolve(o.out)
      // an agreement made over DSP is fetched over DSP (HttpData-PULL)
      const { agreements } = await client.get<{ agreements: Array<{ agreementId: string; peer: string; binding?: string }> }>('/v1/agreements')
      const agreement = agreements.find(a => a.agreementId === agreementId)
      if (agreement?.binding === 'dsp') {
        if (o.force === true) throw new HanseError('USAGE', '--force is not supported for DSP transfers; choose another --out')
        const { transfer } = await client.request<{
          transfer: { id: string; state: string; bytes: number; dest: string | null; error: { code: string; message: string } | null }
        }>('POST', '/v1/dsp/transfers?wait=true', { agreementId, ...(dest !== undefined ? { out: dest } : {}) }, 3_700_000)
        if (json) ctx.out({ transfer })
        else if (transfer.state === 'COMPLETED') ctx.out(`${transfer.dest}: ${bytes(transfer.bytes)} received over DSP and verified`)
        if (transfer.state !== 'COMPLETED') {
          // this node suspended it (its disk was full): what arrived is kept for the resume
          const next = transfer.state === 'SUSPENDED' ? `, SUSPENDED; resume it with: hanse transfers resume ${transfer.id}` : ''
          throw new RelayedError(
            transfer.error?.code ?? transfer.state,
            `${transfer.error?.message ?? `transfer ${transfer.state}`} (DSP transfer ${transfer.id}${next})`
          )
        }
        return
      }
      let { transfer: t } = await client.post<{ transfer: TransferView }>('/v1/transfers', {
        agreementId,
        ...(dest !== undefined ? { dest } : {}),
        ...(o.force === true ? { overwrite: true } : {})
      })
      const tty = process.stderr.isTTY === true && !json
      let lastLine = 0
      while (!FINAL.has(t.state)) {
        await new Promise(resolve => setTimeout(resolve, tty ? 200 : 1000))
        t = (await client.get<{ transfer: TransferView }>(`/v1/transfers/${encodeURIComponent(t.id)}`)).transfer
        if (tty) process.stderr.write(`\r${bar(t)}`)
        else if (!json && Date.now() - lastLine >= 5000 && t.size > 0) {
          process.stderr.write(`${bar(t)}\n`)
          lastLine = Date.now()
        }
      }
      if (tty) process.stderr.write('\n')
      if (json) ctx.out({ transfer: t })
      else if (t.state === 'COMPLETED') ctx.out(`${t.dest}: ${bytes(t.size)} received and verified (SHA-256 ${t.sha256})`)
      if (t.state !== 'COMPLETED') {
        // only a SUSPENDED transfer can go on; a TERMINATED one is final
        const next = t.state === 'SUSPENDED' ? `; resume it with: hanse transfers resume ${t.id}` : ''
        throw new RelayedError(t.error?.code ?? t.state, `${t.error?.message ?? `transfer ${t.state}`} (transfer ${t.id}, ${t.state}${next})`)
      }
    })

  const tr = program
    .command('transfers')
    .description('list transfers (subcommands: suspend, resume, terminate)')
    .action(async (_o, cmd: Command) => {
      const { transfers } = await ctx.client(cmd).get<{ transfers: TransferView[] }>('/v1/transfers')
      if (ctx.json(cmd)) return ctx.out({ transfers })
      if (transfers.length === 0) return ctx.out('no transfers')
      ctx.out(
        table(
          ['ID', 'ROLE', 'DATASET', 'STATE', 'PROGRESS', 'NOTE'],
          transfers.map(t => [
            t.id,
            t.role,
            t.datasetId,
            t.state,
            `${bytes(t.bytes)} / ${bytes(t.size)}`,
            t.error?.code ?? (t.role === 'consumer' ? t.dest : '')
          ])
        )
      )
    })
  const what = {
    suspend: 'suspend a running transfer (resumable)',
    resume: 'resume a download from its last verified chunk',
    terminate: 'end a transfer (not resumed)'
  }
  for (const action of ['suspend', 'resume', 'terminate'] as const) {
    tr.command(`${action} <id>`)
      .description(what[action])
      .action(async (id: string, _o, cmd: Command) => {
        const client = ctx.client(cmd)
        const path = `/v1/transfers/${encodeURIComponent(id)}/${action}`
        const { transfer } = await client.post<{ transfer: { id: string; state: string } }>(path).catch(async (err: { code?: string }) => {
          // a DSP download this node suspended (DISK_FULL) is resumed over DSP
          if (action !== 'resume' || err.code !== 'TRANSFER_NOT_FOUND') throw err
          return await client.post<{ transfer: { id: string; state: string } }>(`/v1/dsp/transfers/${encodeURIComponent(id)}/resume`)
        })
        if (ctx.json(cmd)) ctx.out({ transfer })
        else ctx.out(`transfer ${transfer.id}: ${transfer.state}`)
      })
  }
}
