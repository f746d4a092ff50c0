import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { stringify } from 'yaml'
import { HanseError } from '../errors/index.ts'
import { ApiClient } from '../client/index.ts'
import { bytes, table } from '../client/format.ts'
import { ensureDataDir, joseKeys, loadOrCreateIdentity } from '../identity/index.ts'
import { readRuntimeInfo } from '../node/index.ts'
import { initAuthority, initIssuer, issueVc } from '../trust/index.ts'
import { COMPANIES, MARKER, POLICIES, type DemoOptions, type NegotiationView, type NodeHandle, type Step, type TransferView } from './cast.ts'
import { batteryColumnar, crashTestsJsonl, priceListJson, qualityDir, telemetryCsv } from './data.ts'

/**
 * `hanse demo`: a data space on 127.0.0.1 with an authority and three companies, each a real
 * hanse node in its own process, then a narrated walk through discovery, catalogues,
 * negotiations (agreed, refused, manually approved), a transfer with progress, exhausted uses
 * and a ledger audit. Returns whether every step behaved as expected.
 */
export type { DemoOptions } from './cast.ts'

export async function runDemo(o: DemoOptions): Promise<boolean> {
  const demo = new Demo(o)
  // interrupted: the nodes this run started must not outlive it (they are separate processes)
  o.signal?.addEventListener(
    'abort',
    () => {
      void demo.stopAll().finally(() => {
        demo.removeTempDir()
        o.stopped?.()
      })
    },
    { once: true }
  )
  try {
    return await demo.run()
  } finally {
    if (!o.keep) {
      await demo.stopAll()
      // a temp folder of our own (tens of MB of generated data) goes with the demo
      demo.removeTempDir()
    }
  }
}

class Demo {
  private readonly o: DemoOptions
  private readonly steps: Step[] = []
  private readonly nodes = new Map<string, NodeHandle>()
  private dir = ''

  constructor(o: DemoOptions) {
    this.o = o
  }

  private say(text = ''): void {
    this.o.out(text)
  }
  private title(n: number, text: string): void {
    this.say()
    this.say(`${n}. ${text}`)
    this.say('-'.repeat(text.length + 3))
  }

  private check(name: string, expected: string, actual: string, ok: boolean): boolean {
    this.steps.push({ name, expected, actual, ok })
    this.say(`   ${ok ? 'ok' : 'UNEXPECTED'}: ${name}: ${actual}`)
    return ok
  }

  private node(key: string): NodeHandle & { api: ApiClient } {
    const n = this.nodes.get(key)
    if (n === undefined) throw new HanseError('DEMO_FAILED', `no demo node ${key}`)
    // (the api is set once the node has started; every caller runs after that)
    return n as NodeHandle & { api: ApiClient }
  }
  /** The admin API client of a started demo node. */
  private client(n: NodeHandle): ApiClient {
    if (n.api === undefined) throw new HanseError('DEMO_FAILED', `${n.company.org} has not started yet`)
    return n.api
  }
  private org(peerId: string): string {
    return [...this.nodes.values()].find(n => n.peerId === peerId)?.company.org ?? peerId
  }

  async run(): Promise<boolean> {
    this.prepareDir()
    this.say(`hanse demo: a data space with an authority and three companies on 127.0.0.1 (${this.o.short ? 'short mode' : 'full datasets'})`)
    this.say(`everything lives in ${this.dir}`)

    this.title(1, 'An authority admits three companies')
    await this.setUp()
    await this.startNodes()

    this.title(2, "The nodes find each other and check each other's membership")
    await this.discovery()

    this.title(3, 'Catalogues: who sees what, and why not')
    await this.catalogues()

    this.title(4, 'A negotiation that succeeds')
    await this.agreed()

    this.title(5, 'A negotiation the policy refuses, with the reasons')
    await this.refused()

    this.title(6, "An offer that needs the provider's approval")
    await this.approval()

    this.title(7, 'A dataset transfer, verified chunk by chunk')
    const agreement = await this.transfer()

    this.title(8, 'Usage limits: the fourth transfer under a three-use agreement')
    if (agreement !== undefined) await this.exhausted(agreement)
    else this.check('usage limits', 'a refusal after three uses', 'skipped: no agreement from step 7', false)

    this.title(9, 'The usage ledgers: verified, and audited between partners')
    await this.ledger()

    this.summary()
    const ok = this.steps.every(s => s.ok)
    if (this.o.keep) {
      this.keepInstructions()
      for (const n of this.nodes.values()) n.child?.unref()
    }
    return ok
  }

