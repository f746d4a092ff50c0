import { afterEach, describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanup, freePort, startNodeProcess, tempDir, waitFor } from '../helpers.ts'
import { ApiClient } from '../../src/client/index.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'

afterEach(cleanup)

/*
 * A busy data space for a fixed time: one provider and two consumers, each its own `hanse start`
 * process, workers negotiating and fetching a large file, a directory of many files and a tiny
 * file, every tenth fetch suspended and resumed or terminated and fetched again, catalogue
 * requests and ledger audits of the provider all along, memory sampled. Then the records, the
 * metrics and the ledgers must agree.
 *
 * `npm test` runs it for 20 s with small data; the full soak (README, Operations):
 *   HANSE_TEST_SOAK_SECONDS=720 HANSE_TEST_SOAK_FULL=1 npx vitest run test/integration/soak.test.ts
 */
const SECONDS = Number(process.env.HANSE_TEST_SOAK_SECONDS ?? 20)
const FULL = process.env.HANSE_TEST_SOAK_FULL === '1'
const WORKERS = FULL ? 4 : 2
const MiB = 1024 * 1024

interface Stats {
  negotiations: number
  fetches: number
  failures: string[]
  interruptions: number
  audits: Array<{ ok: boolean; findings: number; ms: number; shared: number }>
  rss: number[]
  heap: number[]
  external: number[]
}

const sleep = async (ms: number): Promise<void> => {
  await new Promise(resolve => setTimeout(resolve, ms))
}
const FINAL = new Set(['COMPLETED', 'TERMINATED', 'SUSPENDED'])

async function metric(c: ApiClient, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await c.stream('/metrics')).text()
  let sum = 0
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue
    const m = /^([a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$/.exec(line)
    if (m === null || m[1] !== name) continue
    const l = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(x => [x[1], x[2]]))
    if (Object.entries(labels).every(([k, v]) => l[k] === v)) sum += Number(m[3])
  }
  return sum
}

