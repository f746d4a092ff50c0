import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ERROR_CODES } from './codes.ts'

/** docs/errors.md, from the catalogue (`npm run docs:errors` writes it; a test checks it). */
export function errorsMarkdown(): string {
  const rows = Object.entries(ERROR_CODES).map(([code, s]) => `| \`${code}\` | ${s.status} | ${s.exit} | ${s.transient ? 'yes' : 'no'} | ${s.doc} |`)
  return [
    '# Error codes',
    '',
    '<!-- generated from src/errors/codes.ts by `npm run docs:errors`; do not edit by hand -->',
    '',
    'Every error hanse raises has a stable code: the admin API answers `{ "error": { "code", "message" } }`',
    'with the HTTP status below, the CLI prints the code and exits with the exit status, peers',
    'receive the code in their error replies and terminations. Transient errors may succeed when',
    'tried again later without any change; hanse retries those itself where it can.',
    '',
    'Exit statuses: 1 the request failed, 2 usage or configuration, 3 the node cannot start on this',
    'data dir, 4 not authorised, 5 no node to talk to.',
    '',
    '| code | HTTP | exit | transient | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ''
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../../docs/errors.md', import.meta.url), errorsMarkdown())
}
