import { afterEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import type { ServerResponse } from 'node:http'
import { dirname, join } from 'node:path'
import { admin, DSP_CONTEXT, callbackServer, httpServer, postDsp, validDsp } from '../dsp-helpers.ts'
import { canMountTmpfs, cleanup, runCli, startNode, tempDir, testConfig, waitFor } from '../helpers.ts'
import { DestinationGuard, pull } from '../../src/dsp/index.ts'
import { fileSystemProbe, spaceCheck, TransferError } from '../../src/transfer/index.ts'
import { joseKeys } from '../../src/identity/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

/** Write `piece` again and again, as fast as the client takes it, up to `upTo` bytes; `state` says how far it got. */
function sendRepeated(res: ServerResponse, piece: Buffer, upTo: number, state: { sent: number; finished: boolean }): void {
  const more = (): void => {
    while (state.sent < upTo) {
      state.sent += piece.length
      if (!res.write(piece)) {
        res.once('drain', more)
        return
      }
    }
    state.finished = true
    res.end()
  }
  res.on('close', () => res.removeAllListeners('drain'))
  more()
}

/** One pull from a test's HTTP server, as the DSP consumer runs it (no digest unless given). */
async function pullFrom(
  url: string,
  id: string,
  dest: string,
  opts: { sha256?: string; receiveDir?: string; space?: (dest: string, need: number) => Promise<void>; destinations?: DestinationGuard } = {}
): Promise<Awaited<ReturnType<typeof pull>>> {
  return await pull(
    { logger: silentLogger() },
    {
      record: { id, datasetId: 'x', dest, sha256: opts.sha256 ?? '', dataAddress: { endpoint: url } },
      receiveDir: opts.receiveDir ?? dirname(dest),
      signal: new AbortController().signal,
      space: opts.space,
      destinations: opts.destinations
    }
  )
}

const THREE_USES = 'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: count, operator: lteq, rightOperand: 3 }\n'
const TCK = 'tck-secret-token'
const post = async (url: string, body: unknown): Promise<{ status: number; body: any }> => await postDsp(url, body, TCK)

interface Provider {
  node: HanseNode
  file: Buffer
  tree: string
}

async function provider(dspOverrides: Record<string, unknown> = {}): Promise<Provider> {
  const dir = tempDir()
  const policies = join(dir, 'policies')
  mkdirSync(policies)
  writeFileSync(join(policies, 'three.yaml'), THREE_USES)
  const file = Buffer.alloc(3 * 1024 * 1024 + 17)
  for (let i = 0; i < file.length; i++) file[i] = (i * 31 + (i >> 10)) & 0xff
  writeFileSync(join(dir, 'big.bin'), file)
  const tree = join(dir, 'tree')
  mkdirSync(join(tree, 'sub'), { recursive: true })
  writeFileSync(join(tree, 'a.txt'), 'alpha\n')
  writeFileSync(join(tree, 'sub', 'b.txt'), 'beta\n')
  writeFileSync(join(dir, 'tck.token'), `${TCK}\n`)
  const node = await startNode(
    testConfig({
      name: 'provider',
      network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
      policies: { dir: policies },
      datasets: [
        { id: 'big', title: 'Big file', source: join(dir, 'big.bin'), offers: [{ id: 'big:three', policy: 'three' }] },
        { id: 'tree', title: 'A tree', source: tree, offers: [{ id: 'tree:three', policy: 'three' }] }
      ],
      dsp: {
        enabled: true,
        listen: { host: '127.0.0.1', port: 0 },
        auth: { tokens: [{ participantId: 'urn:tck:consumer', tokenFile: join(dir, 'tck.token') }] },
        ...dspOverrides
      }
    })
  )
  return { node, file, tree }
}

/** A node that speaks DSP only (its data dir follows `name`: the same config starts it again). */
function dspConsumerConfig(name: string): ReturnType<typeof testConfig> {
  return testConfig({
    name,
    network: { listen: [], mdns: { enabled: false }, dht: { enabled: false } },
    dsp: { enabled: true, listen: { host: '127.0.0.1', port: 0 } }
  })
}

async function consumer(): Promise<HanseNode> {
  return await startNode(dspConsumerConfig('consumer'))
}

/**
 * A DSP provider's HTTP side for a consumer under test: every request is recorded in `seen`
 * ("METHOD URL RANGE"), every POST (completion, termination) answered with {}, GETs by `serveGet`.
 */
async function recordingProvider(serveGet: Parameters<typeof httpServer>[0]): Promise<{ port: number; seen: string[] }> {
  const seen: string[] = []
  const { port } = await httpServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${String(req.headers.range ?? '')}`)
    if (req.method === 'POST') {
      req.resume()
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      return
    }
    serveGet(req, res)
  })
  return { port, seen }
}

/** A consumer's DSP transfer as a stop in the middle of a pull leaves it: STARTED, pulling from `port`. */
async function storeStartedPull(node: HanseNode, t: { id: string; port: number; dest: string; sha: string }): Promise<void> {
  const record = {
    id: t.id,
    role: 'consumer',
    peer: 'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp',
    consumerPid: t.id,
    providerPid: 'urn:uuid:provider-side',
    agreementId: 'urn:uuid:some-agreement',
    datasetId: 'data',
    state: 'STARTED',
    loggedState: 'STARTED',
    createdAt: Date.now(),
    address: `http://127.0.0.1:${t.port}/dsp/2025-1`,
    dataAddress: { endpoint: `http://127.0.0.1:${t.port}/data` },
    dest: t.dest,
    sha256: t.sha,
    bytes: 0
  }
  await node.parts.store.commit(b => b.put(t.id, record, { sublevel: node.parts.store.sublevel('dsptransfers') }))
}