  // ---------------------------------------------------------------- setup

  removeTempDir(): void {
    if (this.o.dir === undefined && this.dir !== '' && existsSync(join(this.dir, MARKER))) rmSync(this.dir, { recursive: true, force: true })
  }

  private prepareDir(): void {
    if (this.o.dir === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'hanse-demo-'))
    } else {
      this.dir = resolve(this.o.dir)
      if (existsSync(this.dir) && readdirSync(this.dir).length > 0) {
        if (!existsSync(join(this.dir, MARKER)))
          throw new HanseError('DEMO_DIR_IN_USE', `${this.dir} exists and is not an earlier demo's folder; choose another --dir`)
        rmSync(this.dir, { recursive: true, force: true })
      }
      mkdirSync(this.dir, { recursive: true })
    }
    writeFileSync(join(this.dir, MARKER), 'created by `hanse demo`; safe to delete\n')
  }

  private async setUp(): Promise<void> {
    // the authority issues W3C credentials (VC DM 2.0, vc+jwt) to each company's DID
    const authority = await initAuthority(join(this.dir, 'authority'), Date.now())
    const issuer = initIssuer(authority, { now: Date.now() })
    this.say(`   the authority's DID: ${issuer.did}`)
    const size = (full: number): number => (this.o.short ? Math.max(32 * 1024, Math.floor(full / 40)) : full)
    const MiB = 1024 * 1024
    for (const c of COMPANIES) {
      const base = join(this.dir, c.key)
      const dataDir = join(base, 'data')
      mkdirSync(join(base, 'datasets'), { recursive: true })
      mkdirSync(join(base, 'policies'), { recursive: true })
      ensureDataDir(dataDir)
      const id = await loadOrCreateIdentity(dataDir)
      const did = joseKeys(id.privateKey).did
      const now = Date.now()
      const vc = issueVc(authority, {
        subject: did,
        claims: { orgName: c.org, orgId: c.orgId, country: c.country, attributes: { sector: c.sector } },
        validFrom: now - 60_000,
        validUntil: now + 365 * 24 * 3600 * 1000
      })
      writeFileSync(join(base, 'member.vc.jwt'), `${vc.jwt}\n`)
      for (const [name, text] of Object.entries(POLICIES)) writeFileSync(join(base, 'policies', `${name}.yaml`), text)
      const datasets: Array<Record<string, unknown>> = []
      if (c.key === 'carmaker') {
        await crashTestsJsonl(join(base, 'datasets', 'crash-tests.jsonl'), size(3 * MiB))
        await telemetryCsv(join(base, 'datasets', 'vehicle-telemetry.csv'), size(4 * MiB))
        datasets.push({
          id: 'crash-tests',
          title: 'Crash test results 2026',
          mediaType: 'application/jsonl',
          source: 'datasets/crash-tests.jsonl',
          keywords: ['safety'],
          offers: [{ id: 'crash-tests', policy: 'eu-members-only' }]
        })
        datasets.push({
          id: 'vehicle-telemetry',
          title: 'Fleet telemetry, Bremen, October 2026',
          mediaType: 'text/csv',
          source: 'datasets/vehicle-telemetry.csv',
          keywords: ['telemetry', 'battery'],
          offers: [{ id: 'vehicle-telemetry', policy: 'research-only' }]
        })
      } else if (c.key === 'supplier') {
        await qualityDir(join(base, 'datasets', 'brake-quality'), size(5 * MiB))
        priceListJson(join(base, 'datasets', 'price-list.json'))
        datasets.push({
          id: 'brake-quality',
          title: 'Brake caliper quality measurements (3 lines)',
          source: 'datasets/brake-quality',
          keywords: ['quality'],
          offers: [{ id: 'brake-quality', policy: 'three-uses-30-days' }]
        })
        datasets.push({
          id: 'price-list',
          title: 'Price list 2027',
          mediaType: 'application/json',
          source: 'datasets/price-list.json',
          keywords: ['prices'],
          offers: [{ id: 'price-list', policy: 'members-manual', approval: 'manual' }]
        })
      } else {
        await batteryColumnar(join(base, 'datasets', 'battery-ageing.parquet'), size(3 * MiB))
        datasets.push({
          id: 'battery-ageing',
          title: 'Battery cell ageing, 2000 cycles',
          mediaType: 'application/vnd.apache.parquet',
          source: 'datasets/battery-ageing.parquet',
          keywords: ['battery'],
          offers: [{ id: 'battery-ageing', policy: 'research-only' }]
        })
      }
      const settings = {
        name: c.key,
        dataDir: 'data',
        network: { listen: ['/ip4/127.0.0.1/tcp/0'], mdns: { enabled: false }, bootstrap: [] as string[] },
        trust: { mode: 'members' },
        identity: { credentials: ['member.vc.jwt'], trustedIssuers: [issuer.did] },
        policies: { dir: 'policies' },
        datasets,
        transfer: { chunkSizeBytes: this.o.short ? 64 * 1024 : 1024 * 1024 },
        api: { port: 0 },
        logging: { level: 'warn' }
      }
      this.nodes.set(c.key, { company: c, dataDir, config: join(base, 'node.yaml'), settings, peerId: id.peerId.toString() })
      this.say(
        `   ${c.org} (${c.role}, ${c.country}, sector ${c.sector}): node ${id.peerId.toString()}, DID ${did}, credential issued, ${datasets.length} dataset(s)`
      )
    }
  }

  private async startNodes(): Promise<void> {
    // the first node starts alone; the others bootstrap to it and find the rest over the DHT
    const [first, ...rest] = [...this.nodes.values()] as [NodeHandle, ...NodeHandle[]]
    await this.spawnNode(first, [])
    const addrs = (await this.client(first).get<{ listenAddrs: string[] }>('/v1/status')).listenAddrs.map(a => `${a}/p2p/${first.peerId}`)
    await Promise.all(
      rest.map(async n => {
        await this.spawnNode(n, addrs)
      })
    )
    this.say(`   three nodes started, each its own process (logs in ${shown(this.dir)}/<company>/node.log)`)
  }

  private async spawnNode(n: NodeHandle, bootstrap: string[]): Promise<void> {
    const log = openSync(join(this.dir, n.company.key, 'node.log'), 'a')
    // the config file is the node's only start input (bootstrap addresses included)
    n.settings.network.bootstrap = bootstrap
    writeFileSync(n.config, `# ${n.company.org} (${n.company.role}): written by \`hanse demo\`\n` + stringify(n.settings))
    // with --keep the nodes outlive the demo: their own process group, not holding it open
    n.child = spawn(this.o.node, [this.o.cli, 'start', '--config', n.config], { stdio: ['ignore', log, log], detached: this.o.keep })
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      if (n.child.exitCode !== null) throw new Error(`the ${n.company.key} node exited (${n.child.exitCode}); see ${join(this.dir, n.company.key, 'node.log')}`)
      const info = readRuntimeInfo(n.dataDir)
      if (info !== undefined && info.pid === n.child.pid && info.apiUrl !== null) {
        n.api = ApiClient.fromDataDir(n.dataDir)
        try {
          await n.api.get('/readyz')
          return
        } catch {
          /* not ready yet */
        }
      }
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    throw new Error(`the ${n.company.key} node did not start within 30 s; see ${join(this.dir, n.company.key, 'node.log')}`)
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.nodes.values()].map(async n => {
        const c = n.child
        if (c === undefined || c.exitCode !== null) return
        c.kill('SIGTERM')
        await Promise.race([new Promise(resolve => c.once('exit', resolve)), new Promise(resolve => setTimeout(resolve, 10_000))])
        if (c.exitCode === null) c.kill('SIGKILL')
      })
    )
  }

  // ---------------------------------------------------------------- steps

  private async discovery(): Promise<void> {
    const deadline = Date.now() + 30_000
    const seen = new Map<string, Array<{ peerId: string; status: string; org: string; country: string }>>()
    while (Date.now() < deadline) {
      for (const n of this.nodes.values()) {
        const { peers } = await this.client(n).get<{
          peers: Array<{ peerId: string; connected: boolean; membership?: { status: string; orgName?: string; country?: string } | null }>
        }>('/v1/peers')
        seen.set(
          n.company.key,
          peers
            .filter(p => p.connected && p.membership?.status === 'valid')
            .map(p => ({ peerId: p.peerId, status: 'valid', org: p.membership?.orgName ?? '', country: p.membership?.country ?? '' }))
        )
      }
      if ([...seen.values()].every(list => list.length >= 2)) break
      await new Promise(resolve => setTimeout(resolve, 200))
    }
    for (const n of this.nodes.values()) {
      const list = seen.get(n.company.key) ?? []
      this.say(`   ${n.company.org} sees ${list.map(p => `${p.org} (${p.country})`).join(' and ') || 'nobody yet'}`)
    }
    this.check(
      'discovery and membership',
      'each node sees the other two as verified members',
      `${[...seen.values()].filter(l => l.length >= 2).length} of 3 nodes see both others`,
      [...seen.values()].every(l => l.length >= 2)
    )
  }

  private async catalogues(): Promise<void> {
    const expected: Record<string, string[]> = {
      carmaker: ['battery-ageing', 'brake-quality', 'price-list'],
      supplier: ['battery-ageing', 'crash-tests', 'vehicle-telemetry'],
      institute: ['brake-quality', 'price-list', 'vehicle-telemetry']
    }
    let allOk = true
    for (const n of this.nodes.values()) {
      const got: string[] = []
      for (const p of this.nodes.values()) {
        if (p === n) continue
        const { offers } = await this.client(n).get<{ offers: Array<{ offerId: string; dataset: { title: string; byteSize: number } }> }>(
          `/v1/catalog?peer=${p.peerId}`
        )
        got.push(...offers.map(x => x.offerId))
        this.say(
          `   ${n.company.org} in ${p.company.org}'s catalogue: ${offers.map(x => `${x.offerId} (${bytes(x.dataset.byteSize)})`).join(', ') || 'nothing'}`
        )
      }
      got.sort()
      const ok = JSON.stringify(got) === JSON.stringify(expected[n.company.key])
      allOk &&= ok
    }
    // why the research institute does not see the crash tests: the provider explains
    const why = await this.node('carmaker').api.get<{ scopes: Array<{ scope: string; allowed: boolean; reasons: string[] }> }>(
      `/v1/offers/crash-tests/explain?peer=${this.node('institute').peerId}`
    )
    const hidden = why.scopes.find(s => s.scope === 'catalog')
    this.say(`   why ${this.node('institute').company.org} does not see crash-tests: ${hidden?.reasons.join('; ') ?? '?'}`)
    this.check(
      'catalogue visibility',
      'crash-tests (EU members only) hidden from the Swiss institute, all else visible',
      allOk && hidden?.allowed === false ? 'as expected' : 'different from the policies',
      allOk && hidden?.allowed === false
    )
  }

  private async negotiate(
    consumer: string,
    provider: string,
    offerId: string,
    terms: Record<string, unknown>,
    wait = true
  ): Promise<{ id: string; state: string; agreementId: string | null; termination: { code: string; reason: string } | null }> {
    const t0 = performance.now()
    const { negotiation } = await this.node(consumer).api.post<{ negotiation: NegotiationView }>(`/v1/negotiations${wait ? '?wait=true' : ''}`, {
      peer: this.node(provider).peerId,
      offerId,
      terms
    })
    if (wait)
      this.say(
        `   ${this.node(consumer).company.org} asks ${this.node(provider).company.org} for ${offerId} (${JSON.stringify(terms)}): ${negotiation.state as string} in ${(performance.now() - t0).toFixed(0)} ms`
      )
    return negotiation
  }

  private async agreed(): Promise<void> {
    const n = await this.negotiate('institute', 'carmaker', 'vehicle-telemetry', { purposes: ['research'] })
    if (n.agreementId !== null) this.say(`   agreement ${n.agreementId}, signed by both nodes`)
    this.check('research use of fleet telemetry', 'FINALIZED', n.state, n.state === 'FINALIZED')
  }

  private async refused(): Promise<void> {
    const n = await this.negotiate('supplier', 'institute', 'battery-ageing', { purposes: ['pricing'] })
    if (n.termination !== null) this.say(`   refused: ${n.termination.code}: ${n.termination.reason}`)
    this.check(
      'pricing use of research data',
      'TERMINATED with POLICY_DENIED',
      `${n.state}${n.termination !== null ? ` with ${n.termination.code}` : ''}`,
      n.state === 'TERMINATED' && n.termination?.code === 'POLICY_DENIED'
    )
  }

  private async approval(): Promise<void> {
    const n = await this.negotiate('carmaker', 'supplier', 'price-list', { purposes: ['procurement'] }, false)
    const supplier = this.node('supplier').api
    let pending: NegotiationView | undefined
    const deadline = Date.now() + 15_000
    while (Date.now() < deadline && pending === undefined) {
      const { negotiations } = await supplier.get<{ negotiations: NegotiationView[] }>('/v1/negotiations?role=provider&state=REQUESTED')
      pending = negotiations.find(x => x.offerId === 'price-list' && x.waitingFor === 'operator approval')
      if (pending === undefined) await new Promise(resolve => setTimeout(resolve, 100))
    }
    if (pending === undefined) {
      this.check('manual approval', 'a request waiting for the supplier', 'no pending request', false)
      return
    }
    this.say(`   the supplier's operator sees a request from ${this.org(pending.peer)} waiting for approval, and approves it`)
    await supplier.post(`/v1/negotiations/${encodeURIComponent(pending.id as string)}/approve`)
    let state = ''
    while (Date.now() < deadline) {
      state = (await this.node('carmaker').api.get<{ negotiation: { state: string } }>(`/v1/negotiations/${encodeURIComponent(n.id)}`)).negotiation.state
      if (state === 'FINALIZED' || state === 'TERMINATED') break
      await new Promise(resolve => setTimeout(resolve, 100))
    }
    this.check('price list after approval', 'FINALIZED once the supplier approves', state, state === 'FINALIZED')
  }

  private async fetch(
    consumer: string,
    agreementId: string,
    dest: string,
    progress: boolean
  ): Promise<{ state: string; error: { code: string; message: string } | null; bytes: number; sha256: string }> {
    const api = this.node(consumer).api
    let { transfer } = await api.post<{ transfer: TransferView }>('/v1/transfers', { agreementId, dest })
    let last = 0
    while (!['COMPLETED', 'TERMINATED', 'SUSPENDED'].includes(transfer.state as string)) {
      await new Promise(resolve => setTimeout(resolve, 100))
      transfer = (await api.get<{ transfer: TransferView }>(`/v1/transfers/${encodeURIComponent(transfer.id as string)}`)).transfer
      if (progress && transfer.size > 0 && (Date.now() - last > 400 || transfer.state === 'COMPLETED')) {
        last = Date.now()
        const pct = Math.min(100, (100 * (transfer.bytes as number)) / (transfer.size as number))
        this.say(
          `   [${'#'.repeat(Math.round(pct / 5)).padEnd(20, '.')}] ${pct.toFixed(0).padStart(3)}%  ${bytes(transfer.bytes as number)} of ${bytes(transfer.size as number)}  ${bytes(transfer.rateBytesPerSecond as number)}/s`
        )
      }
    }
    return transfer
  }

  private async transfer(): Promise<string | undefined> {
    const n = await this.negotiate('carmaker', 'supplier', 'brake-quality', { purposes: ['quality-assurance'] })
    if (n.agreementId === null) {
      this.check('transfer', 'COMPLETED and verified', `no agreement (${n.state})`, false)
      return undefined
    }
    const dest = join(this.dir, 'carmaker', 'received', 'brake-quality')
    const t = await this.fetch('carmaker', n.agreementId, dest, true)
    const files = t.state === 'COMPLETED' ? countFiles(dest) : 0
    if (t.state === 'COMPLETED')
      this.say(
        `   ${shown(dest)}: ${files} files, every chunk checked against its SHA-256, the whole against ${t.sha256.slice(0, 16)}..., then renamed into place`
      )
    this.check(
      'transfer of a directory dataset',
      'COMPLETED and verified, file tree kept',
      `${t.state}${t.error !== null ? ` (${t.error.code})` : `, ${files} files`}`,
      t.state === 'COMPLETED' && files === 5
    )
    return n.agreementId
  }

  private async exhausted(agreementId: string): Promise<void> {
    const results: string[] = []
    for (let i = 2; i <= 4; i++) {
      const t = await this.fetch('carmaker', agreementId, join(this.dir, 'carmaker', 'received', `brake-quality-${i}`), false)
      results.push(t.state === 'COMPLETED' ? 'COMPLETED' : `${t.state} ${t.error?.code ?? ''}`.trim())
      this.say(`   transfer ${i} of brake-quality: ${t.state}${t.error !== null ? `: ${t.error.code}: ${t.error.message}` : ''}`)
    }
    const { usage } = await this.node('supplier').api.get<{ usage: Array<{ transfers: number; remainingUses: number | null }> }>(
      `/v1/ledger/usage?agreement=${encodeURIComponent(agreementId)}`
    )
    this.say(`   the supplier's ledger: ${usage[0]?.transfers ?? '?'} transfers under the agreement, ${usage[0]?.remainingUses ?? '?'} uses left`)
    this.check(
      'fourth use refused',
      'transfers 2 and 3 complete, the 4th is refused (POLICY_DENIED)',
      results.join(', '),
      results[0] === 'COMPLETED' && results[1] === 'COMPLETED' && results[2] === 'TERMINATED POLICY_DENIED'
    )
  }

  private async ledger(): Promise<void> {
    let verified = 0
    for (const n of this.nodes.values()) {
      const v = await this.client(n).get<{ ok: boolean; entries: number; checkpoints: number }>('/v1/ledger/verify')
      if (v.ok) verified++
      this.say(`   ${n.company.org}: ${v.entries} ledger entries, hash chain and Merkle root ${v.ok ? 'verified' : 'BROKEN'}`)
    }
    const { audit } = await this.node('carmaker').api.request<{
      audit: { ok: boolean; entriesChecked: number; sharedAgreements: number; findings: Array<{ code: string; message: string }>; checkpoint: { size: number } }
    }>('POST', `/v1/ledger/audit/${this.node('supplier').peerId}`, undefined, 60_000)
    this.say(
      `   the carmaker audits the supplier: ${audit.sharedAgreements} shared agreements, ${audit.entriesChecked} of the supplier's entries checked against its signed checkpoints: ${audit.ok ? 'the accounts agree' : audit.findings.map(f => f.code).join(', ')}`
    )
    this.check(
      'ledgers',
      'all three verify; the audit finds nothing',
      `${verified} of 3 verify; audit ${audit.ok ? 'clean' : `${audit.findings.length} findings`}`,
      verified === 3 && audit.ok
    )
  }

  private summary(): void {
    this.say()
    this.say('Summary')
    this.say('-------')
    this.say(
      table(
        ['STEP', 'EXPECTED', 'RESULT', ''],
        this.steps.map(s => [s.name, s.expected, s.actual, s.ok ? 'PASS' : 'FAIL'])
      )
    )
    const failed = this.steps.filter(s => !s.ok).length
    this.say()
    this.say(
      failed === 0
        ? `every step behaved as expected (${this.steps.length} of ${this.steps.length})`
        : `${failed} step(s) did not behave as expected; node logs are in ${this.dir}/<company>/node.log`
    )
  }

  private keepInstructions(): void {
    this.say()
    this.say('The nodes keep running. Talk to them with the CLI, for example:')
    for (const n of this.nodes.values()) this.say(`   npm run hanse -- --config ${shown(n.config)} peers`)
    this.say(`   npm run hanse -- --config ${shown(this.node('carmaker').config)} ledger list`)
    this.say(`   npm run hanse -- --config ${shown(this.node('carmaker').config)} catalog`)
    this.say(`Stop them with: kill ${[...this.nodes.values()].map(n => n.child?.pid).join(' ')}`)
  }
}

/** A path as people want to read it: relative inside the working directory, absolute outside. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel.startsWith('..') || rel === '' ? path : rel
}

function countFiles(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? countFiles(join(dir, e.name)) : 1
  return n
}
