import { existsSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * Memory that comes back: `hanse start` runs on mimalloc, or else jemalloc, when the machine has
 * one of them.
 *
 * With glibc's malloc a streaming node's memory does not come back: glibc raises its mmap
 * threshold (and with it the trim threshold) as large blocks are freed, so the 64 KiB Noise
 * frames a provider frees by the thousand come from the main heap and fragment it. In a
 * 120 s soak (test/integration/soak.test.ts) the provider's main arena held 123 MiB while a heap
 * snapshot at that moment found 46 MiB of JS heap and 5 MiB of live buffers; idle RSS 342 MiB
 * (a 100 s soak on a later day: 271 MiB). Fixing glibc's threshold at 32 KiB kept it flat but
 * cost 42% of transfer speed (each frame an mmap).
 *
 * jemalloc returns freed memory, but it zeroes the memory it hands out for `calloc` (every
 * ArrayBuffer V8 allocates, a Noise frame's ciphertext included) by discarding the pages
 * (madvise) so the kernel faults in zeroed ones: one page fault per 4 KiB of every buffer. When
 * page faults are cheap that is hidden in the noise; on a virtual machine under memory pressure
 * they are not: on the development machine they cost 11.5-15.5 µs each on one afternoon
 * (a C loop touching fresh pages), and Node's ChaCha20-Poly1305 ran at 205 MiB/s on jemalloc
 * (any MALLOC_CONF tried) against 1.1-1.6 GiB/s on glibc, tcmalloc or mimalloc; the bare
 * libp2p stream fell from ~450 to 41 MiB/s and a 100 s soak did 112 fetches against 380 on
 * mimalloc. mimalloc hands freed pages back too (that soak idled at 152 MiB on it, 271 on glibc)
 * without faulting them in again on reuse. The benches compare hanse with baselines in the
 * same processes on the same allocator, so their ratios did not show this; the absolute speeds
 * did, as "this machine's speed drifts".
 *
 * The preload is read at process start, so when an allocator is installed (Debian/Ubuntu:
 * libmimalloc2.0, libjemalloc2) and nothing is preloaded yet, `hanse start` replaces itself
 * once with the same program, pid and stdio, and LD_PRELOAD set. `HANSE_ALLOCATOR=system` keeps
 * the C library's; `HANSE_ALLOCATOR=jemalloc` or `mimalloc` picks that one only. Nothing else
 * is open at that point.
 *
 * On jemalloc: freed pages go back after 1 s rather than its default 10 (under transfer load
 * 10-20 MiB less; 0 s cost a third of the throughput in madvise calls), and two arenas rather
 * than four per CPU (a node allocates almost all of its memory on its main thread; every extra
 * arena holds free pages of its own: at 1 GiB the provider peaked at 198.2-200.5 MiB in four
 * runs against 194.6-212 with the default). An operator's own MALLOC_CONF wins.
 */
export const JEMALLOC_CONF = 'dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:2'

const LIB_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib', '/usr/local/lib']

/** Where Linux distributions install mimalloc 2 and jemalloc 5. */
export const MIMALLOC_PATHS = LIB_DIRS.map(d => `${d}/libmimalloc.so.2`)
export const JEMALLOC_PATHS = LIB_DIRS.map(d => `${d}/libjemalloc.so.2`)

/** The allocators `hanse start` preloads, in order of preference, with the environment each wants. */
const ALLOCATORS: ReadonlyArray<{ name: 'mimalloc' | 'jemalloc'; paths: readonly string[]; env: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv }> = [
  { name: 'mimalloc', paths: MIMALLOC_PATHS, env: () => ({}) },
  { name: 'jemalloc', paths: JEMALLOC_PATHS, env: env => ({ MALLOC_CONF: env.MALLOC_CONF ?? JEMALLOC_CONF }) }
]

/** The environment `hanse start` should run with, or undefined when the current one will do. */
export function allocatorEnvironment(
  env: NodeJS.ProcessEnv,
  found: (path: string) => boolean,
  platform: string = process.platform
): NodeJS.ProcessEnv | undefined {
  if (platform !== 'linux') return undefined
  if (env.HANSE_ALLOCATOR === 'system' || env.HANSE_ALLOCATOR_SET === '1') return undefined
  // an operator's own preload (a profiler, another allocator) is left alone
  if ((env.LD_PRELOAD ?? '') !== '') return undefined
  // one named by HANSE_ALLOCATOR, or the first installed
  const pick = env.HANSE_ALLOCATOR
  const wanted = pick === 'jemalloc' || pick === 'mimalloc' ? ALLOCATORS.filter(a => a.name === pick) : ALLOCATORS
  for (const a of wanted) {
    const lib = a.paths.find(found)
    if (lib !== undefined) return { ...env, LD_PRELOAD: lib, HANSE_ALLOCATOR_SET: '1', ...a.env(env) }
  }
  return undefined
}

/** Global options of the CLI that take a value (program.ts). */
const VALUE_OPTIONS = new Set(['-c', '--config', '-d', '--data-dir'])

/** Whether these arguments run `hanse start` (the command is the first word that is not an option or its value). */
export function startsNode(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (VALUE_OPTIONS.has(a)) i++
    else if (!a.startsWith('-')) return a === 'start'
  }
  return false
}

/**
 * Replace this process once, before anything else is loaded: on mimalloc or jemalloc when it
 * should run on one (see above), and with `compiled` (the current compiled build's entry, build.ts) as the
 * program when there is one. Neither: nothing happens.
 */
export function restartForStart(env: NodeJS.ProcessEnv, compiled: string | undefined): void {
  if (typeof process.execve !== 'function') return
  const next = allocatorEnvironment(env, existsSync)
  if (next === undefined && compiled === undefined) return
  // argv[1] is this entry or the bin/hanse.js shim that imported it; the compiled entry takes its place
  process.execve(process.execPath, [process.execPath, ...process.execArgv, compiled ?? (process.argv[1] as string), ...process.argv.slice(2)], next ?? env)
}

/**
 * V8 grows the old generation by a factor it picks after each full collection: up to 4x the
 * live size while collections are cheap, 1.1x after one that reduced memory (ours, see below, or
 * V8's own memory reducer when allocation slows). A node that streams afterwards promotes its
 * buffers (1 MiB chunks, 64 KiB Noise frames) into an old generation whose limit is then a few
 * MiB away, and runs a full collection every few MiB for as long as it streams: after the
 * start-up collection a provider ran ~20 of them per 128 MiB, 2-2.5 s of collector threads'
 * CPU per 256 MiB on two cores, and the transfer fell from ~125 to ~75 MiB/s (the bare libp2p
 * stream from ~165 to ~115), three runs each way (`npm run bench -- --quick --only transfer`).
 * The same happened by itself after a few rounds of the longer bench. A fixed factor of 4 (what
 * V8 picks when collections are cheap) keeps the limit where streaming does not reach it: no full
 * collection during those transfers, at the speed of before, and the idle collector still hands
 * the memory back once the node is quiet. The flag is read at each collection, so it can be
 * set after start; memoryReducingCollection sets it, so the collections never come without it.
 */
function steadyHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=300')
}

/**
 * V8's memory-reducing full collection, for the node's idle collector (src/memory). `gc` is only
 * given to contexts created after `--expose-gc` is set, so it is taken from a fresh one; the main
 * context's globals stay as they were. The "last resort" flavour is what V8's
 * LowMemoryNotification runs: it compacts and returns pooled pages to the allocator. Comes with
 * the steady heap growth above, which such collections would otherwise undo.
 */
export function memoryReducingCollection(): () => void {
  steadyHeapGrowth()
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (options: { type: string; execution: string; flavor: string }) => void
  return () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' })
}
