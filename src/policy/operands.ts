import type { Operator, PolicyContext } from './types.ts'

/*
 * The left operands hanse understands, their value type, and how each reads its value from the
 * evaluation context. One table, used by the config validator, the evaluator and the ODRL export.
 */

export type ValueType = 'set' | 'instant' | 'duration' | 'integer' | 'bytes'

export const SET_OPERATORS: readonly Operator[] = ['eq', 'neq', 'isAnyOf', 'isAllOf', 'isNoneOf', 'isPartOf', 'hasPart']
export const ORDERED_OPERATORS: readonly Operator[] = ['eq', 'neq', 'lt', 'lteq', 'gt', 'gteq']

export interface OperandDef {
  type: ValueType
  /** Readable name in explanations. */
  label: string
  /** Whether the operand's value is known when the catalogue is requested (access policies). */
  knownAtCatalog: boolean
  /** Country codes: regions such as EU expand to their members. */
  regions?: boolean
  /** ODRL left operand IRI (odrl: vocabulary where one exists). */
  odrl: string
}

const FIXED: Record<string, OperandDef> = {
  purpose: { type: 'set', label: 'purpose', knownAtCatalog: false, odrl: 'odrl:purpose' },
  dateTime: { type: 'instant', label: 'dateTime', knownAtCatalog: true, odrl: 'odrl:dateTime' },
  elapsedTime: { type: 'duration', label: 'elapsed time since the agreement', knownAtCatalog: false, odrl: 'odrl:elapsedTime' },
  count: { type: 'integer', label: 'transfer count', knownAtCatalog: false, odrl: 'odrl:count' },
  volume: { type: 'bytes', label: 'volume (bytes)', knownAtCatalog: false, odrl: 'hanse:volume' },
  spatial: { type: 'set', label: 'country', knownAtCatalog: true, regions: true, odrl: 'odrl:spatial' },
  'member.country': { type: 'set', label: 'member country', knownAtCatalog: true, regions: true, odrl: 'hanse:memberCountry' },
  'member.org': { type: 'set', label: 'member organisation', knownAtCatalog: true, odrl: 'hanse:memberOrg' },
  peer: { type: 'set', label: 'peer', knownAtCatalog: true, odrl: 'odrl:recipient' }
}

export const KNOWN_OPERANDS = [...Object.keys(FIXED), 'member.<attribute>']

export function operandDef(name: string): OperandDef | undefined {
  const fixed = FIXED[name]
  if (fixed !== undefined) return fixed
  const m = /^member\.([A-Za-z][\w-]*)$/.exec(name)
  if (m !== null) return { type: 'set', label: `member attribute '${m[1] ?? ''}'`, knownAtCatalog: true, odrl: `hanse:member/${m[1] ?? ''}` }
  return undefined
}

export function operatorsFor(type: ValueType): readonly Operator[] {
  return type === 'set' ? SET_OPERATORS : ORDERED_OPERATORS
}

/**
 * The operand's value(s) in this context, or undefined when the context does not know it.
 * Set operands return a list; ordered ones a number (ms since epoch for instants, ms for
 * durations' base is returned as the agreement time).
 */
export function leftValue(name: string, ctx: PolicyContext): string[] | number | undefined {
  switch (name) {
    case 'purpose':
      return ctx.purposes === undefined || ctx.purposes.length === 0 ? undefined : [...ctx.purposes]
    case 'dateTime':
      return ctx.now
    case 'elapsedTime':
      return ctx.agreedAt
    case 'count':
      return ctx.count
    case 'volume':
      return ctx.volume
    case 'spatial':
    case 'member.country':
      return ctx.member?.country === undefined ? undefined : [ctx.member.country.toUpperCase()]
    // the organisation id from the credential (unique, unlike names)
    case 'member.org':
      return ctx.member?.orgId === undefined || ctx.member.orgId === '' ? undefined : [ctx.member.orgId]
    case 'peer':
      return [ctx.peer]
  }
  if (name.startsWith('member.')) {
    const v = ctx.member?.attributes?.[name.slice('member.'.length)]
    // an attribute may hold several values, comma-separated ("sector: automotive,chemicals")
    return v === undefined
      ? undefined
      : v
          .split(',')
          .map(s => s.trim())
          .filter(s => s !== '')
  }
  return undefined
}

/* ---------- regions ---------- */

const EU = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE'
]
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  EU,
  EEA: [...EU, 'IS', 'LI', 'NO']
}