describe('hanse ↔ hanse transfer over DSP only (HttpData-PULL)', () => {
  it('fetches a file and a directory, verified, with the same ledger entries; the fourth use under a three-use agreement is refused', async () => {
    const p = await provider()
    const c = await consumer()
    const url = p.node.parts.dsp.url
    const agree = async (offerId: string): Promise<string> => {
      const n = await admin(c, 'POST', '/v1/dsp/negotiations?wait=true', { url, offerId })
      expect(n.body.negotiation.state, JSON.stringify(n.body)).toBe('FINALIZED')
      return n.body.negotiation.agreementId as string
    }
    const big = await agree('big:three')
    const out = join(tempDir(), 'big.bin')
    const t = await admin(c, 'POST', '/v1/dsp/transfers?wait=true', { agreementId: big, out })
    expect(t.status).toBe(201)
    expect(t.body.transfer).toMatchObject({ state: 'COMPLETED', bytes: p.file.length, dest: out, binding: 'dsp' })
    expect(readFileSync(out).equals(p.file)).toBe(true)
    // the provider's side of the same process is COMPLETED once the completion message arrived
    const theirs = await waitFor(async () => (await admin(p.node, 'GET', '/v1/dsp/transfers')).body.transfers.find((x: any) => x.state === 'COMPLETED'))
    expect(theirs).toMatchObject({ role: 'provider', agreementId: big, datasetId: 'big' })

    const tree = await agree('tree:three')
    const dir = join(tempDir(), 'tree')
    const td = await admin(c, 'POST', '/v1/dsp/transfers?wait=true', { agreementId: tree, out: dir })
    expect(td.body.transfer.state, JSON.stringify(td.body)).toBe('COMPLETED')
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('alpha\n')
    expect(readFileSync(join(dir, 'sub', 'b.txt'), 'utf8')).toBe('beta\n')

    // never over what exists, and refused before the provider counts a use
    const again = await admin(c, 'POST', '/v1/dsp/transfers?wait=true', { agreementId: big, out })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('DESTINATION_EXISTS')
    // uses two and three; the fourth is refused by the provider's policy
    const uses = []
    for (let i = 0; i < 3; i++) {
      const r = await admin(c, 'POST', '/v1/dsp/transfers?wait=true', { agreementId: big, out: join(tempDir(), `big-${i}.bin`) })
      uses.push(r.body.transfer.state)
    }
    expect(uses).toEqual(['COMPLETED', 'COMPLETED', 'TERMINATED'])
    const list = (await admin(c, 'GET', '/v1/dsp/transfers')).body.transfers
    expect(list[0].error).toMatchObject({ code: 'POLICY_DENIED' })
    // both ledgers have the transfer states, marked as DSP
    for (const node of [c, p.node]) {
      const states = []
      for await (const e of node.parts.ledger.query({ type: 'transfer.state' })) states.push(e.payload)
      expect(
        states.some(s => s.binding === 'dsp' && s.state === 'COMPLETED'),
        node.config.name
      ).toBe(true)
    }
    // and each can audit the other over DSP: signed checkpoints swapped after each transfer,
    // both accounts of both agreements and every transfer compared, nothing missing
    const providerDid = joseKeys(p.node.parts.identity.privateKey).did
    const consumerDid = joseKeys(c.parts.identity.privateKey).did
    // the provider recorded one exchange for each transfer that completed, under its consumerPid
    const completed = list.filter((x: any) => x.state === 'COMPLETED').map((x: any) => x.consumerPid as string)
    expect(completed).toHaveLength(4)
    await waitFor(async () => {
      const got: string[] = []
      for await (const e of p.node.parts.ledger.query({ type: 'checkpoint.received' })) if (e.peer === consumerDid) got.push(e.transferId)
      return got.sort().join() === [...completed].sort().join() || undefined
    })
    for (const [node, partner] of [
      [c, providerDid],
      [p.node, consumerDid]
    ] as const) {
      const audit = await admin(node, 'POST', `/v1/ledger/audit/${encodeURIComponent(partner)}`)
      expect(audit.status, JSON.stringify(audit.body)).toBe(200)
      expect(audit.body.audit, node.config.name).toMatchObject({ ok: true, findings: [], sharedAgreements: 2, coverage: { complete: true, pending: 0 } })
      expect(audit.body.audit.entriesChecked, node.config.name).toBeGreaterThan(10)
    }
  })
})

