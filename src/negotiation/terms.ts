import { ConfigError } from '../config/index.ts'
import { addDuration, isLogical, parseDuration, parsePolicy, type Constraint, type Policy, type Rule } from '../policy/index.ts'

/**
 * Terms a consumer asks for. Each narrows the offer: the request keeps every constraint of the
 * offer and adds these (constraints combine with AND, so adding one can only narrow).
 */
export interface Narrowing {
  /** Use only for these purposes (must be allowed by the offer). */
  purposes?: readonly string[]
  /** At most this many transfers. */
  maxUses?: number
  /** At most this many bytes in all. */
  maxVolume?: number
  /** Valid for this ISO 8601 duration from the agreement (e.g. P7D). */
  validFor?: string
}

function key(c: Constraint): string {
  return isLogical(c) ? `${c.logical}(${c.constraints.map(key).join(',')})` : `${c.leftOperand} ${c.operator} ${c.rightOperand.join('|')}`
}

function ruleKey(r: Rule): string {
  return `${r.action}[${r.constraints.map(key).sort().join(';')}]`
}

/** The offer's terms with the consumer's narrowing constraints added to each `use` permission. */
export function narrowTerms(offer: Policy, n: Narrowing): Policy {
  const extra: Constraint[] = []
  if (n.purposes !== undefined && n.purposes.length > 0) extra.push({ leftOperand: 'purpose', operator: 'isAnyOf', rightOperand: [...n.purposes] })
  if (n.maxUses !== undefined) extra.push({ leftOperand: 'count', operator: 'lteq', rightOperand: [String(n.maxUses)] })
  if (n.maxVolume !== undefined) extra.push({ leftOperand: 'volume', operator: 'lteq', rightOperand: [String(n.maxVolume)] })
  if (n.validFor !== undefined) extra.push({ leftOperand: 'elapsedTime', operator: 'lteq', rightOperand: [n.validFor.toUpperCase()] })
  return {
    ...offer,
    access: [],
    // a narrowing the permission says already (the offer's own purposes, asked for as they are)
    // is not written into the agreement a second time
    permissions: offer.permissions.map(r =>
      r.action === 'use' ? { action: 'use', constraints: [...r.constraints, ...extra.filter(c => !r.constraints.some(x => key(x) === key(c)))] } : r
    )
  }
}

/**
 * Whether `requested` is the offer's terms or narrower: every prohibition and duty of the offer
 * is kept as it is, every other permission too, and each `use` permission keeps all constraints
 * of one of the offer's `use` permissions (it may add more). Returns the reasons when not.
 */
export function withinOffer(requested: Policy, offer: Policy): string[] {
  const reasons: string[] = []
  const has = (rules: readonly Rule[], r: Rule): boolean => rules.some(x => ruleKey(x) === ruleKey(r))
  for (const r of offer.prohibitions) if (!has(requested.prohibitions, r)) reasons.push(`the request drops the prohibition '${r.action}'`)
  for (const r of offer.duties) if (!has(requested.duties, r)) reasons.push(`the request drops or changes the duty '${r.action}'`)
  for (const r of requested.permissions.filter(p => p.action !== 'use')) {
    if (!has(offer.permissions, r)) reasons.push(`the offer does not grant '${r.action}' on these terms`)
  }
  const offerUses = offer.permissions.filter(p => p.action === 'use')
  const reqUses = requested.permissions.filter(p => p.action === 'use')
  if (reqUses.length === 0) reasons.push("the request asks for no 'use' permission")
  for (const r of reqUses) {
    const mine = new Set(r.constraints.map(key))
    const covered = offerUses.some(o => o.constraints.every(c => mine.has(key(c))))
    if (!covered) {
      const missing = (offerUses[0]?.constraints ?? []).filter(c => !mine.has(key(c))).map(key)
      reasons.push(`the requested 'use' terms are broader than the offer's${missing.length > 0 ? ` (they leave out: ${missing.join('; ')})` : ''}`)
    }
  }
  return reasons
}

/** When the agreement stops allowing use, from its `dateTime` and `elapsedTime` limits; 0 if never. */
export function validUntil(policy: Policy, agreedAt: number): number {
  let best = 0
  for (const r of policy.permissions.filter(p => p.action === 'use')) {
    let limit = Infinity
    for (const c of r.constraints) {
      if (isLogical(c) || !['lt', 'lteq'].includes(c.operator)) continue
      const v = c.rightOperand[0] ?? ''
      if (c.leftOperand === 'dateTime') limit = Math.min(limit, Date.parse(v))
      if (c.leftOperand === 'elapsedTime') {
        const d = parseDuration(v)
        if (d !== undefined) limit = Math.min(limit, addDuration(agreedAt, d))
      }
    }
    if (limit === Infinity) return 0
    best = Math.max(best, limit)
  }
  return best
}

function toRaw(c: Constraint): unknown {
  if (isLogical(c)) return { [c.logical]: c.constraints.map(toRaw) }
  return { leftOperand: c.leftOperand, operator: c.operator, rightOperand: [...c.rightOperand] }
}

/**
 * Validate terms received from a peer with the same rules as policy files, so a peer cannot
 * slip in an operand or value this node does not understand. Returns the first problem.
 */
export function checkTerms(p: Policy): string | undefined {
  const rules = (rs: readonly Rule[]): unknown[] => rs.map(r => ({ action: r.action, constraints: r.constraints.map(toRaw) }))
  try {
    parsePolicy({ permissions: rules(p.permissions), prohibitions: rules(p.prohibitions), duties: rules(p.duties) }, '<peer terms>', 'terms')
    return undefined
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map(x => `${x.path}: ${x.message}`).join('; ')
    throw err
  }
}
