import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { rootCertificates } from 'node:tls'
import { link, mkdir, open, rename, rm, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { manifestDigest, sha256File, type DatasetFile, type DatasetInfo } from '../catalog/index.ts'
import { HanseError, isErrorCode } from '../errors/index.ts'
import type { DestinationGuard } from './destinations.ts'
import type { Logger } from '../logging/index.ts'
import { resolveInside, safeName, safeRelativePath } from '../paths/index.ts'
import { checkFileList, exists, tagOf, writeAll } from '../transfer/index.ts'
import { errorDocument } from './server.ts'

/*
 * hanse's HTTP data plane for HttpData-PULL. Provider: a file dataset is one resource; a directory
 * is a manifest (`GET <endpoint>`: its files with size and SHA-256) and one resource per file
 * (`GET <endpoint>/<path>`); every resource answers `Range` (so a cut download resumes) and is
 * streamed from disk with bounded memory. Consumer: each resource is pulled into a `.part` file,
 * resumed from its size after a cut, verified against the SHA-256 the provider announced, synced,
 * and only then put in place, never over something that exists.
 */

export interface DataAddress {
  endpoint: string
  /** The `Authorization` header value to send. */
  authorization?: string
  /** Expected SHA-256 of the dataset (a hanse provider announces it). */
  sha256?: string
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

/** The pull's kept-alive agents, and the check of the provider-named addresses they connect to. */
interface Agents {
  http: HttpAgent
  https: HttpsAgent
  guard?: DestinationGuard
}

interface Got {
  status: number
  header: (name: string) => string | undefined
  body: IncomingMessage
}

/**
 * One GET on node:http(s) (fetch cannot take the data space's private CA), on the pull's
 * kept-alive agents; redirects are not followed. The body is the response stream.
 */
async function get(url: string, headers: Record<string, string>, signal: AbortSignal, agents: Agents): Promise<Got> {
  const u = new URL(url)
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new HanseError('DSP_COUNTERPARTY_ERROR', `${url}: only http and https are pulled`)
  // the provider named this address: one written in the URL is checked here, a name by the agents' lookup
  agents.guard?.checkHost(u.hostname)
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest
  return await new Promise<Got>((resolve, reject) => {
    const req = send(url, { method: 'GET', headers, signal, agent: u.protocol === 'https:' ? agents.https : agents.http }, res => {
      const header = (name: string): string | undefined => {
        const v = res.headers[name.toLowerCase()]
        return Array.isArray(v) ? v.join(', ') : v
      }
      resolve({ status: res.statusCode ?? 0, header, body: res })
    })
    req.on('error', reject)
    req.end()
  })
}

async function textOf(body: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const c of body as AsyncIterable<Buffer>) {
    size += c.length
    if (size > max) {
      body.destroy()
      throw new HanseError('DSP_COUNTERPARTY_ERROR', `the answer is larger than ${max} bytes`)
    }
    chunks.push(c)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** A 206's Content-Range (`bytes <first>-<last>/<size or *>`), or undefined when it is not one. */
function contentRange(header: string | undefined): { first: number; total: number | undefined } | undefined {
  const m = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15}|\*)$/.exec((header ?? '').trim())
  if (m === null || Number(m[2]) < Number(m[1])) return undefined
  return { first: Number(m[1]), total: m[3] === '*' ? undefined : Number(m[3]) }
}

/** Where the bytes of a 206 start; -1 when it names no range, or another total than the size already known. */
function rangeStart(header: string | undefined, size: number | undefined): number {
  const r = contentRange(header)
  if (r === undefined || (size !== undefined && r.total !== undefined && r.total !== size)) return -1
  return r.first
}

function range(header: string | undefined, size: number): { start: number; end: number } | undefined | 'invalid' {
  if (header === undefined) return undefined
  const m = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(header.trim())
  if (m === null) return 'invalid'
  const start = Number(m[1])
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  if (start >= size || end < start) return 'invalid'
  return { start, end }
}

async function sendFile(reply: FastifyReply, req: FastifyRequest, file: string, size: number, sha256: string, type: string): Promise<FastifyReply> {
  const st = await stat(file).catch(() => undefined)
  // the file changed since it was offered: what the agreement names is not there any more
  if (st === undefined || st.size !== size)
    return reply.status(409).send(errorDocument('transfers', 'DATASET_CHANGED', 'the dataset changed on the provider since it was offered'))
  const r = range(req.headers.range, size)
  if (r === 'invalid')
    return reply
      .status(416)
      .header('content-range', `bytes */${size}`)
      .send(errorDocument('transfers', 'BAD_REQUEST', 'unsatisfiable range'))
  reply.header('accept-ranges', 'bytes').header('etag', `"${sha256}"`).type(type)
  if (r === undefined) {
    reply.header('content-length', String(size))
    return reply.status(200).send(size === 0 ? '' : createReadStream(file, { highWaterMark: 1024 * 1024 }))
  }
  reply.header('content-range', `bytes ${r.start}-${r.end}/${size}`).header('content-length', String(r.end - r.start + 1))
  return reply.status(206).send(createReadStream(file, { start: r.start, end: r.end, highWaterMark: 1024 * 1024 }))
}

/** Provider: answer a data-plane GET for `dataset` (`path` '' for the dataset itself). */
export async function serveData(reply: FastifyReply, req: FastifyRequest, dataset: DatasetInfo, path: string): Promise<FastifyReply> {
  if (!dataset.directory) {
    if (path !== '') return reply.status(404).send(errorDocument('transfers', 'NOT_FOUND', 'a file dataset has no parts'))
    return await sendFile(reply, req, dataset.source, dataset.byteSize, dataset.sha256, dataset.mediaType)
  }
  if (path === '') return reply.status(200).type('application/json').send({ directory: true, sha256: dataset.sha256, files: dataset.files })
  const f = dataset.files.find(x => x.path === path)
  if (f === undefined) return reply.status(404).send(errorDocument('transfers', 'NOT_FOUND', 'no such file in this dataset'))
  return await sendFile(reply, req, resolveInside(dataset.source, safeRelativePath(f.path)), f.size, f.sha256, 'application/octet-stream')
}

/* ---------------- consumer ---------------- */

interface PullInit {
  record: { id: string; datasetId: string; dest?: string; sha256: string; dataAddress?: DataAddress }
  receiveDir: string
  signal: AbortSignal
  /** Extra trusted CA certificates (PEM) for a provider on a private PKI. */
  ca?: string
  /** Attempts per resource after a cut (each resumes from what arrived). */
  retries?: number
  /** Throws DISK_FULL when `need` more bytes at `dest` would eat into the node store's disk reserve. */
  space?: (dest: string, need: number) => Promise<void>
  /** Checks the data address the provider named before connecting (absent: any address; tests of the pull itself). */
  destinations?: DestinationGuard
}

const isDiskFull = (err: unknown): boolean => ['ENOSPC', 'EDQUOT'].includes(String((err as NodeJS.ErrnoException)?.code))

/** The consumer suspends the process and keeps what arrived: the operator frees space and resumes it. */
const diskFull = (part: string, err: unknown): HanseError =>
  new HanseError('DISK_FULL', `no space left for ${part} (${(err as Error).message}); free some and resume the transfer`, { cause: err })

/** Received bytes gathered into one write, and how many such writes may run at once (see fetchInto). */
const WRITE_BATCH_BYTES = 1024 * 1024
const WRITE_DEPTH = 4
/** How often a pull looks at the free space again (as the libp2p consumer does with its checkpoints). */
const SPACE_CHECK_BYTES = 16 * 1024 * 1024

/**
 * GET one resource into `part`, resuming from its size; returns the bytes it holds and, when one
 * answer wrote them all from the first byte, their SHA-256, taken as they arrived (the caller
 * then need not read the file again: a 512 MiB pull spent a fifth of its time on that read).
 */
async function fetchInto(
  url: string,
  auth: string | undefined,
  part: string,
  size: number | undefined,
  signal: AbortSignal,
  retries: number,
  agents: Agents,
  space: (dest: string, need: number) => Promise<void>
): Promise<{ bytes: number; sha256?: string }> {
  let lastError: unknown
  for (let attempt = 0; attempt <= retries; attempt++) {
    const have = (await stat(part).catch(() => undefined))?.size ?? 0
    if (size !== undefined && have >= size) return { bytes: have }
    // what is still to come must leave the node store's reserve free, before it is asked for (a
    // size not declared is looked at again as the bytes arrive, below)
    await space(part, size === undefined ? 0 : size - have)
    const headers: Record<string, string> = {}
    if (auth !== undefined) headers.authorization = auth
    if (have > 0) headers.range = `bytes=${have}-`
    try {
      const res = await get(url, headers, signal, agents)
      if (res.status !== 200 && res.status !== 206) {
        const text = await textOf(res.body, 64 * 1024).catch(() => '')
        const code = /"code":"([A-Z_]{1,64})"/.exec(text)?.[1] ?? 'DSP_COUNTERPARTY_ERROR'
        throw new HanseError(code === 'POLICY_DENIED' ? 'POLICY_DENIED' : 'DSP_COUNTERPARTY_ERROR', `${url} answered ${res.status}: ${text.slice(0, 300)}`)
      }
      // a 200 to a ranged request starts over; a 206 must carry the bytes asked for, from where
      // the file stops (RFC 9110 §15.3.7: it names its range in Content-Range)
      const from = res.status === 206 ? rangeStart(res.header('content-range'), size) : 0
      if (from !== 0 && from !== have) {
        res.body.destroy()
        throw new HanseError(
          'DSP_COUNTERPARTY_ERROR',
          `${url} answered the range from byte ${have} with Content-Range '${(res.header('content-range') ?? '').slice(0, 100)}'`
        )
      }
      // a resumed file is written at explicit positions too ('r+', not 'a'): writes overlap
      const fh = await open(part, from > 0 ? 'r+' : 'w')
      const hash = from > 0 ? undefined : createHash('sha256')
      let at = from
      // up to WRITE_DEPTH writes are under way while the next bytes arrive (awaiting each one
      // before reading on left the socket idle for every MiB's write), settled in order
      const writing: Array<Promise<void>> = []
      try {
        // the socket hands over ~64 KiB at a time: gathered into writes of a MiB, a pull makes a
        // sixteenth of the trips through libuv's threads
        let batch: Buffer[] = []
        let batched = 0
        const flush = async (): Promise<void> => {
          const [buffers, bytes] = [batch, batched]
          batch = []
          batched = 0
          if (bytes === 0) return
          const w = writeAll(fh, buffers, at)
          at += bytes
          // a failed write (ENOSPC) is reported when its turn comes, not as unhandled
          w.catch(() => {})
          writing.push(w)
          if (writing.length >= WRITE_DEPTH) await writing.shift()
          // the disk may fill from elsewhere, and an answer of no declared size may go on: the
          // reserve is looked at again every SPACE_CHECK_BYTES
          if (Math.floor(at / SPACE_CHECK_BYTES) !== Math.floor((at - bytes) / SPACE_CHECK_BYTES)) await space(part, size === undefined ? 0 : size - at)
        }
        try {
          for await (const chunk of res.body as AsyncIterable<Buffer>) {
            // never a byte past the size the provider declared: a counterparty that goes on
            // sending does not get to fill this node's disk
            if (size !== undefined && at + batched + chunk.length > size) {
              res.body.destroy()
              throw new HanseError('DSP_COUNTERPARTY_ERROR', `${url} sent more than the ${size} bytes it declared`)
            }
            hash?.update(chunk)
            batch.push(chunk)
            batched += chunk.length
            if (batched >= WRITE_BATCH_BYTES) await flush()
          }
        } catch (err) {
          // what arrived before a cut stays: the next attempt asks for the rest
          await flush().catch(() => {})
          throw err
        }
        await flush()
        while (writing.length > 0) await writing.shift()
        await fh.sync()
      } finally {
        // nothing is closed under a write still running
        await Promise.allSettled(writing)
        await fh.close()
      }
      const now = (await stat(part)).size
      if (size === undefined || now >= size) return { bytes: now, sha256: hash?.digest('hex') }
      lastError = new Error(`short read ${now}/${size}`)
    } catch (err) {
      if (signal.aborted) throw signal.reason
      if (err instanceof HanseError) throw err
      // a full disk is not the network: asking again fills nothing
      if (isDiskFull(err)) throw diskFull(part, err)
      lastError = err
      await new Promise(resolve => setTimeout(resolve, Math.min(5_000, 200 * 2 ** attempt)))
    }
  }
  throw new HanseError('DSP_UNREACHABLE', `${url}: ${(lastError as Error)?.message ?? 'failed'}`)
}

/** Consumer: pull the dataset of a started transfer to its destination; never throws. */
export async function pull(c: { logger: Logger }, init: PullInit): Promise<{ bytes: number; dest: string; error?: { code: string; message: string } }> {
  const r = init.record
  const address = r.dataAddress as DataAddress
  const dest = r.dest ?? join(init.receiveDir, safeName(r.datasetId))
  const part = `${dest}.part-${tagOf(r.id)}`
  const expected = r.sha256 !== '' ? r.sha256 : (address.sha256 ?? '')
  const retries = init.retries ?? 8
  const space = init.space ?? (async () => {})
  const ca = init.ca === undefined ? {} : { ca: [...rootCertificates, init.ca] }
  const guard = init.destinations
  const lookup = guard === undefined ? {} : { lookup: guard.lookup }
  const agents: Agents = { http: new HttpAgent({ keepAlive: true, ...lookup }), https: new HttpsAgent({ keepAlive: true, ...ca, ...lookup }), guard }
  try {
    if (await exists(dest)) throw new HanseError('DESTINATION_EXISTS', `${dest} exists; hanse does not overwrite it`)
    await mkdir(dirname(dest), { recursive: true })
    // one byte tells what it is: a file (its size in Content-Range) or a directory's manifest
    const head = await get(
      address.endpoint,
      { range: 'bytes=0-0', ...(address.authorization === undefined ? {} : { authorization: address.authorization }) },
      init.signal,
      agents
    )
    if (head.status >= 400) {
      const text = await textOf(head.body, 64 * 1024).catch(() => '')
      const code = /"code":"([A-Z_]{1,64})"/.exec(text)?.[1]
      throw new HanseError(
        code === 'POLICY_DENIED' ? 'POLICY_DENIED' : 'DSP_COUNTERPARTY_ERROR',
        `${address.endpoint} answered ${head.status}: ${text.slice(0, 300)}`
      )
    }
    const isManifest = (head.header('content-type') ?? '').startsWith('application/json') && head.status === 200
    if (!isManifest) {
      // a 200 is the whole dataset (a provider that ignores Range): its Content-Length is the
      // size, and its body is left unread (reading it to the end fetched the dataset twice); a
      // 206 names the size in its Content-Range
      if (head.status === 200) head.body.destroy()
      else head.body.resume()
      const total = head.status === 200 ? Number(head.header('content-length') ?? 'NaN') : (contentRange(head.header('content-range'))?.total ?? Number.NaN)
      const got = await fetchInto(
        address.endpoint,
        address.authorization,
        part,
        Number.isFinite(total) ? total : undefined,
        init.signal,
        retries,
        agents,
        space
      )
      const bytes = got.bytes
      if (expected !== '' && (got.sha256 ?? (await sha256File(part))) !== expected)
        throw new HanseError('DIGEST_MISMATCH', `the data does not match the SHA-256 the provider announced (${expected.slice(0, 12)}…)`)
      // link, then unlink: fails when something appeared at the destination meanwhile
      await link(part, dest)
      await unlink(part)
      return { bytes, dest }
    }
    const text = await textOf(head.body, MAX_MANIFEST_BYTES)
    const manifest = JSON.parse(text) as { files?: DatasetFile[] }
    const files = (manifest.files ?? []).filter(
      f => typeof f?.path === 'string' && Number.isSafeInteger(f.size) && f.size >= 0 && /^[0-9a-f]{64}$/.test(String(f.sha256))
    )
    if (files.length !== (manifest.files ?? []).length || files.length > 100_000)
      throw new HanseError('DSP_COUNTERPARTY_ERROR', 'the manifest lists malformed entries')
    // the same rules as a libp2p transfer's file list: safe relative paths, each once, no file
    // inside another (a second entry for a path, or one below a file, was taken for a fetch)
    const total = files.reduce((n, f) => n + f.size, 0)
    try {
      if (!Number.isSafeInteger(total)) throw new Error('sizes that add up past 2^53 bytes')
      checkFileList(true, files, total)
    } catch (err) {
      throw new HanseError('DSP_COUNTERPARTY_ERROR', `the manifest is refused: ${(err as Error).message}`)
    }
    if (expected !== '' && manifestDigest(files) !== expected)
      throw new HanseError('DIGEST_MISMATCH', 'the manifest does not match the dataset digest the provider announced')
    let bytes = 0
    for (const f of files) {
      const target = resolveInside(part, safeRelativePath(f.path, 'file path in the manifest'), 'file path in the manifest')
      await mkdir(dirname(target), { recursive: true })
      const filePart = `${target}.part`
      if (!(await exists(target))) {
        const got = await fetchInto(
          `${address.endpoint}/${f.path.split('/').map(encodeURIComponent).join('/')}`,
          address.authorization,
          filePart,
          f.size,
          init.signal,
          retries,
          agents,
          space
        )
        bytes += got.bytes
        if ((got.sha256 ?? (await sha256File(filePart))) !== f.sha256)
          throw new HanseError('DIGEST_MISMATCH', `${f.path} does not match its SHA-256 in the manifest`)
        await rename(filePart, target)
      } else bytes += f.size
    }
    if (await exists(dest)) throw new HanseError('DESTINATION_EXISTS', `${dest} exists; hanse does not overwrite it`)
    await rename(part, dest)
    return { bytes, dest }
  } catch (err) {
    const e = err as HanseError & { code?: string }
    c.logger.info({ err, transfer: r.id }, 'DSP pull failed')
    // a failed pull ends the process (TERMINATED is final): what it left is of no further use. A
    // pull cut on purpose (the node stopping, the provider suspending) keeps it to go on from, and
    // so does a full disk (the consumer suspends the process until its operator frees space)
    const full = isDiskFull(err) ? diskFull(part, err) : e.code === 'DISK_FULL' ? e : undefined
    if (!init.signal.aborted && full === undefined) await rm(part, { recursive: true, force: true })
    if (full !== undefined) return { bytes: 0, dest, error: { code: full.code, message: full.message } }
    // a system error's code (ECONNRESET, a TLS code) is not one of hanse's: the provider was not reached
    return { bytes: 0, dest, error: { code: typeof e.code === 'string' && isErrorCode(e.code) ? e.code : 'DSP_UNREACHABLE', message: e.message } }
  } finally {
    agents.http.destroy()
    agents.https.destroy()
  }
}