describe('a DSP download that fills the disk', () => {
  it.skipIf(!canMountTmpfs())(
    'is suspended on both sides, keeps what arrived, and resumes from there once there is space (needs root for a tmpfs)',
    async () => {
      const p = await provider()
      const c = await consumer()
      const n = await admin(c, 'POST', '/v1/dsp/negotiations?wait=true', { url: p.node.parts.dsp.url, offerId: 'big:three' })
      const agreementId = n.body.negotiation.agreementId as string
      const mnt = tempDir()
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt])
      try {
        const out = join(mnt, 'big.bin')
        const cli = join(tempDir(), 'cli.yaml')
        writeFileSync(cli, `name: cli\ndataDir: ${c.config.dataDir}\n`)
        const fetched = await runCli(['--config', cli, 'fetch', agreementId, '--out', out])
        expect(fetched.code).not.toBe(0)
        const id = /DSP transfer (\S+), SUSPENDED; resume it with: hanse transfers resume \1\)/.exec(fetched.stderr)?.[1] as string
        expect(id, fetched.stderr).toBeDefined()
        expect(fetched.stderr).toContain('DISK_FULL')
        const [t] = (await admin(c, 'GET', '/v1/dsp/transfers')).body.transfers
        expect(t).toMatchObject({ id, state: 'SUSPENDED', error: { code: 'DISK_FULL' } })
        const theirs = await waitFor(async () =>
          (await admin(p.node, 'GET', '/v1/dsp/transfers')).body.transfers.find((x: any) => x.role === 'provider' && x.state === 'SUSPENDED')
        )
        expect(theirs.agreementId).toBe(agreementId)
        const [part] = readdirSync(mnt)
        expect(part).toMatch(/^big\.bin\.part-/)
        const kept = readFileSync(join(mnt, part as string)).length
        expect(kept).toBeGreaterThan(0)
        // not enough freed: the resume (waiting for its end) stops again where the disk is full
        execFileSync('mount', ['-o', 'remount,size=2m', mnt])
        const short = await admin(c, 'POST', `/v1/dsp/transfers/${encodeURIComponent(id)}/resume?wait=true`)
        expect(short.status, JSON.stringify(short.body)).toBe(200)
        expect(short.body.transfer).toMatchObject({ id, state: 'SUSPENDED', error: { code: 'DISK_FULL' } })
        expect(readFileSync(join(mnt, part as string)).length).toBeGreaterThan(kept)
        // the operator frees space and resumes: the rest comes, from where it stopped
        execFileSync('mount', ['-o', 'remount,size=16m', mnt])
        const resumed = await runCli(['--config', cli, 'transfers', 'resume', id])
        expect(resumed.code, resumed.stderr).toBe(0)
        const done = await waitFor(async () =>
          (await admin(c, 'GET', '/v1/dsp/transfers')).body.transfers.find((x: any) => x.id === id && x.state === 'COMPLETED')
        )
        expect(done).toMatchObject({ bytes: p.file.length, dest: out, error: null })
        expect(readFileSync(out).equals(p.file)).toBe(true)
        expect(readdirSync(mnt)).toEqual(['big.bin'])
        // the resume is the same use of the three-use agreement: two more fetches go, the third not
        const uses = []
        for (let i = 0; i < 3; i++) {
          const more = await admin(c, 'POST', '/v1/dsp/transfers?wait=true', { agreementId, out: join(tempDir(), `big-${i}.bin`) })
          uses.push(more.body.transfer.state)
        }
        expect(uses).toEqual(['COMPLETED', 'COMPLETED', 'TERMINATED'])
        // a resume of what is not suspended is refused; with ?wait the API answers the end
        const again = await admin(c, 'POST', `/v1/dsp/transfers/${encodeURIComponent(id)}/resume?wait=true`)
        expect(again.body.error.code).toBe('INVALID_TRANSITION')
      } finally {
        execFileSync('umount', ['-l', mnt])
      }
    }
  )
})

describe('hanse fetch of an agreement made over DSP', () => {
  it('goes over DSP, exits 0 with the file in place', async () => {
    const p = await provider()
    const c = await consumer()
    const n = await admin(c, 'POST', '/v1/dsp/negotiations?wait=true', { url: p.node.parts.dsp.url, offerId: 'big:three' })
    const agreementId = n.body.negotiation.agreementId as string
    const listed = (await admin(c, 'GET', '/v1/agreements')).body.agreements
    expect(listed).toEqual([expect.objectContaining({ agreementId, binding: 'dsp' })])
    const file = join(tempDir(), 'cli.yaml')
    writeFileSync(file, `name: cli\ndataDir: ${c.config.dataDir}\n`)
    const out = join(tempDir(), 'fetched.bin')
    const r = await runCli(['--config', file, 'fetch', agreementId, '--out', out])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain(`${out}: 3.0 MiB received over DSP and verified`)
    expect(readFileSync(out).equals(p.file)).toBe(true)
  })
})

