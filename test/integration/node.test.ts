import { afterEach, describe, expect, it } from 'vitest'
import { chmodSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { cleanup, collect, nodeAddr, runCli, spawnCli, startNode, tempDir, testConfig, waitFor, onCleanup } from '../helpers.ts'
import { HanseNode, readRuntimeInfo } from '../../src/node/index.ts'
import { Store } from '../../src/store/index.ts'
import { HanseError } from '../../src/errors/index.ts'
import { readToken, KEY_FILE } from '../../src/identity/index.ts'
import { silentLogger } from '../../src/logging/index.ts'
import { systemClock } from '../../src/clock/index.ts'
import type { NodeConfig } from '../../src/config/index.ts'

afterEach(cleanup)

async function startFails(cfg: NodeConfig): Promise<HanseError> {
  const node = new HanseNode({ logger: silentLogger(), clock: systemClock }, { config: cfg, version: 'test' })
  onCleanup(async () => {
    await node.stop()
  })
  try {
    await node.start()
  } catch (err) {
    expect(err).toBeInstanceOf(HanseError)
    expect(node.isRunning).toBe(false)
    return err as HanseError
  }
  throw new Error('start should have failed')
}

async function busyPort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>(resolve => srv.listen(0, '127.0.0.1', resolve))
  onCleanup(
    () =>
      new Promise<void>(resolve =>
        srv.close(() => {
          resolve()
        })
      )
  )
  return (srv.address() as { port: number }).port
}

function writeConfig(dir: string, dataDir: string, extra = ''): string {
  const file = join(dir, 'node.yaml')
  writeFileSync(
    file,
    `name: proc\ndataDir: ${dataDir}\nnetwork:\n  listen: [/ip4/127.0.0.1/tcp/0]\n  mdns: { enabled: false }\napi:\n  port: 0\nlogging:\n  level: info\n${extra}`
  )
  return file
}

describe('node lifecycle', () => {
  it('restart keeps the peer ID; the key file is 0600', async () => {
    const cfg = testConfig()
    const a = await startNode(cfg)
    const id = a.peerId
    await a.stop()
    const b = await startNode(cfg)
    expect(b.peerId).toBe(id)
    expect(readFileSync(join(cfg.dataDir, KEY_FILE)).length).toBeGreaterThan(32)
    const { statSync } = await import('node:fs')
    expect(statSync(join(cfg.dataDir, KEY_FILE)).mode & 0o777).toBe(0o600)
    expect(statSync(join(cfg.dataDir, 'admin.token')).mode & 0o777).toBe(0o600)
  })

  it('a second process on the same data dir fails with DATA_DIR_LOCKED and touches nothing', async () => {
    const dir = tempDir()
    const cfg = testConfig({ dataDir: join(dir, 'data') })
    const running = await startNode(cfg)
    const runtimeBefore = readFileSync(join(cfg.dataDir, 'node.json'), 'utf8')
    const res = await runCli(['start', '--config', writeConfig(dir, join(dir, 'data'))])
    expect(res.code).toBe(3)
    expect(res.stderr).toContain('DATA_DIR_LOCKED')
    expect(res.stderr).toContain(`another hanse node is using ${cfg.dataDir}`)
    expect(readFileSync(join(cfg.dataDir, 'node.json'), 'utf8')).toBe(runtimeBefore)
    expect(running.isRunning).toBe(true)
  })

  it('a missing data dir parent is a clear error', async () => {
    const err = await startFails(testConfig({ dataDir: join(tempDir(), 'no', 'such', 'data') }))
    expect(err.code).toBe('DATA_DIR_PARENT_MISSING')
    expect(err.message).toContain('no/such')
  })

  it('an API port in use fails with PORT_IN_USE, rolls back, and the data dir opens again', async () => {
    const port = await busyPort()
    const cfg = testConfig({ api: { port } })
    const err = await startFails(cfg)
    expect(err.code).toBe('PORT_IN_USE')
    expect(err.message).toContain(`api.port ${port}`)
    // rollback closed LevelDB and libp2p: a node on the same dir with a free port starts
    await startNode(testConfig({ dataDir: cfg.dataDir }))
  })

  it('a libp2p listen port in use fails with PORT_IN_USE naming network.listen', async () => {
    const port = await busyPort()
    const err = await startFails(testConfig({ network: { listen: [`/ip4/127.0.0.1/tcp/${port}`] } }))
    expect(err.code).toBe('PORT_IN_USE')
    expect(err.message).toContain('network.listen')
  })

  it('a corrupt key file is refused and left as it was', async () => {
    const cfg = testConfig()
    mkdirSync(cfg.dataDir)
    const junk = Buffer.from('this is not a key')
    writeFileSync(join(cfg.dataDir, KEY_FILE), junk, { mode: 0o600 })
    const err = await startFails(cfg)
    expect(err.code).toBe('KEY_FILE_CORRUPT')
    expect(err.message).toContain(join(cfg.dataDir, KEY_FILE))
    expect(readFileSync(join(cfg.dataDir, KEY_FILE))).toEqual(junk)
  })

  it('a key file readable by others still starts, with a warning', async () => {
    const cfg = testConfig()
    await (await startNode(cfg)).stop()
    chmodSync(join(cfg.dataDir, KEY_FILE), 0o644)
    const lines: string[] = []
    const { createLogger } = await import('../../src/logging/index.ts')
    const { Writable } = await import('node:stream')
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(chunk.toString())
        cb()
      }
    })
    const node = new HanseNode(
      { logger: createLogger({ level: 'warn', pretty: false, destination: sink }), clock: systemClock },
      { config: cfg, version: 'test' }
    )
    onCleanup(async () => {
      await node.stop()
    })
    await node.start()
    const warn = lines.map(l => JSON.parse(l)).find(r => r.level === 40 && /readable by other users/.test(r.msg))
    expect(warn?.mode).toBe('644')
  })

  it('the real `hanse start` process exits 0 on SIGTERM and LevelDB reopens cleanly', async () => {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const child = spawnCli(['start', '--config', writeConfig(dir, dataDir)])
    const done = collect(child)
    const info = await waitFor(() => readRuntimeInfo(dataDir), 15_000)
    expect(info.pid).toBe(child.pid)
    // the CLI finds the API through the data dir
    const status = await runCli(['status', '--json', '--config', join(dir, 'node.yaml')])
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout).peerId).toBe(info.peerId)
    child.kill('SIGTERM')
    const res = await done
    expect(res.code).toBe(0)
    expect(res.stdout).toContain('hanse node stopped')
    expect(existsSync(join(dataDir, 'node.json'))).toBe(false)
    const store = new Store({ clock: systemClock }, { dataDir })
    await store.start()
    expect(await store.sublevel('meta').get('schemaVersion')).toBe(1)
    await store.stop()
    // and no node is running any more
    const after = await runCli(['status', '--config', join(dir, 'node.yaml')])
    expect(after.code).toBe(5)
    expect(after.stderr).toContain('NODE_NOT_RUNNING')
  })
})

