import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../helpers.ts'
import { STREAM_IDLE_TIMEOUTS_MS } from '../../src/wire/timeouts.ts'
import { catalogDefaults } from '../../src/catalog/index.ts'
import { libp2pNegotiationDefaults } from '../../src/negotiation/libp2p.ts'
import { transferDefaults } from '../../src/transfer/index.ts'
import { NodeConfigSchema } from '../../src/config/index.ts'
import { errorsMarkdown } from '../../src/errors/doc.ts'
import { ERROR_CODES } from '../../src/errors/index.ts'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

describe('the README says what the code does', () => {
  it('the wire protocol table gives each stream idle timeout the code uses', () => {
    for (const [name, ms] of Object.entries(STREAM_IDLE_TIMEOUTS_MS)) {
      const row = readme.split('\n').find(l => l.startsWith(`| \`/hanse/${name}/1.0.0\``))
      expect(row, name).toBeDefined()
      expect(row).toContain(`| ${ms / 1000} s`)
    }
    // and the components take them from there
    expect(catalogDefaults.idleTimeoutMs).toBe(STREAM_IDLE_TIMEOUTS_MS.catalog)
    expect(libp2pNegotiationDefaults.idleTimeoutMs).toBe(STREAM_IDLE_TIMEOUTS_MS.negotiation)
    expect(transferDefaults.idleTimeoutMs).toBe(STREAM_IDLE_TIMEOUTS_MS.transfer)
    expect(NodeConfigSchema.parse({ name: 'x', dataDir: 'd' }).trust.helloTimeoutMs).toBe(STREAM_IDLE_TIMEOUTS_MS.membership)
  })

  it('docs/errors.md is the error catalogue (regenerate with npm run docs:errors), and the README links it', () => {
    expect(readFileSync(join(ROOT, 'docs/errors.md'), 'utf8')).toBe(errorsMarkdown())
    expect(readme).toContain('](docs/errors.md)')
    // every code is documented with a sentence, a real HTTP status and an exit status the CLI documents
    for (const [code, spec] of Object.entries(ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/)
      expect(spec.doc.length, code).toBeGreaterThan(10)
      expect(spec.status >= 400 && spec.status <= 599, code).toBe(true)
    }
  })

  it('links nothing outside the repository', () => {
    expect(readme).not.toMatch(/\]\(\.\.\//)
  })
})
