/**
 * The `hanse` command's entry point. `hanse start` replaces itself before it loads anything
 * else: on mimalloc or jemalloc (allocator.ts, HANSE_ALLOCATOR) and from the compiled build when that is
 * current (build.ts). Doing it after the commands were loaded cost every start a second of
 * module loading twice over. Everything else is in program.ts.
 */
import { restartForStart, startsNode } from './allocator.ts'
import { fileURLToPath } from 'node:url'
import { compiledEntry } from './build.ts'

if (startsNode(process.argv.slice(2))) {
  // the compiled entry is this file as JavaScript: running as it, there is nothing to switch to
  const sources = import.meta.url.endsWith('.ts')
  restartForStart(process.env, sources ? compiledEntry(fileURLToPath(new URL('../../', import.meta.url))) : undefined)
}
await import('./program.ts')
