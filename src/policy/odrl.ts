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
  if (policy.permissions.length > 0) doc.permission = policy.permissions.map(rule)
  if (policy.prohibitions.length > 0) doc.prohibition = policy.prohibitions.map(rule)
  if (policy.duties.length > 0) doc.obligation = policy.duties.map(rule)
  if (policy.access.length > 0) doc['hanse:access'] = policy.access.map(constraint)
  return doc
}

function rule(r: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = { action: r.action }
  if (r.constraints.length > 0) out.constraint = r.constraints.map(constraint)
  return out
}

function constraint(c: Constraint): Record<string, unknown> {
  if (isLogical(c)) return { [c.logical]: { '@list': c.constraints.map(constraint) } }
  const def = operandDef(c.leftOperand)
  const left = def?.odrl.startsWith('odrl:') === true ? def.odrl.slice(5) : (def?.odrl ?? c.leftOperand)
  const typed = c.rightOperand.map(v => {
    switch (def?.type) {
      case 'instant':
        return { '@value': v, '@type': 'xsd:dateTime' }
      case 'duration':
        return { '@value': v, '@type': 'xsd:duration' }
      case 'integer':
      case 'bytes':
        return Number(v)
      default:
        return v
    }
  })
  return { leftOperand: left, operator: c.operator, rightOperand: typed.length === 1 && def?.type !== 'set' ? typed[0] : typed }
}
