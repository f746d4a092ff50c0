/**
 * A hanse node in its own process for the benchmarks, plus an echo protocol as the baseline
 * (a bare libp2p stream with the same encrypter and muxer). Prints one JSON line
 * `{ "peerId", "addr", "code" }` when ready (`code`: compiled or sources, see hanse.ts); exits on SIGTERM or when stdin closes.
 * Usage: node test/bench/peer-process.ts CONFIG.json
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { answerCommands, ECHO_PROTOCOL } from './commands.ts'
import { loadHanse } from './hanse.ts'

const file = process.argv[2]
if (file === undefined) throw new Error('usage: peer-process.ts CONFIG.json')
const { code, HanseNode, validateConfig, silentLogger, systemClock, memoryReducingCollection } = await loadHanse()
const cfg = validateConfig(JSON.parse(readFileSync(file, 'utf8')), file)
// built as `hanse start` builds it (src/cli/program.ts): the idle collector (and its heap growth) included
const collectGarbage = memoryReducingCollection()
const node = new HanseNode({ logger: silentLogger(), clock: systemClock, collectGarbage }, { config: cfg, version: 'bench' })
await node.start()
await node.parts.net.libp2p.handle(
  ECHO_PROTOCOL,
  stream => {
    // echo every message back, then close when the remote closes
    stream.addEventListener('message', evt => {
      stream.send(evt.data)
    })
    stream.addEventListener('remoteCloseWrite', () => {
      void stream.close()
    })
  },
  { maxInboundStreams: 1024 }
)
const stop = (): void => {
  void node.stop().then(() => process.exit(0))
}
process.on('SIGTERM', stop)
process.stdin.on('end', stop)
process.stdin.resume()

// bench commands on stdin, one JSON object per line, each answered with one JSON line:
//   negotiate {peer, addr, offerId, purposes} -> {agreementId, state}
//   fetch {agreementId, dest} -> {ms, bytes, state, error}
//   blast {peer, bytes, dest?, source?}: bare libp2p stream baseline (with dest: written to that file and synced;
//     with source too: read from that file by the provider, hashed per chunk and whole before written); tcp / tls {port, bytes}: socket baselines
//   ports, rss; watch {collect?} / watched: the peak RSS between the two, and the full collections in all watched spans
const { peerIdFromString } = await import('@libp2p/peer-id')
const { createServer: createTcpServer, connect: tcpConnect } = await import('node:net')
const tls = await import('node:tls')
const { multiaddr } = await import('@multiformats/multiaddr')
const BLAST_PROTOCOL = '/hanse-bench/blast/1.0.0'
const MiB = 1024 * 1024
let watcher: NodeJS.Timeout | undefined
let watchedPeak = 0
// full (mark-compact) collections, counted while watching: a streaming node should run few
let fullCollections = 0
let watching = false
// (entries arrive after the collection they describe: the ones that began before the watch, the
// idle collection it may start with included, are not counted)
let watchingSince = 0
const { PerformanceObserver, constants } = await import('node:perf_hooks')
new PerformanceObserver(list => {
  if (watching)
    for (const e of list.getEntries())
      if (e.startTime >= watchingSince && (e as { detail?: unknown } as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
        fullCollections++
}).observe({ entryTypes: ['gc'] })
// the provider side of the baselines: send N bytes as fast as the reader takes them
await node.parts.net.libp2p.handle(
  BLAST_PROTOCOL,
  stream => {
    stream.addEventListener(
      'message',
      evt => {
        // "N" (N bytes of one reused block) or {"bytes": N, "source": FILE}: N bytes read from FILE
        // in 1 MiB reads into fresh buffers (a bare stream has no acks that would say when one
        // could be reused, src/transfer/ring.ts)
        const asked = new TextDecoder().decode(evt.data.subarray())
        const { bytes: want, source } = (asked.startsWith('{') ? JSON.parse(asked) : { bytes: Number(asked) }) as { bytes: number; source?: string }
        void (async () => {
          const fh = source !== undefined ? await open(source, 'r') : undefined
          const block = new Uint8Array(256 * 1024)
          for (let sent = 0; sent < want; ) {
            let piece: Uint8Array
            if (fh !== undefined) {
              const { bytesRead, buffer } = await fh.read(Buffer.allocUnsafe(MiB), 0, Math.min(MiB, want - sent), sent)
              if (bytesRead === 0) break
              piece = buffer.subarray(0, bytesRead)
            } else piece = block.subarray(0, Math.min(block.length, want - sent))
            sent += piece.byteLength
            if (!stream.send(piece)) await stream.onDrain()
            // as the provider sends (FramedStream.sendPrefixed): at most 8 MiB waits in the stream
            while (fh !== undefined && stream.writeBufferLength > 8 * MiB && stream.status === 'open') await new Promise(r => setTimeout(r, 2))
          }
          await fh?.close()
          await stream.close()
        })()
      },
      { once: true }
    )
  },
  { maxInboundStreams: 16 }
)
/** A SHA-256 over everything and one per 1 MiB chunk (the chunk digests are what a transfer compares). */
function chunkAndWholeHashes(): { update: (piece: Uint8Array) => void; chunks: () => number } {
  const whole = createHash('sha256')
  let chunk = createHash('sha256')
  let inChunk = 0
  let chunks = 0
  return {
    update(piece) {
      whole.update(piece)
      for (let at = 0; at < piece.byteLength; ) {
        const n = Math.min(MiB - inChunk, piece.byteLength - at)
        chunk.update(piece.subarray(at, at + n))
        at += n
        inChunk += n
        if (inChunk === MiB) {
          chunk.digest()
          chunk = createHash('sha256')
          inChunk = 0
          chunks++
        }
      }
    },
    chunks: () => chunks
  }
}
function sendBytes(sock: import('node:net').Socket, want: number): void {
  const block = Buffer.alloc(256 * 1024)
  let sent = 0
  const pump = (): void => {
    while (sent < want) {
      const n = Math.min(block.length, want - sent)
      sent += n
      if (!sock.write(n === block.length ? block : block.subarray(0, n))) {
        sock.once('drain', pump)
        return
      }
    }
    sock.end()
  }
  pump()
}
const tcpServer = createTcpServer(sock => {
  sock.once('data', d => {
    sendBytes(sock, Number(d.toString()))
  })
})
await new Promise<void>(resolve => tcpServer.listen(0, '127.0.0.1', resolve))
let tlsServer: import('node:tls').Server | undefined
if (process.env.BENCH_TLS_KEY !== undefined && process.env.BENCH_TLS_CERT !== undefined) {
  tlsServer = tls.createServer({ key: readFileSync(process.env.BENCH_TLS_KEY), cert: readFileSync(process.env.BENCH_TLS_CERT) }, sock => {
    sock.once('data', d => {
      sendBytes(sock, Number(d.toString()))
    })
  })
  await new Promise<void>(resolve => tlsServer!.listen(0, '127.0.0.1', resolve))
}
// a bare HTTP server (the DSP benchmark's baseline): answers each POST with its body
const { createServer: createHttpServer } = await import('node:http')
const { createReadStream, statSync } = await import('node:fs')
const httpServer = createHttpServer((req, res) => {
  // GET /file?path=<absolute path>: the file as a bare stream (the data plane's baseline)
  if (req.method === 'GET') {
    const path = new URL(req.url ?? '/', 'http://x').searchParams.get('path') ?? ''
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(statSync(path).size) })
    createReadStream(path, { highWaterMark: 1024 * 1024 }).pipe(res)
    return
  }
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.concat(chunks))
  })
})
await new Promise<void>(resolve => httpServer.listen(0, '127.0.0.1', resolve))
const ports = {
  tcp: (tcpServer.address() as { port: number }).port,
  tls: tlsServer === undefined ? 0 : (tlsServer.address() as { port: number }).port,
  http: (httpServer.address() as { port: number }).port,
  dsp: node.config.dsp.enabled ? node.parts.dsp.url : null
}

