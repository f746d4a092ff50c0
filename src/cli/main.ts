/**
 * The `hanse` command's entry point. `hanse start` replaces itself with the same program on
 * jemalloc (allocator.ts, HANSE_ALLOCATOR) before it loads anything else: doing it after the
 * commands were loaded cost every start a second of module loading twice over.
 * Everything else is in program.ts.
 */
import { runOnJemalloc, startsNode } from './allocator.ts'

if (startsNode(process.argv.slice(2))) runOnJemalloc(process.env)
await import('./program.ts')