export function expandRegions(values: readonly string[]): string[] {
  const out = new Set<string>()
  for (const v of values) {
    const up = v.toUpperCase()
    const region = REGIONS[up]
    if (region !== undefined) for (const c of region) out.add(c)
    else out.add(up)
  }
  return [...out]
}

/* ---------- value parsing (config) and canonical forms ---------- */

export class ValueError extends Error {}

export function canonicalValue(type: ValueType, raw: unknown, regions = false): string {
  switch (type) {
    case 'set': {
      if (typeof raw !== 'string' && typeof raw !== 'number') throw new ValueError(`expected a string, found ${JSON.stringify(raw)}`)
      const s = String(raw).trim()
      if (s === '') throw new ValueError('expected a non-empty string')
      if (regions) {
        const up = s.toUpperCase()
        if (REGIONS[up] === undefined && !/^[A-Z]{2}$/.test(up))
          throw new ValueError(`expected an ISO 3166-1 alpha-2 country code or a region (${Object.keys(REGIONS).join(', ')}), found ${JSON.stringify(raw)}`)
        return up
      }
      return s
    }
    case 'instant': {
      const ms = typeof raw === 'string' && raw.length <= 64 && /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : NaN
      if (Number.isNaN(ms) || ms < MIN_INSTANT_MS || ms > MAX_INSTANT_MS)
        throw new ValueError(`expected an ISO 8601 date-time between 1970 and 9999 such as 2027-01-01T00:00:00Z, found ${JSON.stringify(raw)}`)
      return new Date(ms).toISOString()
    }
    case 'duration': {
      if (typeof raw !== 'string' || parseDuration(raw) === undefined)
        throw new ValueError(`expected an ISO 8601 duration of at most ${MAX_DURATION_YEARS} years such as P30D or PT12H, found ${JSON.stringify(raw)}`)
      return raw.toUpperCase()
    }
    case 'integer': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN
      if (!Number.isSafeInteger(n) || n < 0) throw new ValueError(`expected a whole number >= 0, found ${JSON.stringify(raw)}`)
      return String(n)
    }
    case 'bytes': {
      const n = parseBytes(raw)
      if (n === undefined) throw new ValueError(`expected a byte count such as 1048576 or "10 GiB", found ${JSON.stringify(raw)}`)
      return String(n)
    }
  }
}

const UNITS: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3, TIB: 1024 ** 4 }

export function parseBytes(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : undefined
  if (typeof raw !== 'string') return undefined
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(raw)
  if (m === null) return undefined
  const unit = UNITS[(m[2] ?? '').toUpperCase() || 'B']
  if (unit === undefined) return undefined
  const n = Math.round(Number(m[1]) * unit)
  return Number.isSafeInteger(n) ? n : undefined
}

export interface Duration {
  years: number
  months: number
  weeks: number
  days: number
  hours: number
  minutes: number
  seconds: number
}

/**
 * The longest duration a policy or a request may state. Longer ones are refused where they
 * enter (policy files, the API, a peer's terms): a date past year 275760 cannot even be
 * represented, and no agreement needs more than a century.
 */
export const MAX_DURATION_YEARS = 100
const YEAR_MS = 365.25 * 86_400_000

/** Instants a policy may name: from the epoch to the end of year 9999. */
export const MIN_INSTANT_MS = 0
export const MAX_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

export function parseDuration(s: string): Duration | undefined {
  if (typeof s !== 'string' || s.length > 64) return undefined
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(s.trim())
  if (m === null || s.trim().toUpperCase() === 'P' || /T$/i.test(s.trim())) return undefined
  const n = (i: number): number => Number(m[i] ?? 0)
  const d = { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) }
  const approxMs = d.years * YEAR_MS + (d.months * YEAR_MS) / 12 + (d.weeks * 7 + d.days) * 86_400_000 + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000
  if (!Number.isFinite(approxMs) || approxMs > MAX_DURATION_YEARS * YEAR_MS) return undefined
  return d
}

/** `start + duration` with calendar months and years (UTC), as ODRL's elapsedTime needs. */
export function addDuration(startMs: number, d: Duration): number {
  const t = new Date(startMs)
  t.setUTCFullYear(t.getUTCFullYear() + d.years, t.getUTCMonth() + d.months, t.getUTCDate() + d.weeks * 7 + d.days)
  return t.getTime() + ((d.hours * 60 + d.minutes) * 60 + d.seconds) * 1000
}