async function readAll(source: { on: (e: string, f: (...a: any[]) => void) => void }, want: number): Promise<void> {
  let got = 0
  await new Promise<void>((resolve, reject) => {
    source.on('data', (d: Buffer) => {
      got += d.length
      if (got >= want) resolve()
    })
    source.on('error', reject)
    source.on('end', () => {
      got >= want ? resolve() : reject(new Error(`short read ${got}/${want}`))
    })
  })
}

answerCommands(async msg => {
  switch (msg.cmd) {
    case 'ports':
      return ports
    case 'rss':
      return { rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 }
    case 'watch':
      // RSS sampled while something runs (the process's lifetime peak also counts start-up
      // and the socket baselines that run in the same process). With `collect`, from where the
      // node's idle collector leaves it: the baselines' garbage (their buffers promoted to
      // V8's old generation) is not the measured run's, and a node that was quiet for 10 s
      // has collected it (src/memory)
      if (msg.collect === true) collectGarbage()
      watchingSince = performance.now()
      watchedPeak = process.memoryUsage().rss
      watching = true
      clearInterval(watcher)
      watcher = setInterval(() => {
        watchedPeak = Math.max(watchedPeak, process.memoryUsage().rss)
      }, 20)
      return { rss: watchedPeak }
    case 'watched':
      clearInterval(watcher)
      watching = false
      watchedPeak = Math.max(watchedPeak, process.memoryUsage().rss)
      return { peakRss: watchedPeak, fullCollections }
    case 'negotiate': {
      await node.parts.net.libp2p.dial(multiaddr(msg.addr))
      const r = await node.parts.negotiations.request({ peer: msg.peer, offerId: msg.offerId, narrowing: { purposes: msg.purposes } })
      const done = await node.parts.negotiations.waitFor(r.id, 30_000)
      return { agreementId: done.agreementId, state: done.state }
    }
    case 'fetch': {
      const t0 = performance.now()
      const t = await node.parts.transfers.fetch({ agreementId: msg.agreementId, dest: msg.dest })
      const done = await node.parts.transfers.waitFor(t.id, 600_000)
      return { ms: performance.now() - t0, bytes: done.bytes, state: done.state, error: done.error ?? null }
    }
    case 'blast': {
      const t0 = performance.now()
      const stream = await node.parts.net.libp2p.dialProtocol(peerIdFromString(msg.peer), BLAST_PROTOCOL)
      let got = 0
      // with `dest`: what arrives is written to that file in writes of 1 MiB or more, several at
      // once (reads pause while 16 MiB wait for the disk), and synced at the end: as a transfer
      // lands its data, unverified
      const file = msg.dest !== undefined ? await open(msg.dest, 'w') : undefined
      const writes = new Set<Promise<unknown>>()
      // with `source` too: the provider reads that file, and every byte is hashed twice before it
      // is written, a SHA-256 per 1 MiB chunk and one over the whole, as a transfer checks them
      const hashes = msg.source !== undefined ? chunkAndWholeHashes() : undefined
      let pieces: Uint8Array[] = []
      let batched = 0
      let queued = 0
      const flush = (): void => {
        if (file === undefined || batched === 0) return
        const at = got - batched
        const n = batched
        const w: Promise<unknown> = file.writev(pieces, at).then(() => {
          writes.delete(w)
          queued -= n
          if (queued <= 16 * 1024 * 1024 && stream.readStatus === 'paused') stream.resume()
        })
        writes.add(w)
        queued += n
        if (queued > 16 * 1024 * 1024) stream.pause()
        pieces = []
        batched = 0
      }
      const done = new Promise<void>(resolve => {
        stream.addEventListener('message', evt => {
          got += evt.data.byteLength
          if (file === undefined) return
          for (const piece of evt.data instanceof Uint8Array ? [evt.data] : evt.data) {
            if (hashes !== undefined) hashes.update(piece)
            pieces.push(piece)
          }
          batched += evt.data.byteLength
          if (batched >= 1024 * 1024) flush()
        })
        stream.addEventListener('close', () => {
          resolve()
        })
        stream.addEventListener('remoteCloseWrite', () => {
          void stream.close().then(() => {
            resolve()
          })
        })
      })
      stream.send(new TextEncoder().encode(msg.source !== undefined ? JSON.stringify({ bytes: msg.bytes, source: msg.source }) : String(msg.bytes)))
      await done
      if (file !== undefined) {
        flush()
        await Promise.all(writes)
        await file.datasync()
        await file.close()
      }
      return { ms: performance.now() - t0, bytes: got, chunks: hashes?.chunks() ?? 0 }
    }
    case 'tcp':
    case 'tls': {
      const t0 = performance.now()
      const sock = msg.cmd === 'tcp' ? tcpConnect(msg.port, '127.0.0.1') : tls.connect({ port: msg.port, host: '127.0.0.1', rejectUnauthorized: false })
      await new Promise<void>((resolve, reject) => {
        sock.once(msg.cmd === 'tcp' ? 'connect' : 'secureConnect', resolve)
        sock.once('error', reject)
      })
      sock.write(String(msg.bytes))
      await readAll(sock, msg.bytes)
      sock.destroy()
      return { ms: performance.now() - t0, bytes: msg.bytes }
    }
  }
})

// ready only now, with every handler in place
const addr = node.parts.net.listenAddrs().find(a => a.includes('/ip4/127.0.0.1/'))
process.stdout.write(JSON.stringify({ peerId: node.peerId, addr, code }) + '\n')
