/**
 * Memory that comes back: the allocator setting `hanse start` runs with.
 *
 * glibc's malloc serves blocks of 128 KiB and more with mmap (returned to the system on free),
 * but raises that threshold each time such a block is freed, up to 32 MiB. A node streaming
 * datasets frees 64 KiB Noise frames and chunk buffers by the thousand, so soon all of them come
 * from the main heap, interleaved with long-lived objects: the heap grows to the peak in flight
 * and cannot shrink. In a 180 s soak (one provider, two consumers, `test/integration/soak.test.ts`)
 * the provider's main heap went from 46 to 112 MiB and stayed there; its RSS from 290 to 300
 * MiB at idle, 390 MiB after 12 minutes. With the threshold fixed at 32 KiB (which also stops
 * the raising) the heap stayed at 9 MiB and RSS at 160–200 MiB under the same load.
 *
 * The threshold is read at process start, so unless the operator set one (GLIBC_TUNABLES or
 * MALLOC_MMAP_THRESHOLD_), `hanse start` replaces itself with the same program, pid and stdio,
 * once, with it added. Nothing else is open at that point. Not glibc (musl, macOS): no change.
 * https://sourceware.org/glibc/manual/latest/html_node/Memory-Allocation-Tunables.html
 */
export const MMAP_THRESHOLD_BYTES = 32 * 1024

/** Environment entries that already decide the threshold, or mark the re-exec as done. */
function decided(env: NodeJS.ProcessEnv): boolean {
  return env.HANSE_ALLOCATOR_TUNED === '1' || env.MALLOC_MMAP_THRESHOLD_ !== undefined || /(^|:)glibc\.malloc\.mmap_threshold=/.test(env.GLIBC_TUNABLES ?? '')
}

function onGlibc(): boolean {
  if (process.platform !== 'linux') return false
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header
  return typeof header?.glibcVersionRuntime === 'string'
}

/** The environment `hanse start` should run with, or undefined when the current one will do. */
export function tunedEnvironment(env: NodeJS.ProcessEnv, glibc: boolean): NodeJS.ProcessEnv | undefined {
  if (!glibc || decided(env)) return undefined
  const tunables = [env.GLIBC_TUNABLES, `glibc.malloc.mmap_threshold=${MMAP_THRESHOLD_BYTES}`].filter(t => t !== undefined && t !== '').join(':')
  return { ...env, GLIBC_TUNABLES: tunables, HANSE_ALLOCATOR_TUNED: '1' }
}

/** Re-exec this process with the tuned environment when it needs one (see above). */
export function runWithTunedAllocator(env: NodeJS.ProcessEnv): void {
  if (typeof process.execve !== 'function') return
  const next = tunedEnvironment(env, onGlibc())
  if (next === undefined) return
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], next)
}
