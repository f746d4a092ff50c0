import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fromOdrl, loadPolicyDir, parsePolicy, toDspOffer, type Policy } from '../../src/policy/index.ts'
import { dspProblem } from '../../src/dsp/index.ts'

const terms = (p: Policy): Omit<Policy, 'name' | 'description' | 'access'> => ({ permissions: p.permissions, prohibitions: p.prohibitions, duties: p.duties })

const MANY = parsePolicy(
  {
    permissions: [
      {
        action: 'use',
        constraints: [
          { leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research', 'teaching'] },
          { leftOperand: 'dateTime', operator: 'lt', rightOperand: '2030-01-01T00:00:00Z' },
          { leftOperand: 'elapsedTime', operator: 'lteq', rightOperand: 'P30D' },
          { leftOperand: 'count', operator: 'lteq', rightOperand: 3 },
          { leftOperand: 'volume', operator: 'lteq', rightOperand: '10 GiB' },
          {
            or: [
              { leftOperand: 'spatial', operator: 'isAnyOf', rightOperand: ['DE', 'FR'] },
              { leftOperand: 'member.sector', operator: 'eq', rightOperand: 'automotive' }
            ]
          }
        ]
      }
    ],
    prohibitions: [{ action: 'distribute' }],
    duties: [{ action: 'delete', constraints: [{ leftOperand: 'elapsedTime', operator: 'gteq', rightOperand: 'P90D' }] }]
  },
  'test',
  'many'
)

describe('policies as DSP ODRL offers', () => {
  it('round-trip: what hanse offers over DSP reads back as the same terms, and validates as an Offer', () => {
    const policies = [...loadPolicyDir(join(import.meta.dirname, '../../config/policies')).values(), MANY]
    for (const p of policies) {
      const offer = toDspOffer(p, `offer-${p.name}`)
      const catalog = {
        '@context': ['https://w3id.org/dspace/2025/1/context.jsonld'],
        '@id': 'c',
        '@type': 'Catalog',
        participantId: 'p',
        dataset: [
          { '@id': 'd', '@type': 'Dataset', hasPolicy: [offer], distribution: [{ '@type': 'Distribution', format: 'HttpData-PULL', accessService: 's' }] }
        ]
      }
      expect(dspProblem('Catalog', catalog), p.name).toBeUndefined()
      const back = fromOdrl(offer, p.name)
      expect('policy' in back ? terms(back.policy) : back, p.name).toEqual(
        terms(p.permissions.length > 0 ? p : { ...p, permissions: [{ action: 'use', constraints: [] }] })
      )
    }
  })

  it('reads prefixed and full-IRI forms', () => {
    const r = fromOdrl(
      {
        permission: [
          {
            action: { '@id': 'odrl:use' },
            constraint: [{ leftOperand: 'http://www.w3.org/ns/odrl/2/purpose', operator: 'odrl:isAnyOf', rightOperand: [{ '@value': 'research' }] }]
          }
        ]
      },
      'x'
    )
    expect(r).toMatchObject({
      policy: { permissions: [{ action: 'use', constraints: [{ leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: ['research'] }] }] }
    })
  })

  it('refuses terms hanse cannot evaluate, saying which', () => {
    // the official DSP example: a `spatial` constraint on an IRI that is no country code
    expect(
      fromOdrl({ permission: [{ action: 'use', constraint: [{ leftOperand: 'spatial', operator: 'eq', rightOperand: 'http://example.org/EU' }] }] }, 'x')
    ).toEqual({
      problems: [expect.stringMatching(/^permissions\[0\]\.constraints\[0\]\.rightOperand: /)]
    })
    expect(
      fromOdrl({ permission: [{ action: 'use', constraint: [{ leftOperand: 'https://example.com/custom', operator: 'eq', rightOperand: 'x' }] }] }, 'x')
    ).toEqual({
      problems: [expect.stringMatching(/unknown left operand "https:\/\/example.com\/custom"/)]
    })
    expect(fromOdrl({ permission: [{ action: 'use', duty: [{ action: 'notify' }] }] }, 'x')).toEqual({
      problems: [expect.stringMatching(/permissions\[0\]\.duty: unknown key/)]
    })
  })
})
