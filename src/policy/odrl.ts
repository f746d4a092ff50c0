import { ConfigError } from '../config/index.ts'
import { parsePolicy } from './load.ts'
import { operandDef } from './operands.ts'
import { isLogical, type Constraint, type Policy, type Rule } from './types.ts'

/** Namespace for the left operands ODRL has no term for (volume, member facts). */
export const HANSE_ODRL_NS = 'https://w3id.org/hanse/odrl#'

/**
 * The policy as ODRL 2.2 JSON-LD (https://www.w3.org/TR/odrl-model/), an `odrl:Set`, so that
 * DSP and EDC tooling can read it. The access part has no ODRL counterpart and is exported as
 * a `hanse:access` list of the same constraint shape.
 */
export function toOdrl(policy: Policy, uidBase = 'urn:hanse:policy:'): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    '@context': ['http://www.w3.org/ns/odrl.jsonld', { hanse: HANSE_ODRL_NS }],
    '@type': 'Set',
    uid: `${uidBase}${policy.name}`
  }
  if (policy.description !== '') doc['dc:description'] = policy.description
  if (policy.permissions.length > 0) doc.permission = policy.permissions.map(r => rule(r))
  if (policy.prohibitions.length > 0) doc.prohibition = policy.prohibitions.map(r => rule(r))
  if (policy.duties.length > 0) doc.obligation = policy.duties.map(r => rule(r))
  if (policy.access.length > 0) doc['hanse:access'] = policy.access.map(c => constraint(c))
  return doc
}

/**
 * The policy as a DSP 2025-1 `Offer` (compacted with the DSP context, which imports ODRL's terms;
 * https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/#dataset): ODRL terms
 * by name, hanse's own left operands as full IRIs (the DSP context has no `hanse:` prefix), logical
 * constraints as plain arrays. `target` is set in negotiation messages and left out in catalogues.
 * The access part is the provider's business and is not shown.
 */
export function toDspOffer(policy: Policy, id: string, target?: string): Record<string, unknown> {
  const offer: Record<string, unknown> = { '@id': id, '@type': 'Offer' }
  if (target !== undefined) offer.target = target
  const dsp = (r: Rule): Record<string, unknown> => rule(r, 'dsp')
  // ODRL needs a permission or a prohibition: a policy of duties only still permits `use` under them
  offer.permission = policy.permissions.length > 0 ? policy.permissions.map(dsp) : [{ action: 'use' }]
  if (policy.prohibitions.length > 0) offer.prohibition = policy.prohibitions.map(dsp)
  if (policy.duties.length > 0) offer.obligation = policy.duties.map(dsp)
  return offer
}

type Style = 'odrl' | 'dsp'

function rule(r: Rule, style: Style = 'odrl'): Record<string, unknown> {
  const out: Record<string, unknown> = { action: r.action }
  if (r.constraints.length > 0) out.constraint = r.constraints.map(c => constraint(c, style))
  return out
}

function constraint(c: Constraint, style: Style = 'odrl'): Record<string, unknown> {
  if (isLogical(c)) {
    const parts = c.constraints.map(x => constraint(x, style))
    return { [c.logical]: style === 'dsp' ? parts : { '@list': parts } }
  }
  const def = operandDef(c.leftOperand)
  const iri = def?.odrl ?? c.leftOperand
  const left = iri.startsWith('odrl:') ? iri.slice(5) : style === 'dsp' && iri.startsWith('hanse:') ? HANSE_ODRL_NS + iri.slice(6) : iri
  const typed = c.rightOperand.map(v => {
    switch (def?.type) {
      case 'instant':
        return { '@value': v, '@type': 'xsd:dateTime' }
      case 'duration':
        return { '@value': v, '@type': 'xsd:duration' }
      case 'integer':
      case 'bytes':
        // DSP's schema allows a right operand as string, object or array only: a typed literal
        return style === 'dsp' ? { '@value': v, '@type': 'xsd:integer' } : Number(v)
      default:
        return v
    }
  })
  return { leftOperand: left, operator: c.operator, rightOperand: typed.length === 1 && def?.type !== 'set' ? typed[0] : typed }
}

