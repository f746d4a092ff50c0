/**
 * `npm run bench [-- --quick] [-- --only NAME[,NAME]]`
 * Prints a table and writes the same figures to bench-results.json (DESIGN.md section 10).
 * Figures with a baseline are ratios against a baseline measured in the same run.
 */
import { parseArgs } from 'node:util'
import { Report } from './report.ts'
import { benchDiscovery } from './discovery.ts'
import { benchCatalog } from './catalog.ts'
import { benchNegotiation } from './negotiation.ts'
import { benchTransfer } from './transfer.ts'
import { benchLedger } from './ledger.ts'
import { benchDsp } from './dsp.ts'
import { benchIdle } from './idle.ts'
import { ensureBuild } from './hanse.ts'

const BENCHES: Record<string, (r: Report, o: { quick: boolean }) => Promise<void>> = {
  discovery: benchDiscovery,
  catalog: benchCatalog,
  negotiation: benchNegotiation,
  transfer: benchTransfer,
  ledger: benchLedger,
  dsp: benchDsp,
  idle: benchIdle
}

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' }, out: { type: 'string', default: 'bench-results.json' } }
})
const only = values.only
  ?.split(',')
  .map(s => s.trim())
  .filter(Boolean)
for (const name of only ?? []) {
  if (BENCHES[name] === undefined) {
    process.stderr.write(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}\n`)
    process.exit(2)
  }
}
// the bench processes run what `hanse start` runs: the compiled build (hanse.ts)
process.stdout.write(`bench: ${ensureBuild()}\n`)
const report = new Report()
for (const [name, run] of Object.entries(BENCHES)) {
  if (only !== undefined && !only.includes(name)) continue
  process.stdout.write(`${name}${values.quick ? ' (quick)' : ''}\n`)
  await run(report, { quick: values.quick })
}
report.print()
report.write(values.out)
process.stdout.write(`\nwrote ${values.out}\n`)
