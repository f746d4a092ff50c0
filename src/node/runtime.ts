import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Written into the data dir while the node runs so the CLI can find the admin API. */
export const RUNTIME_FILE = 'node.json'

export interface RuntimeInfo {
  pid: number
  peerId: string
  apiUrl: string | null
  startedAt: string
}

export function readRuntimeInfo(dataDir: string): RuntimeInfo | undefined {
  const file = join(dataDir, RUNTIME_FILE)
  if (!existsSync(file)) return undefined
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<RuntimeInfo>
    // written by the node itself, but a stale or hand-edited file must not crash the CLI
    if (typeof v.pid !== 'number' || typeof v.peerId !== 'string' || (v.apiUrl !== null && typeof v.apiUrl !== 'string') || typeof v.startedAt !== 'string')
      return undefined
    return v as RuntimeInfo
  } catch {
    return undefined
  }
}