describe('admin API', () => {
  it('refuses requests without the right token (401) and serves /healthz, /readyz and /openapi.json without', async () => {
    const node = await startNode()
    const url = node.parts.api.url
    const token = readToken(node.config.dataDir)!
    expect((await fetch(`${url}/healthz`)).status).toBe(200)
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' })
    const none = await fetch(`${url}/v1/status`)
    expect(none.status).toBe(401)
    expect(((await none.json()) as any).error.code).toBe('UNAUTHORIZED')
    expect((await fetch(`${url}/v1/status`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401)
    const ok = await fetch(`${url}/v1/status`, { headers: { authorization: `Bearer ${token}` } })
    expect(ok.status).toBe(200)
    const status = (await ok.json()) as any
    expect(status.peerId).toBe(node.peerId)
    expect(status.version).toBe('test')
    expect(status.listenAddrs.some((a: string) => multiaddr(a).toString().includes('127.0.0.1'))).toBe(true)
    const missing = await fetch(`${url}/v1/nope`, { headers: { authorization: `Bearer ${token}` } })
    expect(missing.status).toBe(404)
    expect(((await missing.json()) as any).error.code).toBe('NOT_FOUND')
    const spec = (await (await fetch(`${url}/openapi.json`)).json()) as any
    expect(spec.openapi).toBe('3.1.0')
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/v1/status', '/v1/peers']))
  })

  it('the CLI shows status and peers as text and JSON', async () => {
    const dir = tempDir()
    const a = await startNode(testConfig({ dataDir: join(dir, 'a') }))
    const b = await startNode(testConfig({ network: { bootstrap: [nodeAddr(a)] } }))
    await waitFor(() => a.parts.net.libp2p.getPeers().length > 0 || undefined)
    const cfgFile = join(dir, 'a.yaml')
    writeFileSync(cfgFile, `name: a\ndataDir: ${join(dir, 'a')}\n`)
    const text = await runCli(['status', '--config', cfgFile])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain(a.peerId)
    expect(text.stdout).toMatch(/peers:\s+1 connected/)
    const peers = await runCli(['peers', '--json', '--config', cfgFile])
    expect(peers.code).toBe(0)
    expect(JSON.parse(peers.stdout).peers.map((p: { peerId: string }) => p.peerId)).toContain(b.peerId)
    const table = await runCli(['peers', '--config', cfgFile])
    expect(table.stdout).toContain('PEER')
    expect(table.stdout).toContain(b.peerId)
  })
})
