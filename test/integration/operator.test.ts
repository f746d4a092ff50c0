import { afterEach, describe, expect, it } from 'vitest'
import { PassThrough } from 'node:stream'
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { join } from 'node:path'
import { Level } from 'level'
import { multiaddr } from '@multiformats/multiaddr'
import {
  cleanup,
  collect,
  nodeAddr,
  onCleanup,
  ROOT,
  runCli,
  startNode,
  startNodeProcess,
  tempDir,
  testConfig,
  waitFor,
  processesMatching
} from '../helpers.ts'
import { agree, setup } from '../two-nodes.ts'
import { HanseNode, readRuntimeInfo } from '../../src/node/index.ts'
import { createLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import { loadConfig } from '../../src/config/index.ts'
import { loadPolicyFile } from '../../src/policy/index.ts'
import { decodeEntry, sealEntry } from '../../src/ledger/entry.ts'

afterEach(cleanup)

/** A stopped node's data dir whose ledger has some entries and a signed checkpoint. */
async function usedDataDir(): Promise<{ cfg: ReturnType<typeof testConfig> }> {
  const cfg = testConfig({ name: 'n' })
  const node = await startNode(cfg)
  for (let i = 0; i < 20; i++) await node.parts.ledger.append({ type: 'test.entry', payload: { i } })
  await node.stop()
  return { cfg }
}

async function rawLedger(dataDir: string, fn: (entries: any) => Promise<void>): Promise<void> {
  const db = new Level<string, Uint8Array>(join(dataDir, 'db'), { valueEncoding: 'view' })
  await db.open()
  try {
    await fn(db.sublevel<string, Uint8Array>('ledger', { valueEncoding: 'view' }))
  } finally {
    await db.close()
  }
}

describe('store integrity at start', () => {
  it('entries gone (as after flipped bytes in a table file): the node refuses to start and says how to recover; verify still runs', async () => {
    const { cfg } = await usedDataDir()
    await rawLedger(cfg.dataDir, async entries => {
      const keys: string[] = []
      for await (const k of entries.keys({ reverse: true, limit: 10 })) keys.push(k)
      await entries.batch(keys.map(k => ({ type: 'del', key: k })))
    })
    await expect(startNode(cfg)).rejects.toMatchObject({ code: 'LEDGER_CORRUPT', message: expect.stringContaining('hanse ledger verify') })
    const file = join(tempDir(), 'n.yaml')
    writeFileSync(file, `name: n\ndataDir: ${cfg.dataDir}\nnetwork: { listen: [/ip4/127.0.0.1/tcp/0], mdns: { enabled: false } }\napi: { port: 0 }\n`)
    const start = await runCli(['--config', file, 'start'])
    expect(start.code).toBe(3)
    expect(start.stderr).toContain('LEDGER_CORRUPT')
    expect(start.stderr).toContain('restore')
    const verify = await runCli(['--config', file, 'ledger', 'verify'])
    expect(verify.code).not.toBe(0)
    expect(verify.stdout + verify.stderr).toContain('ENTRY_MISSING')
  })

  it('a changed entry at the tail, or a re-hashed one that breaks the chain, is refused at start', async () => {
    for (const rehash of [false, true]) {
      const { cfg } = await usedDataDir()
      await rawLedger(cfg.dataDir, async entries => {
        let last = ''
        for await (const k of entries.keys({ reverse: true, limit: 3 })) last = k
        const e = decodeEntry(await entries.get(last))
        const payload = Buffer.from('{"i":"tampered"}')
        if (rehash) {
          const { stored } = sealEntry({
            seq: Number(e.seq),
            time: Number(e.time),
            type: e.type,
            peer: e.peer,
            agreementId: e.agreementId,
            transferId: e.transferId,
            payload,
            prevHash: Buffer.alloc(32)
          })
          await entries.put(last, stored)
        } else {
          const raw = Buffer.from(await entries.get(last))
          const at = raw.indexOf(Buffer.from(e.payload))
          raw[at] = raw[at]! ^ 1
          await entries.put(last, raw)
        }
      })
      await expect(startNode(cfg), `rehash=${rehash}`).rejects.toMatchObject({ code: 'LEDGER_CORRUPT' })
    }
  })

  it("STORE_OPEN_FAILED carries LevelDB's own reason", async () => {
    const { cfg } = await usedDataDir()
    const db = join(cfg.dataDir, 'db')
    const manifest = readdirSync(db).find(f => f.startsWith('MANIFEST-'))!
    writeFileSync(join(db, manifest), 'garbage instead of a manifest')
    const err = (await startNode(cfg).catch((e: unknown) => e)) as { code: string; message: string }
    expect(err.code).toBe('STORE_OPEN_FAILED')
    expect(err.message).toMatch(/Corruption|corrupt|MANIFEST|CURRENT/i)
  })
})

describe('the admin API takes requests as sent', () => {
  async function api(): Promise<{
    url: string
    call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; json: any }>
  }> {
    const node = await startNode(testConfig({ name: 'api', network: { listen: ['/ip4/127.0.0.1/tcp/0'], mdns: { enabled: false }, dht: { enabled: false } } }))
    const token = readFileSync(join(node.config.dataDir, 'admin.token'), 'utf8').trim()
    const url = node.parts.api.url
    return {
      url,
      call: async (method, path, body, headers = {}) => {
        const res = await fetch(url + path, {
          method,
          headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body)
        })
        return { status: res.status, json: await res.json().catch(() => null) }
      }
    }
  }
  const peer = '12D3KooWA9XoAbPF6GcgZRaJinM8zRKsnibrWhnKCLt6D8sTMS6B'

  it('no coercion, no silently dropped fields: each is a 400 naming the field', async () => {
    const { call } = await api()
    for (const [body, needle] of [
      [{ peer, offerId: 'x', terms: { maxUses: '5' } }, 'body.terms.maxUses'],
      [{ peer, offerId: 'x', terms: { maxUses: true } }, 'body.terms.maxUses'],
      [{ peer, offerId: 'x', evil: 1 }, "unknown field 'evil'"],
      [{ peer, offerId: 'x', terms: { purposes: ['research'], sneaky: 1 } }, "unknown field 'sneaky'"],
      [{ offerId: 'x' }, "missing field 'peer'"]
    ] as const) {
      const r = await call('POST', '/v1/negotiations', body)
      expect(r.status, JSON.stringify(body)).toBe(400)
      expect(r.json.error.code).toBe('BAD_REQUEST')
      expect(r.json.error.message).toContain(needle)
    }
    const q = await call('GET', '/v1/negotiations?evil=1')
    expect(q.status).toBe(400)
    expect(q.json.error.message).toContain("unknown field 'evil'")
    const nobody = await call('POST', '/v1/reload', { x: 1 })
    expect(nobody.status).toBe(400)
    expect(nobody.json.error.message).toContain("unknown field 'x'")
    // numbers in a query string are still numbers
    expect((await call('GET', '/v1/ledger?limit=5')).status).toBe(200)
    expect((await call('GET', '/v1/ledger?limit=five')).status).toBe(400)
  })

  it('a foreign Host header is refused on every route (DNS rebinding); oversized headers and unknown peers get the error shape', async () => {
    const { url, call } = await api()
    const port = new URL(url).port
    const raw = async (host: string, path: string, extra: Record<string, string> = {}): Promise<{ status: number; body: string }> =>
      await new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, headers: { host, ...extra } }, res => {
          let body = ''
          res.on('data', (d: Buffer) => {
            body += d.toString()
          })
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body })
          })
        })
        req.on('error', reject)
        req.end()
      })
    for (const path of ['/healthz', '/v1/status', '/openapi.json']) {
      const r = await raw(`evil.example:${port}`, path)
      expect(r.status, path).toBe(421)
      expect(JSON.parse(r.body).error.code).toBe('HOST_NOT_ALLOWED')
    }
    expect((await raw(`127.0.0.1:${port}`, '/healthz')).status).toBe(200)
    expect((await raw(`localhost:${port}`, '/healthz')).status).toBe(200)
    expect((await raw('127.0.0.1:1', '/healthz')).status).toBe(421)
    const big = await raw(`127.0.0.1:${port}`, '/healthz', { 'x-big': 'a'.repeat(20_000) })
    expect(big.status).toBe(431)
    expect(JSON.parse(big.body).error.code).toBe('HEADERS_TOO_LARGE')
    const audit = await call('POST', `/v1/ledger/audit/${peer}`)
    expect([502, 504]).toContain(audit.status)
    expect(['PEER_UNREACHABLE', 'PEER_TIMEOUT']).toContain(audit.json.error.code)
  })
})

