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
