import { addDuration, expandRegions, leftValue, operandDef, parseDuration } from './operands.ts'
import { isLogical, type AtomicConstraint, type Constraint, type Decision, type Policy, type PolicyContext } from './types.ts'

/**
 * Where a policy is evaluated (DESIGN.md section 4):
 * - `catalog`: the access constraints: may this peer see the offer at all?
 * - `negotiation`: access and the `use` permission, with the facts known before any agreement
 *   exists; constraints on elapsed time, count and volume limit later use and are checked at transfer.
 * - `transfer`: the `use` permission now, with the agreement's usage so far.
 */
export type Scope = 'catalog' | 'negotiation' | 'transfer'

const USAGE_OPERANDS = new Set(['elapsedTime', 'count', 'volume'])

/** Pure: same policy and context, same decision. No I/O, no clock. */
export function evaluatePolicy(policy: Policy, scope: Scope, ctx: PolicyContext): Decision {
  const reasons: string[] = []
  if (scope === 'catalog' || scope === 'negotiation') {
    reasons.push(...evaluateAll(policy.access, ctx, scope))
  }
  if (scope === 'negotiation' || scope === 'transfer') {
    const uses = policy.permissions.filter(r => r.action === 'use')
    if (uses.length === 0) {
      reasons.push(`policy '${policy.name}' grants no 'use' permission`)
    } else {
      // several `use` permissions are alternatives: one that holds is enough
      const results = uses.map(r => evaluateAll(r.constraints, ctx, scope))
      if (!results.some(r => r.length === 0)) {
        reasons.push(...(results.length === 1 ? (results[0] ?? []) : [`no 'use' permission holds: ${results.map(r => `(${r.join('; ')})`).join(' or ')}`]))
      }
    }
  }
  return { allowed: reasons.length === 0, reasons }
}

/** All constraints must hold; returns the reasons of those that do not. */
export function evaluateAll(constraints: readonly Constraint[], ctx: PolicyContext, scope: Scope = 'transfer'): string[] {
  const out: string[] = []
  for (const c of constraints) out.push(...evaluateConstraint(c, ctx, scope))
  return out
}

export function evaluateConstraint(c: Constraint, ctx: PolicyContext, scope: Scope = 'transfer'): string[] {
  if (!isLogical(c)) return evaluateAtomic(c, ctx, scope)
  const results = c.constraints.map(x => evaluateConstraint(x, ctx, scope))
  const holding = results.filter(r => r.length === 0).length
  switch (c.logical) {
    case 'and':
      return results.flat()
    case 'or':
      return holding > 0 ? [] : [`none of the alternatives holds: ${results.map(r => `(${r.join('; ')})`).join(' or ')}`]
    case 'xone':
      if (holding === 1) return []
      if (holding === 0) return [`none of the alternatives holds (exactly one must): ${results.map(r => `(${r.join('; ')})`).join(' or ')}`]
      return [`${holding} of the alternatives hold where exactly one may`]
  }
}

function list(values: readonly string[]): string {
  return `[${values.join(', ')}]`
}

function quoted(values: readonly string[]): string {
  return values.map(v => `'${v}'`).join(', ')
}

const PHRASE: Record<string, string> = {
  eq: 'equal to',
  neq: 'different from',
  lt: 'less than',
  lteq: 'at most',
  gt: 'more than',
  gteq: 'at least',
  isAnyOf: 'one of',
  isAllOf: 'all of',
  isNoneOf: 'none of',
  isPartOf: 'within',
  hasPart: 'including'
}
const TIME_PHRASE: Record<string, string> = { eq: 'exactly', neq: 'not exactly', lt: 'before', lteq: 'at or before', gt: 'after', gteq: 'at or after' }