describe('config files that attack the parser', () => {
  it('a YAML alias bomb or an undefined alias names the file; a million bad entries give a short message', () => {
    const dir = tempDir()
    const bomb =
      'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\nname: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n'
    writeFileSync(join(dir, 'bomb.yaml'), bomb)
    expect(() => loadConfig(join(dir, 'bomb.yaml'))).toThrow(
      expect.objectContaining({ code: 'CONFIG_YAML_INVALID', message: expect.stringContaining(join(dir, 'bomb.yaml')) })
    )
    writeFileSync(join(dir, 'alias.yaml'), 'name: *nowhere\n')
    expect(() => loadConfig(join(dir, 'alias.yaml'))).toThrow(
      expect.objectContaining({ code: 'CONFIG_YAML_INVALID', message: expect.stringContaining('anchor') })
    )
    writeFileSync(join(dir, 'policy.yaml'), bomb.replace('name:', 'permissions:'))
    expect(() => loadPolicyFile(join(dir, 'policy.yaml'))).toThrow(
      expect.objectContaining({ code: 'POLICY_YAML_INVALID', message: expect.stringContaining('policy.yaml') })
    )
    writeFileSync(join(dir, 'many.yaml'), `name: n\ndataDir: ./d\nnetwork:\n  listen: [${Array(200_000).fill('bad').join(',')}]\n`)
    let message = ''
    try {
      loadConfig(join(dir, 'many.yaml'))
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toContain('network.listen[0]')
    expect(message).toContain('more problems')
    expect(message.split('\n').length).toBeLessThan(25)
  })
})

describe('warnings an operator should see at start', () => {
  it('a non-loopback API host, a data dir and a token open to others', async () => {
    const dataDir = join(tempDir(), 'data')
    mkdirSync(dataDir, { mode: 0o755 })
    chmodSync(dataDir, 0o755)
    writeFileSync(join(dataDir, 'admin.token'), 'x'.repeat(43) + '\n', { mode: 0o644 })
    chmodSync(join(dataDir, 'admin.token'), 0o644)
    const lines: string[] = []
    const out = new PassThrough()
    out.on('data', (d: Buffer) => {
      lines.push(...d.toString().split('\n').filter(Boolean))
    })
    const node = new HanseNode(
      { logger: createLogger({ level: 'warn', pretty: false, destination: out }), clock: systemClock },
      { config: testConfig({ name: 'w', dataDir, api: { host: '0.0.0.0', port: 0 } }), version: 'test' }
    )
    onCleanup(async () => {
      await node.stop()
    })
    await node.start()
    const text = lines.join('\n')
    expect(text).toContain('admin API listens beyond this machine')
    expect(text).toContain('data dir is open to other users')
    expect(text).toContain('admin token is readable by other users')
  })
})

describe('the CLI as a new operator meets it', () => {
  it('usage errors exit 2 in the error format, JSON with --json', async () => {
    for (const args of [['frobnicate'], ['fetch'], ['status', '--bogus']]) {
      const r = await runCli(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(/^hanse: USAGE: /)
      const j = await runCli(['--json', ...args])
      expect(j.code).toBe(2)
      expect(JSON.parse(j.stderr).error.code).toBe('USAGE')
    }
    expect((await runCli(['--help'])).code).toBe(0)
    expect((await runCli(['--version'])).code).toBe(0)
    // eight CLI processes in a row: ~1.5 s each alone, twice that while other test files run
  }, 90_000)

  it('HANSE_LOG_LEVEL is blamed on the environment, not the config file', async () => {
    const r = await runCli(['config', 'check', join(ROOT, 'config/node.example.yaml')], { env: { HANSE_LOG_LEVEL: 'verbose' } })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('ENV_INVALID')
    expect(r.stderr).toContain('HANSE_LOG_LEVEL=verbose (from the environment)')
    expect(r.stderr).not.toContain('node.example.yaml')
  })

  it('`config check` refuses what `start` refuses: missing source, unknown policy, broken policy file', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'policies'))
    writeFileSync(join(dir, 'policies', 'p.yaml'), 'permissions:\n  - action: use\n')
    writeFileSync(join(dir, 'data.csv'), 'a\n')
    const base = 'name: c\ndataDir: ./data\npolicies: { dir: policies }\n'
    const cases: Array<[string, string, string]> = [
      ['missing.yaml', `${base}datasets:\n  - { id: d, title: D, source: nowhere.csv, offers: [{ policy: p }] }\n`, 'datasets[0].source'],
      ['unknown.yaml', `${base}datasets:\n  - { id: d, title: D, source: data.csv, offers: [{ policy: nope }] }\n`, 'datasets[0].offers[0].policy']
    ]
    for (const [name, text, key] of cases) {
      writeFileSync(join(dir, name), text)
      const r = await runCli(['config', 'check', join(dir, name)])
      expect(r.code, name).toBe(2)
      expect(r.stderr).toContain(key)
    }
    writeFileSync(join(dir, 'ok.yaml'), `${base}datasets:\n  - { id: d, title: D, source: data.csv, offers: [{ policy: p }] }\n`)
    const ok = await runCli(['config', 'check', join(dir, 'ok.yaml')])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('1 policies, 1 datasets, 1 offers')
    writeFileSync(join(dir, 'policies', 'broken.yaml'), 'permissions: [ {')
    const broken = await runCli(['config', 'check', join(dir, 'ok.yaml')])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('broken.yaml')
  })

  it('outside the repository the CLI finds the node `hanse start` recorded, and says what to do when there is none', async () => {
    const dir = tempDir()
    const runtime = join(dir, 'runtime')
    mkdirSync(runtime)
    const elsewhere = join(dir, 'elsewhere')
    mkdirSync(elsewhere)
    const env = { XDG_RUNTIME_DIR: runtime, HANSE_CONFIG: '' }
    const none = await runCli(['status'], { env, cwd: elsewhere })
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('NODE_NOT_FOUND')
    expect(none.stderr).toContain('--config')
    const cfg = join(dir, 'node.yaml')
    const dataDir = join(dir, 'data')
    writeFileSync(
      cfg,
      `name: found\ndataDir: ${dataDir}\nnetwork: { listen: [/ip4/127.0.0.1/tcp/0], mdns: { enabled: false }, dht: { enabled: false } }\napi: { port: 0 }\nlogging: { level: warn }\n`
    )
    const child = await startNodeProcess(cfg, dataDir, env)
    await waitFor(() => readdirSync(join(runtime, 'hanse')).includes('current.json') || undefined)
    const status = await runCli(['--json', 'status'], { env, cwd: elsewhere })
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout).name).toBe('found')
    child.kill('SIGTERM')
    await new Promise(resolve => child.once('exit', resolve))
    // a clean stop removes the record
    expect(readdirSync(join(runtime, 'hanse'))).toEqual([])
  })

  it('SIGTERM to `npm start` stops the node (no orphan holding the ports)', async () => {
    const dir = tempDir()
    const cfg = join(dir, 'node.yaml')
    const dataDir = join(dir, 'data')
    writeFileSync(
      cfg,
      `name: npm\ndataDir: ${dataDir}\nnetwork: { listen: [/ip4/127.0.0.1/tcp/0], mdns: { enabled: false }, dht: { enabled: false } }\napi: { port: 0 }\nlogging: { level: warn }\n`
    )
    const npm = spawn('npm', ['start', '--', '--config', cfg], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_RUNTIME_DIR: dir } })
    onCleanup(() => {
      if (npm.exitCode === null) npm.kill('SIGKILL')
    })
    const done = collect(npm, 30_000)
    const info = await waitFor(() => readRuntimeInfo(dataDir), 20_000)
    npm.kill('SIGTERM')
    await done
    // the node itself went away (it removes its runtime file on a clean stop)
    await waitFor(() => {
      try {
        process.kill(info.pid, 0)
        return undefined
      } catch {
        return true
      }
    }, 10_000)
    expect(readRuntimeInfo(dataDir)).toBeUndefined()
    expect(processesMatching(cfg)).toEqual([])
  }, 60_000)
})

