import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { evaluateConstraint, evaluatePolicy, parsePolicy, type Constraint, type Policy, type PolicyContext } from '../../src/policy/index.ts'

const PEER_A = '12D3KooWA9XoAbPF6GcgZRaJinM8zRKsnibrWhnKCLt6D8sTMS6B'
const PEER_B = '12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'
const T0 = Date.UTC(2027, 0, 1)
const DAY = 86_400_000

const ctx = (over: Partial<PolicyContext> = {}): PolicyContext => ({ now: T0, peer: PEER_A, ...over })
const atom = (leftOperand: string, operator: string, right: string | string[]): Constraint => ({
  leftOperand,
  operator: operator as any,
  rightOperand: Array.isArray(right) ? right : [right]
})
const check = (c: Constraint, cx: PolicyContext): string[] => evaluateConstraint(c, cx)

describe('policy evaluator: set operands', () => {
  it('purpose with isAnyOf explains the failing purpose', () => {
    const c = atom('purpose', 'isAnyOf', ['research', 'quality-assurance'])
    expect(check(c, ctx({ purposes: ['research'] }))).toEqual([])
    expect(check(c, ctx({ purposes: ['research', 'quality-assurance'] }))).toEqual([])
    expect(check(c, ctx({ purposes: ['marketing'] }))).toEqual(["purpose 'marketing' is not one of [research, quality-assurance]"])
    expect(check(c, ctx({ purposes: ['research', 'marketing'] }))).toEqual(["purpose 'marketing' is not one of [research, quality-assurance]"])
    expect(check(c, ctx())).toEqual(['no purpose declared; expected one of [research, quality-assurance]'])
  })

  it('eq, neq, isAllOf, hasPart, isNoneOf, isPartOf', () => {
    expect(check(atom('purpose', 'eq', 'research'), ctx({ purposes: ['research'] }))).toEqual([])
    expect(check(atom('purpose', 'eq', 'research'), ctx({ purposes: ['teaching'] }))[0]).toMatch(/is not 'research'/)
    expect(check(atom('purpose', 'neq', 'marketing'), ctx({ purposes: ['research'] }))).toEqual([])
    expect(check(atom('purpose', 'neq', 'marketing'), ctx({ purposes: ['marketing'] }))[0]).toMatch(/must not be 'marketing'/)
    expect(check(atom('purpose', 'isAllOf', ['a', 'b']), ctx({ purposes: ['a', 'b', 'c'] }))).toEqual([])
    expect(check(atom('purpose', 'isAllOf', ['a', 'b']), ctx({ purposes: ['a'] }))[0]).toMatch(/does not include 'b'/)
    expect(check(atom('member.sector', 'hasPart', ['automotive']), ctx({ member: { attributes: { sector: 'automotive, chemicals' } } }))).toEqual([])
    expect(check(atom('member.sector', 'hasPart', ['automotive']), ctx({ member: { attributes: { sector: 'chemicals' } } }))[0]).toMatch(
      /member attribute 'sector' 'chemicals' does not include 'automotive'/
    )
    expect(check(atom('purpose', 'isNoneOf', ['marketing', 'resale']), ctx({ purposes: ['research'] }))).toEqual([])
    expect(check(atom('purpose', 'isNoneOf', ['marketing', 'resale']), ctx({ purposes: ['resale'] }))).toEqual([
      "purpose 'resale' is one of the excluded [marketing, resale]"
    ])
    expect(check(atom('purpose', 'isPartOf', ['a', 'b']), ctx({ purposes: ['b'] }))).toEqual([])
  })

  it('spatial and member.country expand EU and EEA', () => {
    const eu = atom('spatial', 'isPartOf', ['EU'])
    expect(check(eu, ctx({ member: { country: 'de' } }))).toEqual([])
    expect(check(eu, ctx({ member: { country: 'NO' } }))).toEqual(["country 'NO' is not within [EU]"])
    expect(check(atom('spatial', 'isPartOf', ['EEA']), ctx({ member: { country: 'NO' } }))).toEqual([])
    expect(check(atom('member.country', 'isAnyOf', ['FR', 'DE']), ctx({ member: { country: 'DE' } }))).toEqual([])
    expect(check(atom('member.country', 'isNoneOf', ['EU']), ctx({ member: { country: 'CH' } }))).toEqual([])
    expect(check(eu, ctx())[0]).toMatch(/no verified membership credential gives the country/)
  })

  it('member.org matches the organisation id (names are not unique); peer matches the peer ID', () => {
    const org = atom('member.org', 'isAnyOf', ['DE-HRB-1234'])
    expect(check(org, ctx({ member: { orgId: 'DE-HRB-1234', orgName: 'Nordteile GmbH' } }))).toEqual([])
    expect(check(org, ctx({ member: { orgId: 'DE-HRB-9999', orgName: 'DE-HRB-1234' } }))[0]).toMatch(/member organisation 'DE-HRB-9999' is not one of/)
    expect(check(atom('peer', 'isAnyOf', [PEER_A]), ctx())).toEqual([])
    expect(check(atom('peer', 'isAnyOf', [PEER_A]), ctx({ peer: PEER_B }))).toEqual([`peer '${PEER_B}' is not one of [${PEER_A}]`])
    // a member admitted by a W3C credential is also its DID: a constraint may name either
    const DID = 'did:web:connector.carmaker.example'
    const member = { did: DID, country: 'DE' }
    expect(check(atom('peer', 'isAnyOf', [DID]), ctx({ peer: PEER_B, member }))).toEqual([])
    expect(check(atom('peer', 'isAnyOf', [PEER_B]), ctx({ peer: PEER_B, member }))).toEqual([])
    expect(check(atom('peer', 'isNoneOf', [DID]), ctx({ peer: PEER_B, member }))).toEqual([`peer '${DID}' is one of the excluded [${DID}]`])
    expect(check(atom('peer', 'isAnyOf', [DID]), ctx({ peer: PEER_B }))).toEqual([`peer '${PEER_B}' is not one of [${DID}]`])
  })
})