describe('soak', () => {
  it(
    `one provider, two consumers, ${SECONDS} s of negotiations, fetches, interruptions and audits: records, metrics and ledgers agree`,
    async () => {
      const dir = tempDir()
      mkdirSync(join(dir, 'policies'))
      writeFileSync(
        join(dir, 'policies', 'open.yaml'),
        'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n'
      )
      writeFileSync(join(dir, 'big.bin'), randomBytes((FULL ? 64 : 4) * MiB))
      writeFileSync(join(dir, 'small.bin'), randomBytes(1024))
      mkdirSync(join(dir, 'tree'))
      for (let i = 0; i < (FULL ? 200 : 50); i++) writeFileSync(join(dir, 'tree', `part-${i}.csv`), randomBytes(4096).toString('hex'))
      const port = await freePort()
      const node = (name: string, extra: string[]): { cfg: string; dataDir: string } => {
        const dataDir = join(dir, `${name}-data`)
        const cfg = join(dir, `${name}.yaml`)
        writeFileSync(
          cfg,
          [
            `name: ${name}`,
            `dataDir: ${dataDir}`,
            'trust: { mode: open }',
            'api: { port: 0 }',
            'logging: { level: warn }',
            'transfer: { chunkSizeBytes: 262144, abandonAfterMs: 2000, retryBaseMs: 200 }',
            ...extra
          ].join('\n') + '\n'
        )
        return { cfg, dataDir }
      }
      const p = node('provider', [
        'network:',
        `  listen: [/ip4/127.0.0.1/tcp/${port}]`,
        '  mdns: { enabled: false }',
        '  dht: { enabled: false }',
        'policies: { dir: policies }',
        'datasets:',
        '  - { id: big, title: Big, source: big.bin, offers: [{ policy: open }] }',
        '  - { id: tree, title: Tree, source: tree, offers: [{ policy: open }] }',
        '  - { id: small, title: Small, source: small.bin, offers: [{ policy: open }] }'
      ])
      await startNodeProcess(p.cfg, p.dataDir)
      const providerId = readRuntimeInfo(p.dataDir)!.peerId
      const consumers = ['alpha', 'beta'].map(name => ({
        name,
        ...node(name, [
          'network:',
          '  listen: [/ip4/127.0.0.1/tcp/0]',
          '  mdns: { enabled: false }',
          '  dht: { enabled: false }',
          `  bootstrap: [/ip4/127.0.0.1/tcp/${port}/p2p/${providerId}]`
        ])
      }))
      for (const c of consumers) await startNodeProcess(c.cfg, c.dataDir)
      const provider = ApiClient.fromDataDir(p.dataDir)
      const clients = consumers.map(c => ({ ...c, api: ApiClient.fromDataDir(c.dataDir) }))
      for (const c of clients)
        await waitFor(
          async () =>
            (await c.api.get<{ peers: Array<{ peerId: string; connected: boolean }> }>('/v1/peers')).peers.some(x => x.peerId === providerId && x.connected) ||
            undefined,
          20_000
        )

      // the connection each consumer has to the provider: it must be the same one at the end (no
      // connection torn down, by our own pings or anything else)
      const connection = async (c: (typeof clients)[number]): Promise<string | undefined> =>
        (await c.api.get<{ peers: Array<{ peerId: string; connections: Array<{ openedAt: string; remoteAddr: string }> }> }>('/v1/peers')).peers
          .find(x => x.peerId === providerId)
          ?.connections.map(x => `${x.remoteAddr}@${x.openedAt}`)
          .sort()
          .join(',')
      const connectedAt = await Promise.all(clients.map(connection))
      const stats: Stats = { negotiations: 0, fetches: 0, failures: [], interruptions: 0, audits: [], rss: [], heap: [], external: [] }
      const out = join(dir, 'out')
      mkdirSync(out)
      const stopAt = Date.now() + SECONDS * 1000
      const offers = ['big', 'tree', 'small']
      const worker = async (c: (typeof clients)[number], w: number): Promise<void> => {
        for (let n = 0; Date.now() < stopAt; n++) {
          const offerId = offers[(n + w) % 3] as string
          const { negotiation } = await c.api.request<{ negotiation: { state: string; agreementId: string | null; termination: unknown } }>(
            'POST',
            '/v1/negotiations?wait=true&timeoutMs=60000',
            { peer: providerId, offerId, terms: { purposes: ['research'] } },
            70_000
          )
          stats.negotiations++
          if (negotiation.state !== 'FINALIZED' || negotiation.agreementId === null) {
            stats.failures.push(`negotiation ${negotiation.state} ${JSON.stringify(negotiation.termination)}`)
            continue
          }
          const dest = join(out, `${c.name}-${w}-${n}`)
          const start = async (): Promise<{ id: string }> =>
            (await c.api.post<{ transfer: { id: string } }>('/v1/transfers', { agreementId: negotiation.agreementId, dest })).transfer
          let t = await start()
          if (n % 10 === 9) {
            stats.interruptions++
            await sleep(30)
            if (n % 20 === 19) {
              // terminated, then fetched again from scratch
              await c.api.post(`/v1/transfers/${encodeURIComponent(t.id)}/terminate`).catch(() => {})
              rmSync(dest, { recursive: true, force: true })
              t = await start()
            } else {
              await c.api.post(`/v1/transfers/${encodeURIComponent(t.id)}/suspend`).catch(() => {})
              await c.api.post(`/v1/transfers/${encodeURIComponent(t.id)}/resume`).catch(() => {})
            }
          }
          const done = await waitFor(
            async () => {
              const v = (await c.api.get<{ transfer: { state: string; error: { code: string } | null } }>(`/v1/transfers/${encodeURIComponent(t.id)}`)).transfer
              return FINAL.has(v.state) && !(v.state === 'SUSPENDED' && v.error?.code !== 'SUSPENDED') ? v : undefined
            },
            120_000,
            25
          )
          stats.fetches++
          if (done.state !== 'COMPLETED') stats.failures.push(`fetch ${offerId} ${done.state} ${JSON.stringify(done.error)}`)
          rmSync(dest, { recursive: true, force: true })
        }
      }
      const auditor = async (c: (typeof clients)[number]): Promise<void> => {
        while (Date.now() < stopAt) {
          await sleep(FULL ? 60_000 : 4_000)
          if (Date.now() >= stopAt) break
          await c.api.get(`/v1/catalog?peer=${providerId}`)
          const { audit } = await c.api.request<{ audit: { ok: boolean; findings: unknown[]; ms: number; sharedAgreements: number } }>(
            'POST',
            `/v1/ledger/audit/${providerId}`,
            undefined,
            300_000
          )
          stats.audits.push({ ok: audit.ok, findings: audit.findings.length, ms: audit.ms, shared: audit.sharedAgreements })
        }
      }
      const sampler = async (): Promise<void> => {
        while (Date.now() < stopAt) {
          stats.rss.push(await metric(provider, 'process_resident_memory_bytes'))
          stats.heap.push(await metric(provider, 'nodejs_heap_size_used_bytes'))
          stats.external.push(await metric(provider, 'nodejs_external_memory_bytes'))
          await sleep(FULL ? 10_000 : 2_000)
        }
      }
      await Promise.all([
        ...clients.flatMap(c =>
          Array.from({ length: WORKERS }, async (_, w) => {
            await worker(c, w)
          })
        ),
        ...clients.map(auditor),
        sampler()
      ])

      // idle: the provider ends what consumers abandoned, memory settles
      await sleep(FULL ? 30_000 : 5_000)
      const providerTransfers = async (): Promise<Array<{ state: string; error: { code: string } | null }>> =>
        (await provider.get<{ transfers: Array<{ state: string; error: { code: string } | null }> }>('/v1/transfers')).transfers
      await waitFor(async () => (await providerTransfers()).every(x => x.state === 'COMPLETED' || x.state === 'TERMINATED') || undefined, 20_000, 500)
      for (const c of clients) {
        const list = (await c.api.get<{ transfers: Array<{ state: string }> }>('/v1/transfers')).transfers
        expect(list.filter(x => x.state !== 'COMPLETED' && x.state !== 'TERMINATED')).toEqual([])
      }
      // metrics equal the records: each negotiation state once per process
      const { negotiations } = await provider.get<{ negotiations: Array<{ state: string; history: Array<{ state: string }> }> }>('/v1/negotiations')
      for (const state of ['REQUESTED', 'AGREED', 'VERIFIED', 'FINALIZED']) {
        const records = negotiations.filter(n => n.history.some(h => h.state === state)).length
        expect(await metric(provider, 'hanse_negotiation_transitions_total', { role: 'provider', state }), state).toBe(records)
      }
      expect(await metric(provider, 'hanse_negotiations_total', { role: 'provider', outcome: 'finalized' })).toBe(
        negotiations.filter(n => n.state === 'FINALIZED').length
      )
      // after the load, an audit from each consumer covers every shared agreement and finds nothing
      const finals = []
      for (const c of clients) {
        const { audit } = await c.api.request<{
          audit: {
            ok: boolean
            findings: unknown[]
            sharedAgreements: number
            ms: number
            coverage: { complete: boolean; pending: number; pendingSample: string[] }
          }
        }>('POST', `/v1/ledger/audit/${providerId}`, undefined, 300_000)
        const mine = (await c.api.get<{ agreements: unknown[] }>('/v1/agreements')).agreements.length
        finals.push({ audit, mine })
      }
      // then quiet: the node's idle collector (src/memory) gives V8's garbage back within a few
      // quiet intervals; wait for it, or for the bound, at most a minute
      const startRss = stats.rss[1] ?? stats.rss[0] ?? 0
      let idleRss = await metric(provider, 'process_resident_memory_bytes')
      // (full size: at least 20 s of quiet, so the idle collector gets its turn)
      for (let waited = 0; waited < 60_000 && (idleRss >= startRss * 1.2 || waited < (FULL ? 20_000 : 0)); waited += 2_000) {
        await sleep(2_000)
        idleRss = await metric(provider, 'process_resident_memory_bytes')
      }
      const summary = {
        seconds: SECONDS,
        negotiations: stats.negotiations,
        fetches: stats.fetches,
        interruptions: stats.interruptions,
        failures: stats.failures.slice(0, 5),
        failureCount: stats.failures.length,
        audits: stats.audits,
        final: finals.map(f => ({
          shared: f.audit.sharedAgreements,
          mine: f.mine,
          findings: f.audit.findings.length,
          ms: f.audit.ms,
          pending: f.audit.coverage.pending,
          pendingSample: f.audit.coverage.pendingSample
        })),
        rssMiB: stats.rss.map(r => Math.round(r / MiB)),
        heapMiB: stats.heap.map(r => Math.round(r / MiB)),
        externalMiB: stats.external.map(r => Math.round(r / MiB)),
        idleRssMiB: Math.round(idleRss / MiB),
        idleHeapMiB: Math.round((await metric(provider, 'nodejs_heap_size_used_bytes')) / MiB),
        idleCollections: await metric(provider, 'hanse_idle_collections_total')
      }
      process.stdout.write(`soak: ${JSON.stringify(summary)}\n`)
      for (const f of finals) {
        expect(f.audit.findings).toEqual([])
        expect(f.audit.sharedAgreements).toBe(f.mine)
        expect(f.audit.coverage.complete).toBe(true)
      }
      expect(await Promise.all(clients.map(connection))).toEqual(connectedAt)
      expect(stats.failures).toEqual([])
      expect(stats.audits.every(a => a.findings === 0)).toBe(true)
      expect(stats.fetches).toBeGreaterThan(0)
      // memory comes back: within 20% of where it started, the first sample once every path had
      // run (the second; the first is taken before any fetch), and below 300 MiB
      expect(idleRss).toBeLessThan(startRss * 1.2)
      expect(idleRss).toBeLessThan(300 * MiB)
    },
    (SECONDS + 240) * 1000
  )
})
