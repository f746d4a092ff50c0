import { afterEach, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import { cleanup, tempDir, ROOT } from '../helpers.ts'

afterEach(cleanup)

describe('generated protobuf code', () => {
  it('is up to date with proto/ (run `npm run proto` after editing a .proto file)', () => {
    const out = tempDir()
    // the `proto` script's own arguments, with the output redirected and the glob expanded
    const script = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.proto as string
    const protos = readdirSync(join(ROOT, 'proto/hanse/v1'))
      .filter(f => f.endsWith('.proto'))
      .sort()
      .map(f => `proto/hanse/v1/${f}`)
    const args = script
      .split(/\s+/)
      .slice(1)
      .map(a => (a === 'src/wire/gen/hanse.js' ? join(out, 'hanse.js') : a))
      .flatMap(a => (a === 'proto/hanse/v1/*.proto' ? protos : [a]))
    execFileSync(process.execPath, [join(ROOT, 'node_modules/protobufjs-cli/bin/pbjs'), ...args], { cwd: ROOT, stdio: 'pipe' })
    expect(readFileSync(join(out, 'hanse.js'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/wire/gen/hanse.js'), 'utf8'))
    expect(readFileSync(join(out, 'hanse.d.ts'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/wire/gen/hanse.d.ts'), 'utf8'))
  }, 60_000)
})
