import { readFileSync, existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseDocument } from 'yaml'
import type { z } from 'zod'
import { HanseError } from '../errors/index.ts'
import { NodeConfigSchema, type NodeConfig, type ParsedNodeConfig, LOG_LEVELS, parseNetwork } from './schema.ts'

export { NodeConfigSchema, LOG_LEVELS, parseNetwork }
export type { NodeConfig }

export interface ConfigProblem {
  /** Key path such as `network.listen[0]`, or `(root)`. */
  path: string
  message: string
}

/** The config could not be used. The message names the file, each key path and the fix. */
/** The codes a config or policy file can fail with. */
export type ConfigCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_YAML_INVALID'
  | 'POLICY_YAML_INVALID'
  | 'CONFIG_UNREADABLE'
  | 'CONFIG_NOT_FOUND'
  | 'POLICY_INVALID'
  | 'POLICY_DIR_INVALID'
  | 'POLICY_NOT_FOUND'
  | 'DATASET_INVALID'

export class ConfigError extends HanseError {
  declare readonly code: ConfigCode
  readonly file: string
  readonly problems: ConfigProblem[]
  constructor(code: ConfigCode, file: string, problems: ConfigProblem[]) {
    // a file with a million bad entries gets a readable message, not a million lines
    const shownProblems = problems.slice(0, MAX_PROBLEMS_SHOWN)
    const more = problems.length - shownProblems.length
    const lines = shownProblems.map(p => `  ${p.path}: ${p.message}`).join('\n') + (more > 0 ? `\n  ... and ${more} more problems of this kind` : '')
    super(code, `invalid config ${file}:\n${lines}`)
    this.file = file
    this.problems = problems.slice(0, MAX_PROBLEMS_KEPT)
  }
}

const MAX_PROBLEMS_SHOWN = 20
const MAX_PROBLEMS_KEPT = 1000
/** Config and policy files are small; anything bigger is a mistake (or an attack on the parser). */
export const MAX_YAML_BYTES = 4 * 1024 * 1024

/**
 * Parse YAML from a config or policy file into plain data. Syntax errors, alias bombs
 * ("billion laughs"), undefined aliases and oversized files are a ConfigError naming the file.
 */
export function readYaml(text: string, file: string, code: ConfigError['code']): unknown {
  if (Buffer.byteLength(text) > MAX_YAML_BYTES)
    throw new ConfigError(code, file, [
      { path: '(file)', message: `the file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB; config and policy files are small` }
    ])
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (doc.errors.length > 0) {
    throw new ConfigError(
      code,
      file,
      doc.errors.map(e => {
        const pos = e.linePos?.[0]
        return {
          path: pos === undefined ? '(root)' : `line ${pos.line}, column ${pos.col}`,
          message: `${e.message.split('\n')[0] ?? e.message}; fix the YAML syntax`
        }
      })
    )
  }
  try {
    // yaml's default maxAliasCount (100) stops exponential expansion
    return doc.toJS({ maxAliasCount: 100 })
  } catch (err) {
    const msg = (err as Error).message
    const hint = /alias count/i.test(msg)
      ? 'YAML aliases (*name) expand too far; write the values out instead'
      : /alias/i.test(msg)
        ? `${msg}; define the anchor (&name) before using it`
        : msg
    throw new ConfigError(code, file, [{ path: '(root)', message: hint }])
  }
}

/** Overrides that the entry point takes from flags or `HANSE_*` variables. */
export interface ConfigOverrides {
  dataDir?: string
  logLevel?: string
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += out === '' ? String(seg) : `.${String(seg)}`
  }
  return out === '' ? '(root)' : out
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[seg]
  }
  return cur
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing'
  const s = JSON.stringify(v)
  return s.length > 80 ? `${s.slice(0, 77)}...` : s
}

function problemsFrom(error: z.ZodError, raw: unknown): ConfigProblem[] {
  const out: ConfigProblem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: formatPath([...issue.path, key]), message: 'unknown key; remove it or check its spelling against config/node.example.yaml' })
      }
      continue
    }
    const found = valueAt(raw, issue.path)
    const expected = issue.message.replace(/^Invalid input: /, '')
    out.push({ path: formatPath(issue.path), message: `found ${describe(found)}, ${expected}` })
  }
  return out
}

/**
 * Validate a parsed config object. `file` is used for messages and to resolve relative paths.
 * Returns a deeply frozen NodeConfig.
 */
