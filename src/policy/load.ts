import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import { ConfigError, deepFreeze, formatPath, readYaml, type ConfigProblem } from '../config/index.ts'
import { KNOWN_OPERANDS, ValueError, canonicalValue, operandDef, operatorsFor } from './operands.ts'
import { LOGICAL_OPERATORS, OPERATORS, type Constraint, type Operator, type Policy, type Rule } from './types.ts'

type Path = Array<string | number>

const POLICY_KEYS = ['name', 'description', 'access', 'permissions', 'prohibitions', 'duties']
const RULE_KEYS = ['action', 'constraints']
const ATOMIC_KEYS = ['leftOperand', 'operator', 'rightOperand']

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

class Collector {
  readonly problems: ConfigProblem[] = []
  add(path: Path, message: string): void {
    this.problems.push({ path: formatPath(path), message })
  }
}

function unknownKeys(o: Record<string, unknown>, allowed: string[], path: Path, errs: Collector): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) errs.add([...path, k], `unknown key; expected one of ${allowed.join(', ')}`)
}

function parseConstraint(raw: unknown, path: Path, errs: Collector, scope: 'access' | 'terms'): Constraint | undefined {
  if (!isObject(raw)) {
    errs.add(path, `found ${JSON.stringify(raw)}, expected a constraint { leftOperand, operator, rightOperand } or { and | or | xone: [...] }`)
    return undefined
  }
  const logical = LOGICAL_OPERATORS.filter(k => k in raw)
  if (logical.length > 0) {
    if (Object.keys(raw).length !== 1) {
      errs.add(path, `a logical constraint has exactly one key (${LOGICAL_OPERATORS.join(' | ')}), found ${Object.keys(raw).join(', ')}`)
      return undefined
    }
    const op = logical[0] as (typeof LOGICAL_OPERATORS)[number]
    const items = raw[op]
    if (!Array.isArray(items) || items.length === 0) {
      errs.add([...path, op], 'expected a non-empty list of constraints')
      return undefined
    }
    const children = items.map((c, i) => parseConstraint(c, [...path, op, i], errs, scope))
    if (children.some(c => c === undefined)) return undefined
    return { logical: op, constraints: children as Constraint[] }
  }
  unknownKeys(raw, ATOMIC_KEYS, path, errs)
  const left = raw.leftOperand
  const op = raw.operator
  const right = raw.rightOperand
  if (typeof left !== 'string') {
    errs.add([...path, 'leftOperand'], `found ${JSON.stringify(left)}, expected one of ${KNOWN_OPERANDS.join(', ')}`)
    return undefined
  }
  const def = operandDef(left)
  if (def === undefined) {
    errs.add([...path, 'leftOperand'], `unknown left operand ${JSON.stringify(left)}; expected one of ${KNOWN_OPERANDS.join(', ')}`)
    return undefined
  }
  if (scope === 'access' && !def.knownAtCatalog) {
    errs.add(
      [...path, 'leftOperand'],
      `${left} is not known when the catalogue is requested; put it under permissions (it is checked at negotiation or transfer)`
    )
    return undefined
  }
  const allowedOps = operatorsFor(def.type)
  if (typeof op !== 'string' || !(OPERATORS as readonly string[]).includes(op)) {
    errs.add([...path, 'operator'], `found ${JSON.stringify(op)}, expected one of ${OPERATORS.join(', ')}`)
    return undefined
  }
  if (!allowedOps.includes(op as Operator)) {
    errs.add([...path, 'operator'], `operator ${op} does not apply to ${left}; use one of ${allowedOps.join(', ')}`)
    return undefined
  }
  if (right === undefined || right === null) {
    errs.add([...path, 'rightOperand'], 'missing; expected a value or a list of values')
    return undefined
  }
  const values = Array.isArray(right) ? right : [right]
  if (values.length === 0) {
    errs.add([...path, 'rightOperand'], 'expected at least one value')
    return undefined
  }
  if (def.type !== 'set' && values.length !== 1) {
    errs.add([...path, 'rightOperand'], `${left} ${op} takes exactly one value, found ${values.length}`)
    return undefined
  }
  const canon: string[] = []
  for (const [i, v] of values.entries()) {
    try {
      canon.push(canonicalValue(def.type, v, def.regions === true))
    } catch (err) {
      if (!(err instanceof ValueError)) throw err
      errs.add(Array.isArray(right) ? [...path, 'rightOperand', i] : [...path, 'rightOperand'], err.message)
      return undefined
    }
  }
  return { leftOperand: left, operator: op as Operator, rightOperand: canon }
}

