import { writeFileSync } from 'node:fs'

/** One figure of `npm run bench` (DESIGN.md section 10). */
export interface Figure {
  name: string
  value: number
  unit: string
  baseline?: string
  baselineValue?: number
  ratio?: number
  note?: string
}

export class Report {
  readonly figures: Figure[] = []

  add(f: Figure): void {
    if (f.baselineValue !== undefined && f.ratio === undefined && f.baselineValue !== 0) f.ratio = round(f.value / f.baselineValue, 3)
    this.figures.push(f)
    const base = f.baseline !== undefined ? `  (${f.baseline}: ${fmt(f.baselineValue)} ${f.unit}, ratio ${f.ratio ?? '-'})` : ''
    process.stdout.write(`  ${f.name}: ${fmt(f.value)} ${f.unit}${base}${f.note !== undefined ? `  [${f.note}]` : ''}\n`)
  }

  print(): void {
    const rows = this.figures.map(f => [f.name, fmt(f.value), f.unit, f.baseline ?? '', fmt(f.baselineValue), f.ratio === undefined ? '' : String(f.ratio)])
    const head = ['figure', 'value', 'unit', 'baseline', 'baseline value', 'ratio']
    const w = head.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
    const line = (r: string[]): string =>
      r
        .map((c, i) => c.padEnd(w[i] ?? 0))
        .join('  ')
        .trimEnd()
    process.stdout.write('\n' + [line(head), line(w.map(n => '-'.repeat(n))), ...rows.map(line)].join('\n') + '\n')
  }

  write(file: string): void {
    writeFileSync(file, JSON.stringify(this.figures, null, 2) + '\n')
  }
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

function fmt(n: number | undefined): string {
  if (n === undefined) return ''
  return Number.isInteger(n) ? String(n) : n.toFixed(2)
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i] as number
}
