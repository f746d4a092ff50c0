import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, loadConfig, parseConfig, validateConfig } from '../../src/config/index.ts'
import { cleanup, runCli, tempDir, ROOT } from '../helpers.ts'

afterEach(cleanup)

function expectConfigError(fn: () => unknown, code: string): ConfigError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as ConfigError).code).toBe(code)
    return err as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('config', () => {
  it('the example config is valid, frozen and resolves dataDir relative to the file', () => {
    const cfg = loadConfig(join(ROOT, 'config/node.example.yaml'))
    expect(cfg.name).toBe('example-node')
    expect(cfg.dataDir).toBe(join(ROOT, 'data'))
    expect(Object.isFrozen(cfg)).toBe(true)
    expect(Object.isFrozen(cfg.network.listen)).toBe(true)
    expect(() => {
      ;(cfg as any).name = 'x'
    }).toThrow(TypeError)
  })

  it('every commented example in config/ is valid (provider, consumer, data space member)', () => {
    const examples = readdirSync(join(ROOT, 'config')).filter(f => f.endsWith('.example.yaml'))
    expect(examples.length).toBeGreaterThanOrEqual(3)
    for (const f of examples) expect(loadConfig(join(ROOT, 'config', f)).name).not.toBe('')
    expect(loadConfig(join(ROOT, 'config/member.example.yaml')).trust.mode).toBe('members')
  })

  it('fills defaults in one place', () => {
    const cfg = validateConfig({ name: 'n', dataDir: '/tmp/x' }, '<inline>')
    expect(cfg.trust.mode).toBe('allowlist')
    expect(cfg.network.dht.enabled).toBe(true)
    expect(cfg.network.mdns.serviceTag).toBe('hanse.local')
    expect(cfg.api).toEqual({ enabled: true, host: '127.0.0.1', port: 7480 })
  })

  it('invalid YAML names the file and the position', () => {
    const err = expectConfigError(() => parseConfig('name: [unclosed\ndataDir: x\n', '/etc/hanse/node.yaml'), 'CONFIG_YAML_INVALID')
    expect(err.message).toContain('/etc/hanse/node.yaml')
    expect(err.problems[0]?.path).toMatch(/^line \d+, column \d+$/)
  })

  it('a wrong type names the key path, what was found and what is expected', () => {
    const err = expectConfigError(() => parseConfig('name: n\ndataDir: d\napi:\n  port: "eighty"\n', 'node.yaml'), 'CONFIG_INVALID')
    expect(err.problems).toHaveLength(1)
    expect(err.problems[0]?.path).toBe('api.port')
    expect(err.message).toContain('api.port')
    expect(err.message).toContain('"eighty"')
    expect(err.message).toMatch(/expected number/)
  })

  it('an unknown key is an error naming its full path', () => {
    const err = expectConfigError(() => parseConfig('name: n\ndataDir: d\nnetwork:\n  mdns:\n    enabeld: true\n', 'node.yaml'), 'CONFIG_INVALID')
    expect(err.problems.map(p => p.path)).toEqual(['network.mdns.enabeld'])
    expect(err.message).toContain('unknown key')
  })

  it('bad multiaddrs and peer IDs name the array index', () => {
    const err = expectConfigError(
      () =>
        validateConfig(
          {
            name: 'n',
            dataDir: 'd',
            network: { listen: ['/ip4/127.0.0.1/tcp/0', 'localhost:4001'], bootstrap: ['/ip4/127.0.0.1/tcp/4001'] },
            trust: { mode: 'allowlist', allowlist: ['not-a-peer'] }
          },
          'node.yaml'
        ),
      'CONFIG_INVALID'
    )
    expect(err.problems.map(p => p.path).sort()).toEqual(['network.bootstrap[0]', 'network.listen[1]', 'trust.allowlist[0]'])
    expect(err.message).toContain('/p2p/')
  })

  it('a missing required key and a bad enum are reported together', () => {
    const err = expectConfigError(() => validateConfig({ dataDir: 'd', trust: { mode: 'everyone' } }, 'node.yaml'), 'CONFIG_INVALID')
    expect(err.problems.map(p => p.path).sort()).toEqual(['name', 'trust.mode'])
    expect(err.problems.find(p => p.path === 'trust.mode')?.message).toMatch(/"everyone".*"open".*"allowlist"/)
  })

  it('a missing file says how to fix it', () => {
    const err = expectConfigError(() => loadConfig('/nonexistent/node.yaml'), 'CONFIG_NOT_FOUND')
    expect(err.message).toContain('/nonexistent/node.yaml')
  })

  it('overrides (HANSE_DATA_DIR, HANSE_LOG_LEVEL) are validated like the file', () => {
    const cfg = validateConfig({ name: 'n', dataDir: 'a' }, '/x/node.yaml', { dataDir: '/y/data', logLevel: 'debug' })
    expect(cfg.dataDir).toBe('/y/data')
    expect(cfg.logging.level).toBe('debug')
    const err = expectConfigError(() => validateConfig({ name: 'n', dataDir: 'a' }, 'node.yaml', { logLevel: 'loud' }), 'CONFIG_INVALID')
    expect(err.problems[0]?.path).toBe('logging.level')
  })

  it('`hanse config check` validates without starting and exits non-zero with the code', async () => {
    const dir = tempDir()
    const good = join(dir, 'good.yaml')
    const bad = join(dir, 'bad.yaml')
    writeFileSync(good, 'name: good\ndataDir: ./data\n')
    writeFileSync(bad, 'name: bad\ndataDir: ./data\nlogging:\n  colour: true\n')
    const ok = await runCli(['config', 'check', good])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('ok')
    const fail = await runCli(['config', 'check', bad])
    expect(fail.code).toBe(2)
    expect(fail.stderr).toContain('CONFIG_INVALID')
    expect(fail.stderr).toContain('logging.colour')
    expect(fail.stderr).toContain(bad)
  })
})
