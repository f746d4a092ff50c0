/**
 * The hanse a bench process runs: the compiled build while it is current, as `hanse start`
 * does (src/cli/build.ts), else the sources. Measured from the sources, a process would also
 * carry Node's type stripper (it keeps the memory it grew to: README, "Memory").
 */
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, compiledEntry } from '../../src/cli/build.ts'

type NodeModule = typeof import('../../src/node/index.ts')
type ConfigModule = typeof import('../../src/config/index.ts')
type LoggingModule = typeof import('../../src/logging/index.ts')
type ClockModule = typeof import('../../src/clock/index.ts')
type AllocatorModule = typeof import('../../src/cli/allocator.ts')

export interface Hanse {
  /** Which code runs. */
  code: 'compiled' | 'sources'
  HanseNode: NodeModule['HanseNode']
  validateConfig: ConfigModule['validateConfig']
  silentLogger: LoggingModule['silentLogger']
  systemClock: ClockModule['systemClock']
  /** The idle collector's full collection (with the heap growth `hanse start` runs with). */
  memoryReducingCollection: AllocatorModule['memoryReducingCollection']
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export async function loadHanse(): Promise<Hanse> {
  const compiled = compiledEntry(ROOT) !== undefined
  const at = async <T>(file: string): Promise<T> =>
    (await import(pathToFileURL(compiled ? join(ROOT, 'dist', 'src', `${file}.js`) : join(ROOT, 'src', `${file}.ts`)).href)) as T
  const [node, config, logging, clock, allocator] = await Promise.all([
    at<NodeModule>('node/index'),
    at<ConfigModule>('config/index'),
    at<LoggingModule>('logging/index'),
    at<ClockModule>('clock/index'),
    at<AllocatorModule>('cli/allocator')
  ])
  return {
    code: compiled ? 'compiled' : 'sources',
    HanseNode: node.HanseNode,
    validateConfig: config.validateConfig,
    silentLogger: logging.silentLogger,
    systemClock: clock.systemClock,
    memoryReducingCollection: allocator.memoryReducingCollection
  }
}

/** Before a run: bring the compiled build up to date (what `npm install` would have built). */
export function ensureBuild(): string {
  if (compiledEntry(ROOT) !== undefined) return 'compiled build is current'
  const r = build(ROOT)
  return r.built ? `compiled ${r.files} source files into dist/` : `no compiled build (${r.reason}); the bench processes run the sources`
}
