import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../../src/config/index.ts'
import { loadPolicyDir, loadPolicyFile, parsePolicy, toOdrl } from '../../src/policy/index.ts'
import { cleanup, runCli, tempDir, ROOT } from '../helpers.ts'

afterEach(cleanup)

function problems(fn: () => unknown, code = 'POLICY_INVALID'): ConfigError {
  try {
    fn()
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError)
    expect((err as ConfigError).code).toBe(code)
    return err as ConfigError
  }
  throw new Error('expected a ConfigError')
}

describe('policy files', () => {
  it('the example policies load, with canonical values', () => {
    const all = loadPolicyDir(join(ROOT, 'config/policies'))
    expect([...all.keys()].sort()).toEqual(['eu-members', 'limited-use', 'open-research'])
    const limited = all.get('limited-use')!
    const vol = limited.permissions[0]!.constraints.find(c => 'leftOperand' in c && c.leftOperand === 'volume')
    expect(vol).toEqual({ leftOperand: 'volume', operator: 'lteq', rightOperand: [String(50 * 1024 * 1024)] })
    const dt = limited.permissions[0]!.constraints.find(c => 'leftOperand' in c && c.leftOperand === 'dateTime')
    expect(dt).toEqual({ leftOperand: 'dateTime', operator: 'lt', rightOperand: ['2031-01-01T00:00:00.000Z'] })
  })

  it('an unknown operand names the file and the key path', () => {
    const err = problems(() =>
      parsePolicy({ permissions: [{ action: 'use', constraints: [{ leftOperand: 'colour', operator: 'eq', rightOperand: 'red' }] }] }, '/etc/p/x.yaml', 'x')
    )
    expect(err.message).toContain('/etc/p/x.yaml')
    expect(err.problems).toEqual([{ path: 'permissions[0].constraints[0].leftOperand', message: expect.stringContaining('unknown left operand "colour"') }])
  })

  it('wrong value types, wrong operators and unknown keys are reported with their paths', () => {
    const err = problems(() =>
      parsePolicy(
        {
          acces: [],
          permissions: [
            {
              action: 'use',
              constraints: [
                { leftOperand: 'count', operator: 'lteq', rightOperand: 'three' },
                { leftOperand: 'dateTime', operator: 'lt', rightOperand: 'tomorrow' },
                { leftOperand: 'elapsedTime', operator: 'lteq', rightOperand: '30 days' },
                { leftOperand: 'purpose', operator: 'lt', rightOperand: 'research' },
                { leftOperand: 'spatial', operator: 'isPartOf', rightOperand: ['Germany'] },
                { or: [{ leftOperand: 'volume', operator: 'lteq', rightOperand: '10 parsecs' }] },
                { leftOperand: 'count', operator: 'lteq', rightOperand: [1, 2] }
              ]
            }
          ]
        },
        'p.yaml',
        'p'
      )
    )
    expect(err.problems.map(p => p.path)).toEqual([
      'acces',
      'permissions[0].constraints[0].rightOperand',
      'permissions[0].constraints[1].rightOperand',
      'permissions[0].constraints[2].rightOperand',
      'permissions[0].constraints[3].operator',
      'permissions[0].constraints[4].rightOperand[0]',
      'permissions[0].constraints[5].or[0].rightOperand',
      'permissions[0].constraints[6].rightOperand'
    ])
    expect(err.problems[1]?.message).toContain('whole number')
    expect(err.problems[4]?.message).toContain('use one of eq, neq, isAnyOf')
  })

  it('usage operands are refused in access policies (unknown when the catalogue is asked)', () => {
    const err = problems(() => parsePolicy({ access: [{ leftOperand: 'purpose', operator: 'eq', rightOperand: 'x' }] }, 'p.yaml', 'p'))
    expect(err.problems[0]?.path).toBe('access[0].leftOperand')
    expect(err.problems[0]?.message).toContain('put it under permissions')
  })

  it('YAML syntax errors and duplicate names name the file', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a.yaml'), 'permissions: [\n')
    expect(problems(() => loadPolicyFile(join(dir, 'a.yaml')), 'POLICY_YAML_INVALID').message).toContain(join(dir, 'a.yaml'))
    const d2 = join(dir, 'd2')
    mkdirSync(d2)
    writeFileSync(join(d2, 'one.yaml'), 'name: same\n')
    writeFileSync(join(d2, 'two.yaml'), 'name: same\n')
    const dup = problems(() => loadPolicyDir(d2))
    expect(dup.message).toContain('two.yaml')
    expect(dup.problems[0]?.message).toContain('already used by')
  })

  it('ODRL export: operands, logical constraints, typed values', () => {
    const p = parsePolicy(
      {
        access: [
          {
            or: [
              { leftOperand: 'member.country', operator: 'eq', rightOperand: 'DE' },
              { leftOperand: 'member.sector', operator: 'hasPart', rightOperand: ['automotive'] }
            ]
          }
        ],
        permissions: [
          {
            action: 'use',
            constraints: [
              { leftOperand: 'dateTime', operator: 'lt', rightOperand: '2030-01-01T00:00:00Z' },
              { leftOperand: 'count', operator: 'lteq', rightOperand: 3 }
            ]
          }
        ],
        prohibitions: [{ action: 'distribute' }],
        duties: [{ action: 'delete', constraints: [{ leftOperand: 'elapsedTime', operator: 'gteq', rightOperand: 'P1Y' }] }]
      },
      'p.yaml',
      'p'
    )
    const odrl = toOdrl(p) as any
    expect(odrl['@type']).toBe('Set')
    expect(odrl.uid).toBe('urn:hanse:policy:p')
    expect(odrl.permission[0].constraint).toEqual([
      { leftOperand: 'dateTime', operator: 'lt', rightOperand: { '@value': '2030-01-01T00:00:00.000Z', '@type': 'xsd:dateTime' } },
      { leftOperand: 'count', operator: 'lteq', rightOperand: 3 }
    ])
    expect(odrl.prohibition).toEqual([{ action: 'distribute' }])
    expect(odrl.obligation[0].constraint[0].rightOperand).toEqual({ '@value': 'P1Y', '@type': 'xsd:duration' })
    expect(odrl['hanse:access'][0].or['@list'][1]).toEqual({ leftOperand: 'hanse:member/sector', operator: 'hasPart', rightOperand: ['automotive'] })
  })

  it('`hanse policy check` and `hanse policy explain` work from the files alone', async () => {
    const dir = tempDir()
    writeFileSync(
      join(dir, 'bad.yaml'),
      'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: count, operator: lteq, rightOperand: lots }\n'
    )
    const bad = await runCli(['policy', 'check', join(dir, 'bad.yaml')])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('POLICY_INVALID')
    expect(bad.stderr).toContain('permissions[0].constraints[0].rightOperand')
    const ok = await runCli(['policy', 'check', join(ROOT, 'config/policies/limited-use.yaml')])
    expect(ok.code).toBe(0)
    const cfg = join(ROOT, 'config/node.example.yaml')
    const peer = '12D3KooWA9XoAbPF6GcgZRaJinM8zRKsnibrWhnKCLt6D8sTMS6B'
    const denied = await runCli(['--config', cfg, 'policy', 'explain', 'limited-use', '--peer', peer, '--purpose', 'marketing', '--json'])
    expect(denied.code).toBe(1)
    const d = JSON.parse(denied.stdout)
    expect(d.allowed).toBe(false)
    expect(d.scopes.find((s: any) => s.scope === 'negotiation').reasons).toEqual(["purpose 'marketing' is not one of [quality-assurance, research]"])
    const allowed = await runCli([
      '--config',
      cfg,
      'policy',
      'explain',
      'limited-use',
      '--peer',
      peer,
      '--purpose',
      'research',
      '--count',
      '3',
      '--volume',
      '1000',
      '--agreed-at',
      '2026-11-01T00:00:00Z',
      '--at',
      '2026-11-20T00:00:00Z'
    ])
    expect(allowed.code).toBe(0)
    expect(allowed.stdout).toContain('ALLOWED')
    const eu = await runCli([
      '--config',
      cfg,
      'policy',
      'explain',
      'eu-members',
      '--peer',
      peer,
      '--member-country',
      'NO',
      '--member-attr',
      'sector=automotive'
    ])
    expect(eu.code).toBe(1)
    expect(eu.stdout).toContain("member country 'NO' is not within [EU]")
    const exported = await runCli(['--config', cfg, 'policy', 'export', 'open-research'])
    expect(JSON.parse(exported.stdout).permission[0].action).toBe('use')
  })
})