function parseConstraints(raw: unknown, path: Path, errs: Collector, scope: 'access' | 'terms'): Constraint[] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) {
    errs.add(path, 'expected a list of constraints')
    return []
  }
  return raw.map((c, i) => parseConstraint(c, [...path, i], errs, scope)).filter((c): c is Constraint => c !== undefined)
}

function parseRules(raw: unknown, path: Path, errs: Collector): Rule[] {
  if (raw === undefined || raw === null) return []
  if (!Array.isArray(raw)) {
    errs.add(path, 'expected a list of rules { action, constraints }')
    return []
  }
  const out: Rule[] = []
  for (const [i, r] of raw.entries()) {
    const p = [...path, i]
    if (!isObject(r)) {
      errs.add(p, `found ${JSON.stringify(r)}, expected { action, constraints }`)
      continue
    }
    unknownKeys(r, RULE_KEYS, p, errs)
    if (typeof r.action !== 'string' || !/^[A-Za-z][\w-]*$/.test(r.action)) {
      errs.add([...p, 'action'], `found ${JSON.stringify(r.action)}, expected an ODRL action name such as use, distribute, delete, notify`)
      continue
    }
    out.push({ action: r.action, constraints: parseConstraints(r.constraints, [...p, 'constraints'], errs, 'terms') })
  }
  return out
}

/** Validate a parsed policy document. `fallbackName` is the file name without extension. */
export function parsePolicy(raw: unknown, file: string, fallbackName: string): Policy {
  const errs = new Collector()
  if (!isObject(raw))
    throw new ConfigError('POLICY_INVALID', file, [{ path: '(root)', message: 'expected a mapping with access, permissions, prohibitions, duties' }])
  unknownKeys(raw, POLICY_KEYS, [], errs)
  const name = raw.name ?? fallbackName
  if (typeof name !== 'string' || !/^[\w.-]+$/.test(name)) errs.add(['name'], `found ${JSON.stringify(name)}, expected letters, digits, ".", "_" or "-"`)
  if (raw.description !== undefined && typeof raw.description !== 'string') errs.add(['description'], 'expected a string')
  const policy: Policy = {
    name: String(name),
    description: typeof raw.description === 'string' ? raw.description : '',
    access: parseConstraints(raw.access, ['access'], errs, 'access'),
    permissions: parseRules(raw.permissions, ['permissions'], errs),
    prohibitions: parseRules(raw.prohibitions, ['prohibitions'], errs),
    duties: parseRules(raw.duties, ['duties'], errs)
  }
  if (errs.problems.length > 0) throw new ConfigError('POLICY_INVALID', file, errs.problems)
  return deepFreeze(policy)
}

export function loadPolicyFile(file: string): Policy {
  const abs = resolve(file)
  if (!existsSync(abs)) throw new ConfigError('POLICY_NOT_FOUND', abs, [{ path: '(file)', message: 'file does not exist' }])
  return parsePolicy(readYaml(readFileSync(abs, 'utf8'), abs, 'POLICY_YAML_INVALID'), abs, basename(abs, extname(abs)))
}

/** Every `*.yaml` / `*.yml` in the policy directory, by name. A missing directory holds no policies. */
export function loadPolicyDir(dir: string): Map<string, Policy> {
  const out = new Map<string, Policy>()
  if (!existsSync(dir)) return out
  if (!statSync(dir).isDirectory()) throw new ConfigError('POLICY_DIR_INVALID', dir, [{ path: '(file)', message: 'policies.dir must be a directory' }])
  const files = readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .sort()
  const where = new Map<string, string>()
  for (const f of files) {
    const p = loadPolicyFile(join(dir, f))
    const prev = where.get(p.name)
    if (prev !== undefined)
      throw new ConfigError('POLICY_INVALID', join(dir, f), [
        { path: 'name', message: `policy name '${p.name}' is already used by ${prev}; names must be unique` }
      ])
    where.set(p.name, join(dir, f))
    out.set(p.name, p)
  }
  return out
}