const ODRL_IRI = 'http://www.w3.org/ns/odrl/2/'

/** An ODRL term as hanse names it: `purpose`, `odrl:purpose` and the full IRI are one. */
function term(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { '@id'?: unknown })['@id'] === 'string') v = (v as { '@id': string })['@id']
  if (typeof v !== 'string') return v
  if (v.startsWith(ODRL_IRI)) return v.slice(ODRL_IRI.length)
  if (v.startsWith('odrl:')) return v.slice(5)
  return v
}

const LEFT_FROM_ODRL: Record<string, string> = {
  recipient: 'peer',
  [`${HANSE_ODRL_NS}volume`]: 'volume',
  [`${HANSE_ODRL_NS}memberCountry`]: 'member.country',
  [`${HANSE_ODRL_NS}memberOrg`]: 'member.org'
}

function leftFromOdrl(v: unknown): unknown {
  const t = term(v)
  if (typeof t !== 'string') return t
  const mapped = LEFT_FROM_ODRL[t] ?? LEFT_FROM_ODRL[t.replace(/^hanse:/, HANSE_ODRL_NS)]
  if (mapped !== undefined) return mapped
  const attr = new RegExp(`^(?:${HANSE_ODRL_NS.replace(/[.#/]/g, '\\$&')}|hanse:)member/([A-Za-z][\\w-]*)$`).exec(t)
  return attr === null ? t : `member.${attr[1] ?? ''}`
}

const literal = (v: unknown): unknown =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && '@value' in v ? (v as { '@value': unknown })['@value'] : v

function constraintFromOdrl(c: unknown): unknown {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return c
  const o = c as Record<string, unknown>
  for (const op of ['and', 'or', 'xone', 'andSequence']) {
    if (op in o) {
      const items = o[op]
      const list = typeof items === 'object' && items !== null && '@list' in items ? (items as { '@list': unknown })['@list'] : items
      return { [op]: Array.isArray(list) ? list.map(constraintFromOdrl) : list }
    }
  }
  const right = o.rightOperand
  return {
    leftOperand: leftFromOdrl(o.leftOperand),
    operator: term(o.operator),
    rightOperand: Array.isArray(right) ? right.map(literal) : literal(right)
  }
}

function rulesFromOdrl(rules: unknown): unknown {
  if (rules === undefined) return undefined
  const list = Array.isArray(rules) ? rules : [rules]
  return list.map(r => {
    if (typeof r !== 'object' || r === null) return r
    const o = r as Record<string, unknown>
    const cs = o.constraint === undefined ? undefined : (Array.isArray(o.constraint) ? o.constraint : [o.constraint]).map(constraintFromOdrl)
    const extra = Object.keys(o).filter(k => !['action', 'constraint', '@type', '@id', 'target', 'assigner', 'assignee'].includes(k))
    return { action: term(o.action), ...(cs === undefined ? {} : { constraints: cs }), ...Object.fromEntries(extra.map(k => [k, o[k]])) }
  })
}

/**
 * An ODRL policy as a counterparty sent it (a DSP Offer or Agreement, compacted with the DSP
 * context, or with `odrl:` prefixes or full IRIs), in hanse's model, through the same checks as a
 * policy file: hanse can only agree to terms it can evaluate. Returns the problems otherwise.
 */
export function fromOdrl(doc: Record<string, unknown>, name: string): { policy: Policy } | { problems: string[] } {
  const raw: Record<string, unknown> = {}
  const permissions = rulesFromOdrl(doc.permission)
  const prohibitions = rulesFromOdrl(doc.prohibition)
  const duties = rulesFromOdrl(doc.obligation ?? doc.duty)
  if (permissions !== undefined) raw.permissions = permissions
  if (prohibitions !== undefined) raw.prohibitions = prohibitions
  if (duties !== undefined) raw.duties = duties
  raw.name = name.replace(/[^\w.-]/g, '_').slice(0, 128) || 'offer'
  try {
    return { policy: parsePolicy(raw, 'ODRL policy', 'offer') }
  } catch (err) {
    if (err instanceof ConfigError) return { problems: err.problems.map(p => `${p.path}: ${p.message}`) }
    throw err
  }
}