export function validateConfig(raw: unknown, file: string, overrides: ConfigOverrides = {}): NodeConfig {
  const input = raw === null || raw === undefined ? {} : raw
  const withOverrides = applyOverrides(input, overrides)
  const result = NodeConfigSchema.safeParse(withOverrides)
  if (!result.success) throw new ConfigError('CONFIG_INVALID', file, problemsFrom(result.error, withOverrides))
  const parsed: ParsedNodeConfig = result.data
  const base = file === '<inline>' ? process.cwd() : dirname(file)
  const cfg = {
    ...parsed,
    dataDir: resolve(base, parsed.dataDir),
    policies: { dir: resolve(base, parsed.policies.dir) },
    datasets: parsed.datasets.map(d => ({ ...d, source: resolve(base, d.source) })),
    transfer: { ...parsed.transfer, receiveDir: resolve(resolve(base, parsed.dataDir), parsed.transfer.receiveDir) },
    trust: {
      ...parsed.trust,
      mode: parsed.trust.mode ?? (parsed.trust.authorities.length > 0 || parsed.identity.trustedIssuers.length > 0 ? 'members' : 'allowlist'),
      credential: parsed.trust.credential === undefined ? undefined : resolve(base, parsed.trust.credential),
      revocationList: parsed.trust.revocationList === undefined ? undefined : resolve(base, parsed.trust.revocationList),
      psk: parsed.trust.psk === undefined ? undefined : resolve(base, parsed.trust.psk)
    } as NodeConfig['trust'],
    identity: {
      ...parsed.identity,
      credentials: parsed.identity.credentials.map(f => resolve(base, f)),
      ca: parsed.identity.ca === undefined ? undefined : resolve(base, parsed.identity.ca)
    },
    dsp: {
      ...parsed.dsp,
      tls: parsed.dsp.tls === undefined ? undefined : { cert: resolve(base, parsed.dsp.tls.cert), key: resolve(base, parsed.dsp.tls.key) },
      auth: {
        ...parsed.dsp.auth,
        tokens: parsed.dsp.auth.tokens.map(t => ({ ...t, tokenFile: resolve(base, t.tokenFile) })),
        send: parsed.dsp.auth.send.map(t => ({ ...t, tokenFile: resolve(base, t.tokenFile) }))
      }
    },
    source: file
  }
  if (cfg.trust.mode === 'members') {
    // members by hanse-credential/1 (trust.authorities, trust.credential) or by W3C credentials
    // (identity.trustedIssuers, identity.credentials); either or both while members move over
    const problems: ConfigProblem[] = []
    if (cfg.trust.authorities.length === 0 && cfg.identity.trustedIssuers.length === 0)
      problems.push({
        path: 'trust.authorities',
        message:
          'trust.mode members needs at least one authority id (`hanse authority init` prints it; the authority shares it with every member), or issuer DIDs in identity.trustedIssuers'
      })
    if (cfg.trust.credential === undefined && cfg.identity.credentials.length === 0)
      problems.push({
        path: 'trust.credential',
        message:
          "trust.mode members needs this node's membership credential file (`hanse authority issue ... --out FILE` by the authority), or a W3C credential in identity.credentials (`hanse authority issue --subject-did ...`)"
      })
    if (problems.length > 0) throw new ConfigError('CONFIG_INVALID', file, problems)
  }
  const dup = duplicates(cfg.datasets.map(d => d.id))
  if (dup.length > 0)
    throw new ConfigError(
      'CONFIG_INVALID',
      file,
      dup.map(([id, i]) => ({ path: `datasets[${i}].id`, message: `dataset id '${id}' is used twice; ids must be unique` }))
    )
  return deepFreeze(cfg)
}

function applyOverrides(input: unknown, o: ConfigOverrides): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
  const out: Record<string, unknown> = { ...(input as Record<string, unknown>) }
  if (o.dataDir !== undefined) out.dataDir = o.dataDir
  if (o.logLevel !== undefined) {
    const logging = typeof out.logging === 'object' && out.logging !== null ? (out.logging as Record<string, unknown>) : {}
    out.logging = { ...logging, level: o.logLevel }
  }
  return out
}

/** Parse YAML text into a validated config. */
export function parseConfig(text: string, file: string, overrides: ConfigOverrides = {}): NodeConfig {
  return validateConfig(readYaml(text, file, 'CONFIG_YAML_INVALID'), file, overrides)
}

/** Read, parse and validate a config file. Called once, at start, by the entry point. */
export function loadConfig(file: string, overrides: ConfigOverrides = {}): NodeConfig {
  const abs = resolve(file)
  if (!existsSync(abs)) {
    throw new ConfigError('CONFIG_NOT_FOUND', abs, [
      { path: '(file)', message: 'file does not exist; pass --config FILE or set HANSE_CONFIG (copy config/node.example.yaml to start)' }
    ])
  }
  let text: string
  try {
    text = readFileSync(abs, 'utf8')
  } catch (err) {
    throw new ConfigError('CONFIG_UNREADABLE', abs, [{ path: '(file)', message: `cannot read it: ${(err as Error).message}` }])
  }
  return parseConfig(text, abs, overrides)
}

function duplicates(ids: string[]): Array<[string, number]> {
  const seen = new Set<string>()
  const out: Array<[string, number]> = []
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push([id, i])
    seen.add(id)
  })
  return out
}

export function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o as object)) deepFreeze(v)
  }
  return o
}