describe('what an operator sees and types', () => {
  it('the provider logs at info when a peer connects, an agreement is signed and a transfer is sent', async () => {
    const { provider, consumer } = await setup()
    // a provider of our own with its log captured, the consumer connecting to it
    const lines: string[] = []
    const out = new PassThrough()
    out.on('data', (d: Buffer) => {
      lines.push(...d.toString().split('\n').filter(Boolean))
    })
    const cfg = provider.config
    await provider.stop()
    const logged = new HanseNode(
      { logger: createLogger({ level: 'info', pretty: false, destination: out }), clock: systemClock },
      { config: cfg, version: 'test' }
    )
    onCleanup(async () => {
      await logged.stop()
    })
    await logged.start()
    await consumer.parts.net.libp2p.dial(multiaddr(nodeAddr(logged)))
    const a = await agree(consumer, logged, 'file')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: join(tempDir(), 'x.bin') })
    expect((await consumer.parts.transfers.waitFor(t.id, 20_000)).state).toBe('COMPLETED')
    await waitFor(() => lines.some(l => l.includes('"msg":"transfer sent"')) || undefined)
    const info = lines.map(l => JSON.parse(l) as { level: number; msg: string; peer?: string }).filter(l => l.level === 30)
    expect(info.some(l => l.msg === 'peer connected' && l.peer === consumer.peerId)).toBe(true)
    expect(info.some(l => l.msg === 'agreement signed')).toBe(true)
    expect(info.some(l => l.msg === 'transfer sent')).toBe(true)
  })

  it('`negotiate` and `ledger audit` take the end of a peer ID as tables show it; `policy explain` says what it assumed', async () => {
    const { provider, consumer } = await setup()
    const dir = tempDir()
    const cfg = join(dir, 'c.yaml')
    writeFileSync(cfg, `name: c\ndataDir: ${consumer.config.dataDir}\n`)
    const suffix = `…${provider.peerId.slice(-8)}`
    const ok = await runCli(['--config', cfg, 'negotiate', suffix, 'file', '--purpose', 'research'])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('FINALIZED')
    const audit = await runCli(['--config', cfg, 'ledger', 'audit', provider.peerId.slice(-8)])
    expect(audit.code).toBe(0)
    const unknown = await runCli(['--config', cfg, 'negotiate', '…zzzzzzzz', 'file'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('no known peer ID ends with')
    const explain = await runCli([
      '--config',
      join(ROOT, 'config/node.example.yaml'),
      'policy',
      'explain',
      'limited-use',
      '--peer',
      provider.peerId,
      '--purpose',
      'research',
      '--json'
    ])
    expect(explain.code).toBe(0)
    const e = JSON.parse(explain.stdout)
    expect(e.allowed).toBe(true)
    expect(e.assumed).toHaveLength(3)
    expect(e.context).toMatchObject({ count: 1, volume: 0 })
  })
})
