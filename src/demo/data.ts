import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import { join } from 'node:path'

/**
 * Realistic-looking demo datasets, generated deterministically (a seeded PRNG), so the demo needs
 * nothing from the network and gives the same bytes every run.
 */

/** mulberry32: small, fast, seeded; random enough for test data and interruption offsets. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

async function writeLines(file: string, header: string, targetBytes: number, row: (i: number) => string): Promise<number> {
  const out = createWriteStream(file)
  let bytes = 0
  let chunk = header + '\n'
  for (let i = 0; bytes + chunk.length < targetBytes; i++) {
    chunk += row(i) + '\n'
    if (chunk.length > 64 * 1024) {
      bytes += chunk.length
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  bytes += chunk.length
  out.end(chunk)
  await once(out, 'finish')
  return bytes
}

const iso = (ms: number): string => new Date(ms).toISOString()
const T0 = Date.UTC(2026, 9, 1)

/** Vehicle telemetry as CSV: one row per vehicle per second. */
export async function telemetryCsv(file: string, bytes: number): Promise<void> {
  const r = prng(1)
  await writeLines(file, 'timestamp,vin,speed_kmh,battery_soc,battery_temp_c,odometer_km,lat,lon', bytes, i => {
    const vin = `WAUZZZ8V${String(100000 + (i % 40)).padStart(9, '0')}`
    return [
      iso(T0 + Math.floor(i / 40) * 1000),
      vin,
      (r() * 130).toFixed(1),
      (20 + r() * 80).toFixed(1),
      (15 + r() * 25).toFixed(1),
      (10000 + i * 0.01).toFixed(2),
      (53.07 + r() * 0.1).toFixed(5),
      (8.8 + r() * 0.1).toFixed(5)
    ].join(',')
  })
}

/** Crash test results as JSON Lines. */
export async function crashTestsJsonl(file: string, bytes: number): Promise<void> {
  const r = prng(2)
  const models = ['E-Kompakt', 'E-Kombi', 'E-Transporter']
  await writeLines(file, JSON.stringify({ schema: 'crash-test/1', unit: { force: 'kN', acceleration: 'g' } }), bytes, i =>
    JSON.stringify({
      test: `CT-2026-${String(i).padStart(6, '0')}`,
      model: models[i % 3],
      configuration: ['frontal-40', 'side-pole', 'rear'][Math.floor(r() * 3)],
      speed_kmh: [50, 56, 64][i % 3],
      peak_force_kn: Number((80 + r() * 60).toFixed(2)),
      head_injury_criterion: Math.round(200 + r() * 600),
      passed: r() > 0.1
    })
  )
}

/** A directory dataset: quality measurements per production line, plus a README and a JSON schema. */
export async function qualityDir(dir: string, bytes: number): Promise<void> {
  mkdirSync(join(dir, 'lines'), { recursive: true })
  writeFileSync(
    join(dir, 'README.txt'),
    'Quality measurements of brake caliper housings, production lines L1-L3, October 2026.\nColumns: see schema.json. Tolerances per drawing BCH-4471 rev. C.\n'
  )
  writeFileSync(
    join(dir, 'schema.json'),
    JSON.stringify(
      {
        part: 'BCH-4471',
        columns: {
          timestamp: 'ISO 8601',
          serial: 'part serial',
          bore_mm: 'bore diameter',
          flatness_um: 'flatness',
          hardness_hrc: 'Rockwell C',
          ok: 'within tolerance'
        }
      },
      null,
      2
    ) + '\n'
  )
  for (const [n, line] of ['L1', 'L2', 'L3'].entries()) {
    const r = prng(10 + n)
    await writeLines(join(dir, 'lines', `${line}.csv`), 'timestamp,serial,bore_mm,flatness_um,hardness_hrc,ok', Math.floor(bytes / 3), i => {
      const bore = 42 + (r() - 0.5) * 0.04
      return [
        iso(T0 + i * 7000),
        `${line}-${String(i).padStart(7, '0')}`,
        bore.toFixed(4),
        (r() * 12).toFixed(2),
        (38 + r() * 6).toFixed(1),
        Math.abs(bore - 42) < 0.018 ? 'true' : 'false'
      ].join(',')
    })
  }
}

/** Supplier price list as JSON. */
export function priceListJson(file: string): void {
  const r = prng(3)
  const items = Array.from({ length: 400 }, (_, i) => ({
    part: `BCH-${4400 + i}`,
    description: `brake part ${i}`,
    currency: 'EUR',
    unitPrice: Number((5 + r() * 200).toFixed(2)),
    moq: [50, 100, 500][i % 3],
    leadTimeDays: 10 + Math.floor(r() * 50)
  }))
  writeFileSync(file, JSON.stringify({ validFrom: '2026-11-01', supplier: 'PL-5260001234', items }, null, 2) + '\n')
}

/**
 * Battery ageing measurements in a small columnar binary file laid out like Parquet (magic
 * bytes, column chunks, a JSON footer with the schema and offsets, footer length, magic).
 */
export async function batteryColumnar(file: string, bytes: number): Promise<void> {
  const r = prng(4)
  const rows = Math.max(1000, Math.floor(bytes / 24))
  const cycle = new Float64Array(rows)
  const capacity = new Float64Array(rows)
  const resistance = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    cycle[i] = i
    capacity[i] = 62 * (1 - 0.00002 * i) + (r() - 0.5) * 0.2
    resistance[i] = 1.1 + 0.00001 * i + r() * 0.05
  }
  const cols: Record<string, Float64Array> = { cycle, capacity_ah: capacity, internal_resistance_mohm: resistance }
  const parts: Buffer[] = [Buffer.from('PAR1')]
  const columns: Array<{ name: string; type: string; offset: number; length: number }> = []
  let offset = 4
  for (const [name, data] of Object.entries(cols)) {
    const b = Buffer.from(data.buffer)
    columns.push({ name, type: 'DOUBLE', offset, length: b.length })
    parts.push(b)
    offset += b.length
  }
  const footer = Buffer.from(JSON.stringify({ rows, columns, createdBy: 'hanse demo (Parquet-like layout)' }))
  const len = Buffer.alloc(4)
  len.writeUInt32LE(footer.length)
  parts.push(footer, len, Buffer.from('PAR1'))
  writeFileSync(file, Buffer.concat(parts))
}