function evaluateAtomic(c: AtomicConstraint, ctx: PolicyContext, scope: Scope): string[] {
  const def = operandDef(c.leftOperand)
  if (def === undefined) return [`unknown left operand '${c.leftOperand}'`]
  if (scope === 'negotiation' && USAGE_OPERANDS.has(c.leftOperand)) return []
  const left = leftValue(c.leftOperand, ctx)
  if (left === undefined) return [missing(c, def.label)]

  if (def.type === 'set') {
    const r = def.regions === true ? expandRegions(c.rightOperand) : [...c.rightOperand]
    // one party, two names: its peer ID (or DSP participant id) and the DID its W3C credential
    // names; a constraint may name either, so the name it lists stands for the party
    const did = c.leftOperand === 'peer' ? ctx.member?.did : undefined
    const l = did !== undefined && r.includes(did) ? [did] : (left as string[])
    const lset = new Set(def.regions === true ? l.map(x => x.toUpperCase()) : l)
    const rset = new Set(r)
    const notInR = [...lset].filter(x => !rset.has(x))
    const notInL = [...rset].filter(x => !lset.has(x))
    const shown = `${def.label} ${quoted(l)}`
    switch (c.operator) {
      case 'eq':
        return notInR.length === 0 && notInL.length === 0 ? [] : [`${shown} is not ${quoted(c.rightOperand)}`]
      case 'neq':
        return notInR.length === 0 && notInL.length === 0 ? [`${shown} must not be ${quoted(c.rightOperand)}`] : []
      case 'isAnyOf':
      case 'isPartOf':
        return notInR.length === 0 ? [] : [`${def.label} ${quoted(notInR)} is not ${c.operator === 'isPartOf' ? 'within' : 'one of'} ${list(c.rightOperand)}`]
      case 'isAllOf':
      case 'hasPart':
        return notInL.length === 0 ? [] : [`${shown} does not include ${quoted(notInL)} (all of ${list(c.rightOperand)} are required)`]
      case 'isNoneOf': {
        const hit = [...lset].filter(x => rset.has(x))
        return hit.length === 0 ? [] : [`${def.label} ${quoted(hit)} is one of the excluded ${list(c.rightOperand)}`]
      }
      default:
        return [`operator '${c.operator}' does not apply to ${c.leftOperand}`]
    }
  }

  const right = c.rightOperand[0] ?? ''
  let lnum: number
  let rnum: number
  let lshow: string
  let rshow: string
  let phrase = PHRASE[c.operator] ?? c.operator
  switch (def.type) {
    case 'instant':
      lnum = left as number
      rnum = Date.parse(right)
      // policies are checked where they enter; an unusable value still denies instead of throwing
      if (!Number.isFinite(rnum) || !Number.isFinite(lnum)) return [`invalid date-time '${right.slice(0, 64)}'`]
      lshow = `${def.label} ${new Date(lnum).toISOString()}`
      rshow = new Date(rnum).toISOString()
      phrase = TIME_PHRASE[c.operator] ?? phrase
      break
    case 'duration': {
      const d = parseDuration(right)
      if (d === undefined) return [`invalid duration '${right}'`]
      // elapsed <op> D  is  now <op> agreedAt + D (calendar arithmetic for months and years)
      lnum = ctx.now
      rnum = addDuration(left as number, d)
      if (!Number.isFinite(rnum) || Math.abs(rnum) > 8.64e15) return [`invalid duration '${right.slice(0, 64)}'`]
      lshow = `${def.label} (${humanDuration(ctx.now - (left as number))})`
      rshow = `${right} (until ${new Date(rnum).toISOString()})`
      break
    }
    default:
      lnum = left as number
      rnum = Number(right)
      lshow = `${def.label} ${lnum}`
      rshow = right
  }
  const ok = compare(c.operator, lnum, rnum)
  if (ok === undefined) return [`operator '${c.operator}' does not apply to ${c.leftOperand}`]
  return ok ? [] : [`${lshow} is not ${phrase} ${rshow}`]
}

function compare(op: string, l: number, r: number): boolean | undefined {
  switch (op) {
    case 'eq':
      return l === r
    case 'neq':
      return l !== r
    case 'lt':
      return l < r
    case 'lteq':
      return l <= r
    case 'gt':
      return l > r
    case 'gteq':
      return l >= r
  }
  return undefined
}

function missing(c: AtomicConstraint, label: string): string {
  const why =
    c.leftOperand === 'purpose'
      ? 'no purpose declared'
      : c.leftOperand === 'spatial' || c.leftOperand.startsWith('member.')
        ? `no verified membership credential gives the ${label}`
        : `${label} is not known yet (no agreement)`
  return `${why}; expected ${PHRASE[c.operator] ?? c.operator} ${list(c.rightOperand)}`
}

export function humanDuration(ms: number): string {
  const neg = ms < 0
  let s = Math.floor(Math.abs(ms) / 1000)
  const d = Math.floor(s / 86400)
  s -= d * 86400
  const h = Math.floor(s / 3600)
  s -= h * 3600
  const m = Math.floor(s / 60)
  s -= m * 60
  const parts = [d > 0 ? `${d}d` : '', h > 0 ? `${h}h` : '', m > 0 ? `${m}m` : '', s > 0 || d + h + m === 0 ? `${s}s` : ''].filter(Boolean)
  return (neg ? '-' : '') + parts.join(' ')
}

/** One line per constraint, for tables and explanations: `purpose isAnyOf [research]`. */
export function formatConstraint(c: import('./types.ts').Constraint): string {
  if ('logical' in c) return `(${c.constraints.map(formatConstraint).join(` ${c.logical} `)})`
  return `${c.leftOperand} ${c.operator} ${c.rightOperand.length === 1 && !['isAnyOf', 'isAllOf', 'isNoneOf', 'isPartOf', 'hasPart'].includes(c.operator) ? (c.rightOperand[0] ?? '') : list(c.rightOperand)}`
}

/** A constraint for people: byte counts with units, midnight dates without the time. */
function readableConstraint(c: import('./types.ts').Constraint): string {
  if ('logical' in c) return `(${c.constraints.map(readableConstraint).join(` ${c.logical} `)})`
  const v = c.rightOperand[0] ?? ''
  if (c.rightOperand.length === 1 && c.leftOperand === 'volume' && /^\d+$/.test(v)) return `volume ${c.operator} ${humanBytes(Number(v))}`
  if (c.rightOperand.length === 1 && c.leftOperand === 'dateTime') return `dateTime ${c.operator} ${v.replace(/T00:00:00(\.000)?Z$/, '')}`
  return formatConstraint(c)
}

function humanBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let i = 0
  let v = n
  while (v >= 1024 && i < units.length - 1 && v % 1024 === 0) {
    v /= 1024
    i++
  }
  return i === 0 ? `${n} B` : `${v} ${units[i]}`
}

/** The `use` terms of a policy in one line. */
export function summarizeTerms(p: Policy): string {
  const use = p.permissions
    .filter(r => r.action === 'use')
    .map(r => (r.constraints.length === 0 ? 'any use' : r.constraints.map(readableConstraint).join('; ')))
  const parts = [use.length === 0 ? 'no use permitted' : use.join(' | ')]
  if (p.prohibitions.length > 0) parts.push(`not: ${p.prohibitions.map(r => r.action).join(', ')}`)
  if (p.duties.length > 0)
    parts.push(
      `duties: ${p.duties.map(r => (r.constraints.length === 0 ? r.action : `${r.action} (${r.constraints.map(readableConstraint).join('; ')})`)).join(', ')}`
    )
  return parts.join('; ')
}
