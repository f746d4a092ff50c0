/**
 * The compiled build `hanse start` runs on: `dist/src` holds the sources as JavaScript.
 *
 * Node runs the `.ts` sources directly by stripping their types at load, and the stripper (a
 * WebAssembly module) keeps the memory it grew to: an idle node measured 118.7 MiB RSS from the
 * sources against 110.2 MiB from the same code compiled, and started in 2.4 s against 1.8 s
 * (`npm run bench -- --only idle`). So `npm install` builds (the `prepare` script runs this
 * file), and `hanse start` replaces itself with the compiled entry when the build is at least as
 * new as every source file and package.json (allocator.ts). A source changed since (an edit, a
 * `git pull`) makes it run the sources until `npm run build` runs again: a stale build never runs.
 * Every other command, the tests and the demo run the sources.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { HanseError } from '../errors/index.ts'

/** Written last: the build is complete, and when it was made. */
const STAMP = 'build.json'
/** Written first: this directory is a build of ours (a failed one, until the stamp is there). */
const MARKER = '.hanse-build'

/** The compiled entry point under `root` (the project folder) if it is current, else undefined. */
export function compiledEntry(root: string): string | undefined {
  const dist = join(root, 'dist')
  const entry = join(dist, 'src', 'cli', 'main.js')
  let built: number
  try {
    built = statSync(join(dist, STAMP)).mtimeMs
  } catch {
    return undefined
  }
  if (!existsSync(entry)) return undefined
  try {
    if (statSync(join(root, 'package.json')).mtimeMs > built) return undefined
    for (const f of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }))
      if (f.isFile() && statSync(join(f.parentPath, f.name)).mtimeMs > built) return undefined
  } catch {
    return undefined
  }
  return entry
}

/** Why a build was not made (not an error: hanse then runs its sources). */
export type SkipReason = 'no-sources' | 'no-typescript'

/**
 * Compile `root/src` into `root/dist/src` (no type check: `npm run typecheck` does that), copy
 * what is not TypeScript (generated protobuf code, JSON schemas) and package.json beside it,
 * then write the stamp. Replaces an earlier build; refuses a `dist` that is not one.
 */
export function build(root: string): { built: true; files: number } | { built: false; reason: SkipReason } {
  const src = join(root, 'src')
  const dist = join(root, 'dist')
  // `npm ci` in the Dockerfile's first layer runs before the sources are there; a production
  // install (`--omit=dev`) has no compiler: both leave hanse running its sources
  if (!existsSync(src)) return { built: false, reason: 'no-sources' }
  let tsc: string
  try {
    tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')
  } catch {
    return { built: false, reason: 'no-typescript' }
  }
  if (existsSync(dist)) {
    if (!existsSync(join(dist, MARKER)))
      throw new HanseError('BUILD_DIR_FOREIGN', `${dist} exists and is not a hanse build; move it away so that the build can use it`)
    rmSync(dist, { recursive: true })
  }
  mkdirSync(dist)
  writeFileSync(join(dist, MARKER), '')
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
  if (r.status !== 0) throw new HanseError('BUILD_FAILED', `the TypeScript compiler failed (exit ${String(r.status ?? r.signal)}); see its output above`)
  let files = 0
  for (const f of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue
    files++
    if (f.name.endsWith('.ts')) continue
    const to = join(dist, 'src', relative(src, join(f.parentPath, f.name)))
    mkdirSync(dirname(to), { recursive: true })
    copyFileSync(join(f.parentPath, f.name), to)
  }
  // read at run time one level above src/ (the version the CLI prints)
  copyFileSync(join(root, 'package.json'), join(dist, 'package.json'))
  writeFileSync(join(dist, STAMP), JSON.stringify({ builtAt: new Date().toISOString(), node: process.version, sourceFiles: files }) + '\n')
  return { built: true, files }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  try {
    const r = build(root)
    process.stdout.write(
      r.built
        ? `hanse: compiled ${r.files} source files into dist/ (hanse start runs them while they are current)\n`
        : `hanse: no compiled build (${r.reason === 'no-sources' ? 'no sources yet' : 'TypeScript is not installed'}); hanse runs its sources\n`
    )
  } catch (err) {
    if (!(err instanceof HanseError)) throw err
    process.stderr.write(`hanse: ${err.code}: ${err.message}\n`)
    process.exitCode = err.exitCode
  }
}
