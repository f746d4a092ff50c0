import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { depthOf, dspProblem, MAX_DEPTH, type DspType } from '../../src/dsp/validate.ts'

const EXAMPLES = join(import.meta.dirname, '../fixtures/dsp-2025-1')

/** Every official example, with the type it is an example of. */
function examples(): Array<{ file: string; type: DspType; body: unknown }> {
  const out: Array<{ file: string; type: DspType; body: unknown }> = []
  for (const dir of ['common', 'catalog', 'negotiation', 'transfer']) {
    for (const file of readdirSync(join(EXAMPLES, dir)).filter(f => f.endsWith('.json'))) {
      const body = JSON.parse(readFileSync(join(EXAMPLES, dir, file), 'utf8')) as Record<string, unknown>
      if (file.endsWith('did-service.json')) continue // DID document service entries, not messages (the DCP work uses them)
      const type = (file === 'protocol-version.json' ? 'VersionResponse' : body['@type']) as DspType
      out.push({ file: `${dir}/${file}`, type, body })
    }
  }
  return out
}

describe('the vendored DSP 2025-1 schemas', () => {
  it('accept every official example message', () => {
    const all = examples()
    expect(all.length).toBe(25)
    for (const { file, type, body } of all) expect(dspProblem(type, body), file).toBeUndefined()
  })

  it('refuse what breaks them, naming where', () => {
    expect(dspProblem('CatalogRequestMessage', { '@type': 'CatalogRequestMessage' })).toBe("not a valid CatalogRequestMessage: (message): missing '@context'")
    expect(dspProblem('CatalogRequestMessage', { '@context': ['https://example.com/other.jsonld'], '@type': 'CatalogRequestMessage' })).toMatch(
      /^not a valid CatalogRequestMessage: @context/
    )
    expect(dspProblem('DatasetRequestMessage', { '@context': ['https://w3id.org/dspace/2025/1/context.jsonld'], '@type': 'Dataset', dataset: 'x' })).toBe(
      'not a valid DatasetRequestMessage: @type: must be "DatasetRequestMessage"'
    )
  })

  it('refuse deep nesting before validating, without recursion', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(depthOf(deep)).toBe(MAX_DEPTH + 1)
    expect(
      dspProblem('CatalogRequestMessage', { '@context': ['https://w3id.org/dspace/2025/1/context.jsonld'], '@type': 'CatalogRequestMessage', filter: deep })
    ).toBe(`nested deeper than ${MAX_DEPTH} levels`)
  })
})