describe('DSP transfer, provider side, as the TCK drives it (TP:01)', () => {
  it('request → start with a data address → ranged GETs → suspension → start again → completion', async () => {
    // (a provider that sends to 127.0.0.1 and no other private address: see the refused request below)
    const p = await provider({ destinations: { private: 'deny', allow: ['127.0.0.1'] } })
    const base = p.node.parts.dsp.baseUrl
    const tck = await callbackServer()
    // an agreement with the TCK's consumer, negotiated as the TCK does it
    const created = await post(`${base}/negotiations/request`, {
      '@context': [DSP_CONTEXT],
      '@type': 'ContractRequestMessage',
      consumerPid: 'urn:uuid:tck-neg',
      offer: {
        '@id': 'big:three',
        '@type': 'Offer',
        target: 'big',
        permission: [{ action: 'use', constraint: [{ leftOperand: 'count', operator: 'lteq', rightOperand: '3' }] }]
      },
      callbackAddress: tck.url
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const agreementMsg = await waitFor(() => tck.received.find(r => r.path.endsWith('/agreement')))
    const providerPid = created.body.providerPid
    await post(`${base}/negotiations/${providerPid}/agreement/verification`, {
      '@context': [DSP_CONTEXT],
      '@type': 'ContractAgreementVerificationMessage',
      consumerPid: 'urn:uuid:tck-neg',
      providerPid
    })
    await waitFor(() => tck.received.find(r => r.path.endsWith('/events')))
    const agreementId = agreementMsg.body.agreement['@id'] as string

    // a callback this provider would never write to is refused as it arrives: no process, no use
    const elsewhere = await post(`${base}/transfers/request`, {
      '@context': [DSP_CONTEXT],
      '@type': 'TransferRequestMessage',
      consumerPid: 'urn:uuid:tck-tp-ssrf',
      agreementId,
      format: 'HttpData-PULL',
      callbackAddress: 'http://127.0.0.2:9/internal'
    })
    expect(elsewhere.status).toBe(400)
    validDsp('TransferError', elsewhere.body)
    expect(elsewhere.body).toMatchObject({ code: 'DSP_ADDRESS_FORBIDDEN' })
    expect((await admin(p.node, 'GET', '/v1/dsp/transfers')).body.transfers).toEqual([])

    const req = await post(`${base}/transfers/request`, {
      '@context': [DSP_CONTEXT],
      '@type': 'TransferRequestMessage',
      consumerPid: 'urn:uuid:tck-tp',
      agreementId,
      format: 'HttpData-PULL',
      callbackAddress: tck.url
    })
    expect(req.status, JSON.stringify(req.body)).toBe(201)
    validDsp('TransferProcess', req.body)
    const pid = req.body.providerPid as string
    // the same request again (a consumer retrying a lost answer) is the same process
    const repeated = await post(`${base}/transfers/request`, {
      '@context': [DSP_CONTEXT],
      '@type': 'TransferRequestMessage',
      consumerPid: 'urn:uuid:tck-tp',
      agreementId,
      format: 'HttpData-PULL',
      callbackAddress: tck.url
    })
    expect(repeated.body.providerPid).toBe(pid)
    const start = await waitFor(() => tck.received.find(r => r.path === '/tck/transfers/urn%3Auuid%3Atck-tp/start'))
    validDsp('TransferStartMessage', start.body)
    const endpoint = start.body.dataAddress.endpoint as string
    const auth = start.body.dataAddress.endpointProperties.find((x: any) => x.name === 'authorization').value as string
    const ranged = await fetch(endpoint, { headers: { authorization: auth, range: 'bytes=100-199' } })
    expect(ranged.status).toBe(206)
    expect(Buffer.from(await ranged.arrayBuffer()).equals(p.file.subarray(100, 200))).toBe(true)
    const whole = await fetch(endpoint, { headers: { authorization: auth } })
    expect(
      createHash('sha256')
        .update(Buffer.from(await whole.arrayBuffer()))
        .digest('hex')
    ).toBe(createHash('sha256').update(p.file).digest('hex'))
    expect((await fetch(endpoint, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(404)
    expect((await fetch(endpoint, { headers: { authorization: auth, range: 'bytes=99999999-' } })).status).toBe(416)

    // the consumer suspends: the data is closed until it starts again, with a new token
    const pids = { '@context': [DSP_CONTEXT], consumerPid: 'urn:uuid:tck-tp', providerPid: pid }
    expect(
      (await post(`${base}/transfers/${pid}/suspension`, { ...pids, '@type': 'TransferSuspensionMessage', code: 'PAUSE', reason: ['later'] })).status
    ).toBe(200)
    expect((await fetch(endpoint, { headers: { authorization: auth } })).status).toBe(403)
    const illegal = await post(`${base}/transfers/${pid}/completion`, { ...pids, '@type': 'TransferCompletionMessage' })
    expect(illegal.status).toBe(400)
    validDsp('TransferError', illegal.body)
    expect((await post(`${base}/transfers/${pid}/start`, { ...pids, '@type': 'TransferStartMessage' })).status).toBe(200)
    const restart = await waitFor(() => tck.received.filter(r => r.path.endsWith('/start'))[1])
    const auth2 = restart.body.dataAddress.endpointProperties.find((x: any) => x.name === 'authorization').value
    expect(auth2).not.toBe(auth)
    expect((await fetch(endpoint, { headers: { authorization: auth2, range: 'bytes=0-0' } })).status).toBe(206)
    expect((await post(`${base}/transfers/${pid}/completion`, { ...pids, '@type': 'TransferCompletionMessage' })).status).toBe(200)
    const state = await (await fetch(`${base}/transfers/${pid}`, { headers: { authorization: TCK } })).json()
    validDsp('TransferProcess', state)
    expect(state).toMatchObject({ state: 'COMPLETED' })
    expect((await fetch(endpoint, { headers: { authorization: auth2 } })).status).toBe(403)
    // unknown agreements and formats are refused with a TransferError
    const unknown = await post(`${base}/transfers/request`, {
      '@context': [DSP_CONTEXT],
      '@type': 'TransferRequestMessage',
      consumerPid: 'urn:uuid:x',
      agreementId: 'urn:uuid:nope',
      format: 'HttpData-PULL',
      callbackAddress: tck.url
    })
    expect(unknown.status).toBe(400)
    validDsp('TransferError', unknown.body)
    const push = await post(`${base}/transfers/request`, {
      '@context': [DSP_CONTEXT],
      '@type': 'TransferRequestMessage',
      consumerPid: 'urn:uuid:y',
      agreementId,
      format: 'HttpData-PUSH',
      callbackAddress: tck.url
    })
    expect(push.body.code).toBe('TRANSFER_FORMAT_UNSUPPORTED')
  })
})

describe('the DSP pull', () => {
  it('resumes a cut download from what arrived (Range), then verifies the whole', async () => {
    const data = Buffer.alloc(1024 * 1024, 7)
    data.write('hanse', 500_000)
    const sha = createHash('sha256').update(data).digest('hex')
    const ranges: string[] = []
    const { port } = await httpServer((req, res) => {
      ranges.push(String(req.headers.range ?? ''))
      const m = /bytes=(\d+)-/.exec(String(req.headers.range ?? ''))
      const from = m === null ? 0 : Number(m[1])
      res.writeHead(m === null ? 200 : 206, {
        'content-length': String(data.length - from),
        'content-range': `bytes ${from}-${data.length - 1}/${data.length}`
      })
      res.end(data.subarray(from))
    })
    const dir = tempDir()
    const dest = join(dir, 'out.bin')
    const id = 'urn:uuid:pull-test'
    const tag = createHash('sha256').update(id).digest('hex').slice(0, 12)
    // what a cut left behind: the first 300,000 bytes
    writeFileSync(`${dest}.part-${tag}`, data.subarray(0, 300_000))
    const r = await pullFrom(`http://127.0.0.1:${port}/data`, id, dest, { sha256: sha })
    expect(r.error).toBeUndefined()
    expect(readFileSync(dest).equals(data)).toBe(true)
    expect(ranges.slice(1)).toEqual(['bytes=300000-'])
  })

  it('a download under way when the node stopped goes on from its .part file after a restart, then completes', async () => {
    const data = Buffer.alloc(512 * 1024, 3)
    const sha = createHash('sha256').update(data).digest('hex')
    const { port, seen } = await recordingProvider((req, res) => {
      const m = /bytes=(\d+)-/.exec(String(req.headers.range ?? ''))
      const from = m === null ? 0 : Number(m[1])
      const end = /bytes=\d+-(\d+)/.exec(String(req.headers.range ?? ''))?.[1]
      const to = end === undefined ? data.length - 1 : Number(end)
      res.writeHead(m === null ? 200 : 206, { 'content-length': String(to - from + 1), 'content-range': `bytes ${from}-${to}/${data.length}` })
      res.end(data.subarray(from, to + 1))
    })
    const cfg = dspConsumerConfig('restarting')
    const first = await startNode(cfg)
    const dest = join(tempDir(), 'resumed.bin')
    const id = 'urn:uuid:restart-test'
    const tag = createHash('sha256').update(id).digest('hex').slice(0, 12)
    // the state a stop in the middle of a pull leaves: the record STARTED, part of the data on disk
    await storeStartedPull(first, { id, port, dest, sha })
    writeFileSync(`${dest}.part-${tag}`, data.subarray(0, 200_000))
    await first.stop()
    const second = await startNode(cfg)
    const done = await waitFor(async () => {
      const list = (await admin(second, 'GET', '/v1/dsp/transfers')).body.transfers
      return list.find((t: any) => t.id === id && t.state === 'COMPLETED')
    }, 15_000)
    expect(done.bytes).toBe(data.length)
    expect(readFileSync(dest).equals(data)).toBe(true)
    // it went on from byte 200,000, and told the provider it completed
    expect(seen).toContain('GET /data bytes=200000-')
    expect(seen.some(l => l.startsWith('POST /dsp/2025-1/transfers/urn%3Auuid%3Aprovider-side/completion'))).toBe(true)
  })

  it('a node stopped in the middle of a pull leaves the process STARTED; after the restart it goes on with Range and completes', async () => {
    const data = Buffer.alloc(512 * 1024, 5)
    const sha = createHash('sha256').update(data).digest('hex')
    let hold = true
    const { port, seen } = await recordingProvider((req, res) => {
      const from = Number(/bytes=(\d+)-/.exec(String(req.headers.range ?? ''))?.[1] ?? 0)
      res.writeHead(from === 0 ? 200 : 206, {
        'content-length': String(data.length - from),
        'content-range': `bytes ${from}-${data.length - 1}/${data.length}`
      })
      // the first GET sends 200,000 bytes and then nothing: the node is stopped while it waits
      if (hold) res.write(data.subarray(0, 200_000))
      else res.end(data.subarray(from))
    })
    const cfg = dspConsumerConfig('stopped-mid-pull')
    const dest = join(tempDir(), 'stopped.bin')
    const id = 'urn:uuid:stop-mid-pull'
    const setup = await startNode(cfg)
    await storeStartedPull(setup, { id, port, dest, sha })
    await setup.stop()
    // this start takes the download up, and is stopped while the provider holds the body
    const first = await startNode(cfg)
    await waitFor(async () => (seen.some(l => l.startsWith('GET /data')) ? true : undefined))
    await new Promise(resolve => setTimeout(resolve, 200))
    await first.stop()
    hold = false
    const second = await startNode(cfg)
    const done = await waitFor(async () => {
      const list = (await admin(second, 'GET', '/v1/dsp/transfers')).body.transfers
      return list.find((t: any) => t.id === id && t.state !== 'STARTED')
    }, 15_000)
    expect(done.state).toBe('COMPLETED')
    expect(readFileSync(dest).equals(data)).toBe(true)
    // no termination went to the provider, and the second node went on from what had arrived
    expect(seen.some(l => l.includes('/termination'))).toBe(false)
    expect(seen).toContain('GET /data bytes=200000-')
  })

  it('bytes that do not match the announced SHA-256 are refused, whether they came in one answer or were resumed', async () => {
    const data = Buffer.alloc(1024 * 1024, 3)
    const sha = createHash('sha256').update(data).digest('hex')
    // the provider serves one flipped byte past what a cut left behind
    const served = Buffer.from(data)
    served.writeUInt8(served.readUInt8(700_000) ^ 0xff, 700_000)
    const { port } = await httpServer((req, res) => {
      const m = /bytes=(\d+)-(\d*)/.exec(String(req.headers.range ?? ''))
      const from = m === null ? 0 : Number(m[1])
      const to = m === null || m[2] === '' ? served.length - 1 : Number(m[2])
      res.writeHead(m === null ? 200 : 206, { 'content-length': String(to - from + 1), 'content-range': `bytes ${from}-${to}/${served.length}` })
      res.end(served.subarray(from, to + 1))
    })
    const dir = tempDir()
    const pullInto = async (id: string, dest: string): Promise<Awaited<ReturnType<typeof pull>>> =>
      await pullFrom(`http://127.0.0.1:${port}/data`, id, dest, { sha256: sha })
    const tagOf = (id: string): string => createHash('sha256').update(id).digest('hex').slice(0, 12)
    // in one answer (its digest taken as the bytes arrive)
    const whole = await pullInto('urn:uuid:bad-whole', join(dir, 'whole.bin'))
    expect(whole.error?.code).toBe('DIGEST_MISMATCH')
    expect(existsSync(join(dir, 'whole.bin'))).toBe(false)
    expect(existsSync(join(dir, `whole.bin.part-${tagOf('urn:uuid:bad-whole')}`))).toBe(false)
    // resumed from a .part (its digest read back from the file)
    writeFileSync(join(dir, `resumed.bin.part-${tagOf('urn:uuid:bad-resumed')}`), data.subarray(0, 300_000))
    const resumed = await pullInto('urn:uuid:bad-resumed', join(dir, 'resumed.bin'))
    expect(resumed.error?.code).toBe('DIGEST_MISMATCH')
    expect(existsSync(join(dir, 'resumed.bin'))).toBe(false)
    expect(existsSync(join(dir, `resumed.bin.part-${tagOf('urn:uuid:bad-resumed')}`))).toBe(false)
  })

  it('a provider that sends past the size it declared, or a range other than the one asked for, is refused and leaves nothing behind', async () => {
    const declared = 1024 * 1024
    const data = Buffer.alloc(declared, 7)
    const piece = Buffer.alloc(64 * 1024, 7)
    const endless = { sent: 0, finished: false }
    const { port } = await httpServer((req, res) => {
      const range = String(req.headers.range ?? '')
      if (range === 'bytes=0-0') {
        res.writeHead(206, { 'content-length': '1', 'content-range': `bytes 0-0/${declared}` })
        res.end(data.subarray(0, 1))
        return
      }
      if (req.url === '/endless') {
        // no Content-Length (chunked): 64 MiB offered for a dataset of 1 MiB, as fast as taken
        res.writeHead(200, { 'content-type': 'application/octet-stream' })
        sendRepeated(res, piece, 64 * declared, endless)
        return
      }
      // /elsewhere: asked for the rest from 300,000, it sends bytes from 1,000 on (a 206 from 0
      // would be the whole again, at its place: that one is taken)
      res.writeHead(206, { 'content-length': String(declared - 1000), 'content-range': `bytes 1000-${declared - 1}/${declared}` })
      res.end(data.subarray(1000))
    })
    const dir = tempDir()
    const tagOf = (id: string): string => createHash('sha256').update(id).digest('hex').slice(0, 12)

    const over = await pullFrom(`http://127.0.0.1:${port}/endless`, 'urn:uuid:endless', join(dir, 'endless.bin'))
    expect(over.error?.code).toBe('DSP_COUNTERPARTY_ERROR')
    expect(over.error?.message).toMatch(/more than the 1048576 bytes it declared/)
    // cut off on the way: the provider never got to send its 64 MiB
    expect(endless.finished).toBe(false)
    expect(existsSync(join(dir, 'endless.bin'))).toBe(false)
    expect(existsSync(join(dir, `endless.bin.part-${tagOf('urn:uuid:endless')}`))).toBe(false)

    writeFileSync(join(dir, `elsewhere.bin.part-${tagOf('urn:uuid:elsewhere')}`), data.subarray(0, 300_000))
    const misplaced = await pullFrom(`http://127.0.0.1:${port}/elsewhere`, 'urn:uuid:elsewhere', join(dir, 'elsewhere.bin'))
    expect(misplaced.error?.code).toBe('DSP_COUNTERPARTY_ERROR')
    expect(misplaced.error?.message).toMatch(/answered the range from byte 300000 with Content-Range 'bytes 1000-1048575\/1048576'/)
    expect(existsSync(join(dir, 'elsewhere.bin'))).toBe(false)
    expect(existsSync(join(dir, `elsewhere.bin.part-${tagOf('urn:uuid:elsewhere')}`))).toBe(false)
  })

  it('a data address on a network the node does not send to is never connected to, by address or by name', async () => {
    const data = Buffer.from('the dataset\n')
    const seen: string[] = []
    const serve: Parameters<typeof httpServer>[0] = (req, res) => {
      seen.push(`${req.socket.localAddress ?? ''} ${req.url ?? ''}`)
      res.writeHead(206, { 'content-length': '1', 'content-range': `bytes 0-0/${data.length}` }).end(data.subarray(0, 1))
    }
    // an "internal service" on another loopback address, and the counterparty's own on 127.0.0.1
    const internal = await httpServer(serve, '127.0.0.2')
    const own = await httpServer((req, res) => {
      seen.push(`${req.socket.localAddress ?? ''} ${req.url ?? ''}`)
      const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''))
      const from = Number(range?.[1] ?? 0)
      const to = range?.[2] === '' || range === null ? data.length - 1 : Number(range[2])
      res.writeHead(206, { 'content-length': String(to - from + 1), 'content-range': `bytes ${from}-${to}/${data.length}` }).end(data.subarray(from, to + 1))
    })
    const dir = tempDir()
    const guard = new DestinationGuard({ privateAllowed: false, allow: ['127.0.0.1'] })
    const byAddress = await pullFrom(`http://127.0.0.2:${internal.port}/secrets`, 'urn:uuid:ssrf-a', join(dir, 'a.bin'), { destinations: guard })
    expect(byAddress.error).toMatchObject({ code: 'DSP_ADDRESS_FORBIDDEN', message: expect.stringContaining('127.0.0.2') })
    // a name is checked for every address it resolves to, when the connection is made
    const noPrivate = new DestinationGuard({ privateAllowed: false, allow: [] })
    const byName = await pullFrom(`http://localhost:${own.port}/data`, 'urn:uuid:ssrf-b', join(dir, 'b.bin'), { destinations: noPrivate })
    expect(byName.error).toMatchObject({ code: 'DSP_ADDRESS_FORBIDDEN', message: expect.stringContaining('localhost') })
    expect(seen).toEqual([])
    expect(readdirSync(dir)).toEqual([])
    // where the node does send, the same pull goes through
    const allowed = await pullFrom(`http://127.0.0.1:${own.port}/data`, 'urn:uuid:ssrf-c', join(dir, 'c.bin'), { destinations: guard })
    expect(allowed.error).toBeUndefined()
    expect(readFileSync(join(dir, 'c.bin')).equals(data)).toBe(true)
  })

  it('a manifest that lists a file twice, a file inside another or a path out of the dataset is refused before anything is fetched', async () => {
    const sha = 'a'.repeat(64)
    const manifests: Record<string, unknown> = {
      '/twice': {
        directory: true,
        files: [
          { path: 'a.csv', size: 3, sha256: sha },
          { path: 'a.csv', size: 3, sha256: sha }
        ]
      },
      '/inside': {
        directory: true,
        files: [
          { path: 'a', size: 3, sha256: sha },
          { path: 'a/b.csv', size: 3, sha256: sha }
        ]
      },
      '/outside': { directory: true, files: [{ path: '../escape.csv', size: 3, sha256: sha }] }
    }
    const fetched: string[] = []
    const { port } = await httpServer((req, res) => {
      const manifest = manifests[req.url ?? '']
      if (manifest !== undefined) {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.end(JSON.stringify(manifest))
        return
      }
      fetched.push(req.url ?? '')
      res.writeHead(200, { 'content-length': '3' })
      res.end('abc')
    })
    const dir = tempDir()
    for (const [path, why] of [
      ['/twice', /a\.csv is listed twice/],
      ['/inside', /a\/b\.csv lies inside the file a/],
      ['/outside', /\.\./]
    ] as const) {
      const dest = join(dir, `got${path.replace('/', '-')}`)
      const r = await pullFrom(`http://127.0.0.1:${port}${path}`, `urn:uuid:${path.slice(1)}`, dest)
      expect(r.error?.code, path).toBe('DSP_COUNTERPARTY_ERROR')
      expect(r.error?.message).toMatch(why)
      expect(existsSync(dest)).toBe(false)
    }
    expect(fetched).toEqual([])
    expect(existsSync(join(dir, '..', 'escape.csv'))).toBe(false)
  })

  it('a provider that ignores Range is fetched once: the probe answered with the whole dataset is not read', async () => {
    // 96 MiB, more than this machine's loopback buffers take in (tcp_rmem up to 32 MiB here), made
    // as it is sent: the probe's answer can only end if the pull reads it
    const block = Buffer.alloc(1024 * 1024)
    for (let i = 0; i < block.length; i += 4096) block[i] = (i >> 12) & 0xff
    const blocks = 96
    const hash = createHash('sha256')
    for (let i = 0; i < blocks; i++) hash.update(block)
    const sha = hash.digest('hex')
    const sent: number[] = []
    const { port } = await httpServer((_req, res) => {
      const n = sent.push(0) - 1
      res.writeHead(200, { 'content-length': String(blocks * block.length) })
      let i = 0
      const more = (): void => {
        while (i < blocks) {
          i++
          const ok = res.write(block, err => {
            if (err === undefined || err === null) sent[n] = (sent[n] as number) + block.length
          })
          if (!ok) {
            res.once('drain', more)
            return
          }
        }
        res.end()
      }
      res.on('close', () => res.removeAllListeners('drain'))
      more()
    })
    const dir = tempDir()
    const dest = join(dir, 'ignores-range.bin')
    const r = await pullFrom(`http://127.0.0.1:${port}/data`, 'urn:uuid:ignores-range', dest, { sha256: sha })
    expect(r.error).toBeUndefined()
    expect(r.bytes).toBe(blocks * block.length)
    // the probe and the download were asked for; only the download went through to its end
    expect(sent.length).toBe(2)
    expect(sent[0]).toBeLessThan(64 * block.length)
    expect(sent[1]).toBe(blocks * block.length)
  })

  it.skipIf(!canMountTmpfs())(
    'a full disk stops the pull at once with DISK_FULL, not as an unreachable provider, and keeps what arrived (needs root for a tmpfs)',
    async () => {
      const data = Buffer.alloc(3 * 1024 * 1024, 5)
      const sha = createHash('sha256').update(data).digest('hex')
      let gets = 0
      const { port } = await httpServer((req, res) => {
        gets++
        const m = /bytes=(\d+)-(\d*)/.exec(String(req.headers.range ?? ''))
        const from = m === null ? 0 : Number(m[1])
        const to = m === null || m[2] === '' ? data.length - 1 : Number(m[2])
        res.writeHead(m === null ? 200 : 206, { 'content-length': String(to - from + 1), 'content-range': `bytes ${from}-${to}/${data.length}` })
        res.end(data.subarray(from, to + 1))
      })
      const mnt = tempDir()
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt])
      try {
        const t0 = Date.now()
        const r = await pullFrom(`http://127.0.0.1:${port}/data`, 'urn:uuid:full', join(mnt, 'full.bin'), { sha256: sha })
        expect(r.error?.code).toBe('DISK_FULL')
        expect(r.error?.message).toMatch(/free some and resume the transfer/)
        // the probe and one download: no retries with backoff against a disk that stays full
        expect(gets).toBe(2)
        expect(Date.now() - t0).toBeLessThan(2_000)
        // what arrived stays for the resume (the consumer suspends the process)
        const tag = createHash('sha256').update('urn:uuid:full').digest('hex').slice(0, 12)
        expect(readdirSync(mnt)).toEqual([`full.bin.part-${tag}`])
      } finally {
        execFileSync('umount', ['-l', mnt])
      }
    }
  )

  it("a pull keeps the node store's reserve free: refused before a byte when the rest would not fit, cut off when an undeclared answer goes on", async () => {
    const dir = tempDir()
    const data = Buffer.alloc(2 * 1024 * 1024, 9)
    const gets: string[] = []
    const piece = Buffer.alloc(64 * 1024, 1)
    const endless = { sent: 0, finished: false }
    const { port } = await httpServer((req, res) => {
      gets.push(`${req.url} ${req.headers.range ?? ''}`)
      if (req.url === '/sized') {
        res.writeHead(206, { 'content-length': '1', 'content-range': `bytes 0-0/${data.length}` })
        res.end(data.subarray(0, 1))
        return
      }
      // /undeclared: no Content-Length, no Content-Range (chunked), and no end
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      sendRepeated(res, piece, 256 * 1024 * 1024, endless)
    })
    const pullWith = async (name: string, space: (dest: string, need: number) => Promise<void>): Promise<Awaited<ReturnType<typeof pull>>> =>
      await pullFrom(`http://127.0.0.1:${port}/${name}`, `urn:uuid:${name}`, join(dir, `${name}.bin`), { space })
    // a reserve no disk here has, on the real file system: refused after the probe, before the download
    const sized = await pullWith('sized', spaceCheck(fileSystemProbe, { dataDir: dir, reserveBytes: 2 ** 50 }))
    expect(sized.error?.code).toBe('DISK_FULL')
    expect(gets).toEqual(['/sized bytes=0-0'])
    // a disk that fills as the bytes come (played by the test): looked at again every 16 MiB
    const looked: number[] = []
    const filling = async (_dest: string, need: number): Promise<void> => {
      looked.push(need)
      if (looked.length === 3) throw new TransferError('DISK_FULL', 'the disk filled up')
    }
    const undeclared = await pullWith('undeclared', filling)
    expect(undeclared.error?.code).toBe('DISK_FULL')
    expect(looked).toEqual([0, 0, 0])
    expect(endless.finished).toBe(false)
    expect(endless.sent).toBeLessThan(128 * 1024 * 1024)
    // nothing was written for the first; what the second got stays for the resume
    expect(readdirSync(dir)).toEqual([`undeclared.bin.part-${createHash('sha256').update('urn:uuid:undeclared').digest('hex').slice(0, 12)}`])
  })

  it('a connection cut in the middle of the body is resumed with Range within the same pull', async () => {
    // several MiB before the cut and after it: writes of a MiB overlap, before and after the resume
    const data = Buffer.alloc(6 * 1024 * 1024 + 5)
    for (let i = 0; i < data.length; i++) data[i] = (i * 13 + (i >> 20)) & 0xff
    const sha = createHash('sha256').update(data).digest('hex')
    const ranges: string[] = []
    let cut = false
    const { port } = await httpServer((req, res) => {
      const range = String(req.headers.range ?? '')
      ranges.push(range)
      const from = Number(/bytes=(\d+)-/.exec(range)?.[1] ?? 0)
      const to = Number(/bytes=\d+-(\d+)/.exec(range)?.[1] ?? data.length - 1)
      res.writeHead(range === '' ? 200 : 206, { 'content-length': String(to - from + 1), 'content-range': `bytes ${from}-${to}/${data.length}` })
      if (!cut && to - from > 1) {
        // the first real download stops after 3,500,000 bytes: the connection goes away
        cut = true
        res.write(data.subarray(from, from + 3_500_000), () => res.socket?.destroy())
        return
      }
      res.end(data.subarray(from, to + 1))
    })
    const dir = tempDir()
    const dest = join(dir, 'cut.bin')
    const r = await pullFrom(`http://127.0.0.1:${port}/data`, 'urn:uuid:cut', dest, { sha256: sha })
    expect(r.error).toBeUndefined()
    expect(readFileSync(dest).equals(data)).toBe(true)
    // the probe byte, the first download (cut), then the rest from where the cut left it
    expect(ranges[0]).toBe('bytes=0-0')
    expect(ranges.at(-1)).toMatch(/^bytes=[1-9]\d*-$/)
    expect(Number(/bytes=(\d+)-/.exec(ranges.at(-1) as string)?.[1])).toBeGreaterThan(0)
  })
})