describe('policy evaluator: ordered operands', () => {
  it('dateTime: exactly at the limit', () => {
    const limit = new Date(T0).toISOString()
    expect(check(atom('dateTime', 'lteq', limit), ctx())).toEqual([])
    expect(check(atom('dateTime', 'lt', limit), ctx())).toEqual([`dateTime ${limit} is not before ${limit}`])
    expect(check(atom('dateTime', 'lt', limit), ctx({ now: T0 - 1 }))).toEqual([])
    expect(check(atom('dateTime', 'gteq', limit), ctx())).toEqual([])
    expect(check(atom('dateTime', 'gt', limit), ctx())).toHaveLength(1)
    expect(check(atom('dateTime', 'eq', limit), ctx())).toEqual([])
    expect(check(atom('dateTime', 'neq', limit), ctx())).toHaveLength(1)
  })

  it('elapsedTime counts from the agreement, with calendar months', () => {
    const c = atom('elapsedTime', 'lteq', 'P30D')
    expect(check(c, ctx({ agreedAt: T0 - 30 * DAY }))).toEqual([])
    const late = check(c, ctx({ agreedAt: T0 - 30 * DAY - 1000 }))
    expect(late).toHaveLength(1)
    expect(late[0]).toMatch(/^elapsed time since the agreement \(30d 1s\) is not at most P30D \(until /)
    expect(check(atom('elapsedTime', 'lt', 'P30D'), ctx({ agreedAt: T0 - 30 * DAY }))).toHaveLength(1)
    // one calendar month from 31 January is 3 March (2027 is not a leap year)
    const jan31 = Date.UTC(2027, 0, 31)
    expect(check(atom('elapsedTime', 'lteq', 'P1M'), ctx({ agreedAt: jan31, now: Date.UTC(2027, 2, 3) }))).toEqual([])
    expect(check(atom('elapsedTime', 'lteq', 'PT12H'), ctx({ agreedAt: T0 - 13 * 3_600_000 }))).toHaveLength(1)
    expect(check(atom('elapsedTime', 'gteq', 'P1Y'), ctx({ agreedAt: T0 - 366 * DAY }))).toEqual([])
    expect(check(c, ctx())[0]).toMatch(/not known yet \(no agreement\)/)
  })

  it('count and volume at the boundary', () => {
    expect(check(atom('count', 'lteq', '3'), ctx({ count: 3 }))).toEqual([])
    expect(check(atom('count', 'lteq', '3'), ctx({ count: 4 }))).toEqual(['transfer count 4 is not at most 3'])
    expect(check(atom('count', 'lt', '3'), ctx({ count: 3 }))).toEqual(['transfer count 3 is not less than 3'])
    expect(check(atom('count', 'gt', '0'), ctx({ count: 1 }))).toEqual([])
    expect(check(atom('count', 'gteq', '2'), ctx({ count: 1 }))).toEqual(['transfer count 1 is not at least 2'])
    expect(check(atom('count', 'eq', '1'), ctx({ count: 1 }))).toEqual([])
    expect(check(atom('count', 'neq', '1'), ctx({ count: 1 }))).toHaveLength(1)
    expect(check(atom('volume', 'lteq', '1048576'), ctx({ volume: 1048576 }))).toEqual([])
    expect(check(atom('volume', 'lteq', '1048576'), ctx({ volume: 1048577 }))).toEqual(['volume (bytes) 1048577 is not at most 1048576'])
  })

  it('an operator that does not fit the operand is refused, not guessed', () => {
    expect(check(atom('count', 'isAnyOf', ['1']), ctx({ count: 1 }))[0]).toMatch(/does not apply to count/)
    expect(check(atom('purpose', 'lt', 'x'), ctx({ purposes: ['x'] }))[0]).toMatch(/does not apply to purpose/)
    expect(check(atom('colour', 'eq', 'red'), ctx())).toEqual(["unknown left operand 'colour'"])
  })
})

describe('policy evaluator: logical constraints and scopes', () => {
  const research = atom('purpose', 'isAnyOf', ['research'])
  const de = atom('member.country', 'eq', 'DE')
  it('and / or / xone', () => {
    const both = ctx({ purposes: ['research'], member: { country: 'DE' } })
    const one = ctx({ purposes: ['research'], member: { country: 'FR' } })
    const none = ctx({ purposes: ['ads'], member: { country: 'FR' } })
    expect(check({ logical: 'and', constraints: [research, de] }, both)).toEqual([])
    expect(check({ logical: 'and', constraints: [research, de] }, none)).toHaveLength(2)
    expect(check({ logical: 'or', constraints: [research, de] }, one)).toEqual([])
    expect(check({ logical: 'or', constraints: [research, de] }, none)[0]).toMatch(
      /^none of the alternatives holds: \(purpose 'ads'.*\) or \(member country 'FR' is not 'DE'\)$/
    )
    expect(check({ logical: 'xone', constraints: [research, de] }, one)).toEqual([])
    expect(check({ logical: 'xone', constraints: [research, de] }, both)).toEqual(['2 of the alternatives hold where exactly one may'])
    expect(check({ logical: 'xone', constraints: [research, de] }, none)[0]).toMatch(/exactly one must/)
  })

  const policy: Policy = parsePolicy(
    {
      access: [{ leftOperand: 'peer', operator: 'isAnyOf', rightOperand: [PEER_A] }],
      permissions: [
        {
          action: 'use',
          constraints: [
            { leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research'] },
            { leftOperand: 'count', operator: 'lteq', rightOperand: 2 }
          ]
        }
      ]
    },
    'p.yaml',
    'p'
  )

  it('catalog checks access only; negotiation defers usage limits; transfer checks them', () => {
    expect(evaluatePolicy(policy, 'catalog', ctx())).toEqual({ allowed: true, reasons: [] })
    expect(evaluatePolicy(policy, 'catalog', ctx({ peer: PEER_B })).allowed).toBe(false)
    expect(evaluatePolicy(policy, 'negotiation', ctx({ purposes: ['research'] }))).toEqual({ allowed: true, reasons: [] })
    expect(evaluatePolicy(policy, 'negotiation', ctx({ purposes: ['ads'] })).reasons).toEqual(["purpose 'ads' is not one of [research]"])
    expect(evaluatePolicy(policy, 'transfer', ctx({ purposes: ['research'], count: 2 })).allowed).toBe(true)
    expect(evaluatePolicy(policy, 'transfer', ctx({ purposes: ['research'], count: 3 })).reasons).toEqual(['transfer count 3 is not at most 2'])
    const noUse = parsePolicy({ permissions: [{ action: 'display' }] }, 'x.yaml', 'x')
    expect(evaluatePolicy(noUse, 'transfer', ctx()).reasons).toEqual(["policy 'x' grants no 'use' permission"])
  })

  it('property: evaluation is deterministic and allowed exactly when there is no reason', () => {
    const operand = fc.constantFrom('purpose', 'member.country', 'member.org', 'member.tier', 'peer', 'count', 'volume', 'dateTime', 'elapsedTime', 'spatial')
    const setOp = fc.constantFrom('eq', 'neq', 'isAnyOf', 'isAllOf', 'isNoneOf', 'isPartOf', 'hasPart')
    const ordOp = fc.constantFrom('eq', 'neq', 'lt', 'lteq', 'gt', 'gteq')
    const words = fc.array(fc.constantFrom('research', 'ads', 'DE', 'FR', 'EU', 'gold', PEER_A), { minLength: 1, maxLength: 3 })
    const atomArb = operand.chain((left): fc.Arbitrary<Constraint> => {
      switch (left) {
        case 'count':
        case 'volume':
          return fc.tuple(ordOp, fc.nat(10)).map(([op, n]) => atom(left, op, String(n)))
        case 'dateTime':
          return fc.tuple(ordOp, fc.integer({ min: -5, max: 5 })).map(([op, d]) => atom(left, op, new Date(T0 + d * DAY).toISOString()))
        case 'elapsedTime':
          return fc.tuple(ordOp, fc.nat(60)).map(([op, d]) => atom(left, op, `P${d}D`))
        default:
          return fc.tuple(setOp, words).map(([op, w]) => atom(left, op, w))
      }
    })
    const constraint: fc.Arbitrary<Constraint> = fc.letrec<{ c: Constraint }>(tie => ({
      c: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atomArb,
        fc.record({
          logical: fc.constantFrom('and', 'or', 'xone') as fc.Arbitrary<'and' | 'or' | 'xone'>,
          constraints: fc.array(tie('c'), { minLength: 1, maxLength: 3 })
        })
      )
    })).c
    const context = fc.record({
      now: fc.integer({ min: T0 - 10 * DAY, max: T0 + 10 * DAY }),
      peer: fc.constantFrom(PEER_A, PEER_B),
      purposes: fc.option(words, { nil: undefined }),
      agreedAt: fc.option(fc.integer({ min: T0 - 90 * DAY, max: T0 }), { nil: undefined }),
      count: fc.option(fc.nat(12), { nil: undefined }),
      volume: fc.option(fc.nat(12), { nil: undefined }),
      member: fc.option(
        fc.record({ country: fc.constantFrom('DE', 'FR', 'NO', 'US'), orgId: fc.constantFrom('gold', 'x'), attributes: fc.constant({ tier: 'gold' }) }),
        { nil: undefined }
      )
    })
    fc.assert(
      fc.property(
        fc.array(constraint, { maxLength: 4 }),
        context,
        fc.constantFrom('catalog', 'negotiation', 'transfer') as fc.Arbitrary<'catalog' | 'negotiation' | 'transfer'>,
        (cs, cx, scope) => {
          const p: Policy = { name: 'prop', description: '', access: cs, permissions: [{ action: 'use', constraints: cs }], prohibitions: [], duties: [] }
          const a = evaluatePolicy(p, scope, cx)
          const b = evaluatePolicy(p, scope, structuredClone(cx))
          expect(b).toEqual(a)
          expect(a.allowed).toBe(a.reasons.length === 0)
          for (const r of a.reasons) expect(r.length).toBeGreaterThan(0)
        }
      ),
      { seed: 20261127, numRuns: 2000 }
    )
  })
})
