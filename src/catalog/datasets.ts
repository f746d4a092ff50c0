import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { ConfigError, type NodeConfig, type ConfigProblem } from '../config/index.ts'
import type { Policy } from '../policy/index.ts'
import type { Store } from '../store/index.ts'
import type { Logger } from '../logging/index.ts'
import { inParallel } from '../lock/index.ts'

export interface DatasetFile {
  /** Path relative to the dataset root, '/'-separated. */
  path: string
  size: number
  sha256: string
}

export interface DatasetInfo {
  id: string
  title: string
  description: string
  keywords: readonly string[]
  license: string
  mediaType: string
  source: string
  directory: boolean
  byteSize: number
  fileCount: number
  /** Hex SHA-256 of the file; for a directory, of its manifest (see `manifestDigest`). */
  sha256: string
  /** For directories: every regular file, sorted by path. */
  files: readonly DatasetFile[]
}

export interface OfferInfo {
  id: string
  dataset: DatasetInfo
  policy: Policy
  approval: 'auto' | 'manual'
  /** Lower-cased text the keyword filter searches. */
  searchText: string
}

/** What a dataset's source holds. */
type Content = Pick<DatasetInfo, 'directory' | 'byteSize' | 'fileCount' | 'sha256' | 'files'>

/** Datasets described at once while loading. */
const DESCRIBE_CONCURRENCY = 16

interface DigestEntry {
  size: number
  mtimeMs: number
  sha256: string
}

/**
 * The directory digest: SHA-256 over the manifest, one line per regular file sorted by path,
 * `<path>\0<size>\0<sha256 hex>\n`. It changes when any file's path, size or content changes.
 */
export function manifestDigest(files: readonly DatasetFile[]): string {
  const h = createHash('sha256')
  for (const f of files) h.update(`${f.path}\0${f.size}\0${f.sha256}\n`)
  return h.digest('hex')
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256')
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) h.update(chunk as Buffer)
  return h.digest('hex')
}

export interface DatasetRegistryComponents {
  store: Store
  logger: Logger
}

export interface DatasetRegistryInit {
  configFile: string
  datasets: NodeConfig['datasets']
  policies: ReadonlyMap<string, Policy>
}

/**
 * The node's datasets and offers, built from the config at start (and on reload). Digests are
 * cached in the store by path, size and mtime, so a restart does not rehash unchanged data.
 */
export class DatasetRegistry {
  private readonly components: DatasetRegistryComponents
  private init: DatasetRegistryInit
  private offerList: OfferInfo[] = []
  private offerById = new Map<string, OfferInfo>()
  private policyCounts = new Map<Policy, number>()
  private datasetList: DatasetInfo[] = []
  /** Files hashed (not taken from the cache) by the last load; for tests and logs. */
  hashedFiles = 0

  constructor(components: DatasetRegistryComponents, init: DatasetRegistryInit) {
    this.components = components
    this.init = init
  }

  async start(): Promise<void> {
    await this.load()
  }

  /** Load a new dataset list and policies; on any problem the current ones stay and it throws. */
  async reload(init: DatasetRegistryInit): Promise<void> {
    const prev = this.init
    this.init = init
    try {
      await this.load()
    } catch (err) {
      this.init = prev
      throw err
    }
  }
  async stop(): Promise<void> {}

  get offers(): readonly OfferInfo[] {
    return this.offerList
  }
  /** How many offers each policy governs (a catalogue's size without walking it). */
  get offersPerPolicy(): ReadonlyMap<Policy, number> {
    return this.policyCounts
  }
  get datasets(): readonly DatasetInfo[] {
    return this.datasetList
  }
  offer(id: string): OfferInfo | undefined {
    return this.offerById.get(id)
  }

  async load(): Promise<void> {
    const { datasets, policies, configFile } = this.init
    // bindings first: a typo in a policy name should not wait for gigabytes to hash
    const problems: ConfigProblem[] = checkBindings(datasets, policies)
    const infos: DatasetInfo[] = []
    const offers: OfferInfo[] = []
    this.hashedFiles = 0
    // described a few at a time: a stat and a digest-cache read per dataset overlap, and 100,000
    // datasets start in seconds rather than a minute (hashing stays bounded by the pool)
    const described = new Array<DatasetInfo | undefined>(datasets.length)
    const sources = new Map<string, Promise<Content>>()
    await inParallel(datasets, DESCRIBE_CONCURRENCY, async (d, i) => {
      try {
        described[i] = await this.describe(d, sources)
      } catch (err) {
        problems.push(sourceProblem(i, d, err))
      }
    })
    problems.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }))
    for (const [i, d] of datasets.entries()) {
      const info = described[i]
      if (info === undefined) continue
      infos.push(info)
      for (const [j, o] of d.offers.entries()) {
        const policy = policies.get(o.policy)
        if (policy === undefined) continue
        offers.push({
          id: offerIdOf(d, o, j),
          dataset: info,
          policy,
          approval: o.approval,
          searchText: [d.id, d.title, d.description, ...d.keywords].join('\n').toLowerCase()
        })
      }
    }
    if (problems.length > 0) throw new ConfigError('DATASET_INVALID', configFile, problems)
    offers.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    this.datasetList = infos
    this.offerList = offers
    this.offerById = new Map(offers.map(o => [o.id, o]))
    const counts = new Map<Policy, number>()
    for (const o of offers) counts.set(o.policy, (counts.get(o.policy) ?? 0) + 1)
    this.policyCounts = counts
    this.components.logger.info({ datasets: infos.length, offers: offers.length, hashedFiles: this.hashedFiles }, 'datasets loaded')
  }

  private async describe(d: NodeConfig['datasets'][number], sources: Map<string, Promise<Content>>): Promise<DatasetInfo> {
    const base = { id: d.id, title: d.title, description: d.description, keywords: d.keywords, license: d.license, mediaType: d.mediaType, source: d.source }
    // datasets that share a source (one file under several titles, or a generated catalogue) are read once per load
    let content = sources.get(d.source)
    if (content === undefined) {
      content = this.content(d.source)
      sources.set(d.source, content)
    }
    return { ...base, ...(await content) }
  }

  private async content(source: string): Promise<Content> {
    const st = await stat(source)
    if (st.isFile()) {
      const sha256 = await this.digest(source, st.size, st.mtimeMs)
      return { directory: false, byteSize: st.size, fileCount: 1, sha256, files: [] }
    }
    if (!st.isDirectory()) throw Object.assign(new Error('not a regular file or directory'), { code: 'EINVAL' })
    const files: DatasetFile[] = []
    for (const abs of await walk(source)) {
      const fst = await stat(abs)
      files.push({ path: relative(source, abs).split(sep).join('/'), size: fst.size, sha256: await this.digest(abs, fst.size, fst.mtimeMs) })
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    return { directory: true, byteSize: files.reduce((n, f) => n + f.size, 0), fileCount: files.length, sha256: manifestDigest(files), files }
  }

  private async digest(path: string, size: number, mtimeMs: number): Promise<string> {
    const cache = this.components.store.sublevel<DigestEntry>('digests')
    const hit = await cache.get(path)
    if (hit !== undefined && hit.size === size && hit.mtimeMs === mtimeMs) return hit.sha256
    const sha256 = await sha256File(path)
    this.hashedFiles++
    await cache.put(path, { size, mtimeMs, sha256 })
    return sha256
  }
}

/**
 * Regular files below `root`, depth first. Symbolic links are skipped: following them could
 * offer files outside the dataset the operator declared.
 */
async function walk(root: string): Promise<string[]> {
  const out: string[] = []
  const entries = await readdir(root, { withFileTypes: true })
  for (const e of entries) {
    const p = join(root, e.name)
    if (e.isSymbolicLink()) continue
    if (e.isDirectory()) out.push(...(await walk(p)))
    else if (e.isFile() || (await lstat(p)).isFile()) out.push(p)
  }
  return out
}

/** An offer's id: its own, else the dataset's for the first offer and `<dataset>:<policy>` for others. */
function offerIdOf(d: NodeConfig['datasets'][number], o: NodeConfig['datasets'][number]['offers'][number], j: number): string {
  return o.id ?? (j === 0 ? d.id : `${d.id}:${o.policy}`)
}

/** The offers of the configured datasets: every one names a known policy and has an id of its own. */
export function checkBindings(datasets: NodeConfig['datasets'], policies: ReadonlyMap<string, Policy>): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const seen = new Map<string, string>()
  datasets.forEach((d, i) => {
    d.offers.forEach((o, j) => {
      if (!policies.has(o.policy)) {
        problems.push({
          path: `datasets[${i}].offers[${j}].policy`,
          message: `dataset '${d.id}' binds unknown policy '${o.policy}'; known policies: ${[...policies.keys()].join(', ') || '(none)'}`
        })
      }
      const id = offerIdOf(d, o, j)
      const prev = seen.get(id)
      if (prev !== undefined)
        problems.push({ path: `datasets[${i}].offers[${j}].id`, message: `offer id '${id}' is already used by dataset '${prev}'; give this offer an id` })
      else seen.set(id, d.id)
    })
  })
  return problems
}

/**
 * What `hanse config check` adds to the schema: bindings, and that every source exists and is a
 * file or a directory (without hashing anything or opening the store).
 */
export async function checkDatasetSources(datasets: NodeConfig['datasets']): Promise<ConfigProblem[]> {
  const problems: ConfigProblem[] = []
  for (const [i, d] of datasets.entries()) {
    try {
      const st = await stat(d.source)
      if (!st.isFile() && !st.isDirectory())
        problems.push({ path: `datasets[${i}].source`, message: `dataset '${d.id}': ${d.source} is not a regular file or directory` })
    } catch (err) {
      problems.push(sourceProblem(i, d, err))
    }
  }
  return problems
}

/** A dataset source that cannot be read, as a config problem naming the dataset. */
function sourceProblem(i: number, d: NodeConfig['datasets'][number], err: unknown): ConfigProblem {
  const e = err as NodeJS.ErrnoException
  return {
    path: `datasets[${i}].source`,
    message:
      e.code === 'ENOENT'
        ? `dataset '${d.id}': source ${d.source} does not exist; fix the path or remove the dataset`
        : `dataset '${d.id}': cannot read source ${d.source}: ${e.message}`
  }
}
