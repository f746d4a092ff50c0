import { createHash } from 'node:crypto'
import { isIP } from 'node:net'
import type { DatasetRegistry } from '../catalog/index.ts'
import type { NodeConfig } from '../config/index.ts'
import { canonicalJson } from '../ledger/index.ts'
import type { Policy } from '../policy/index.ts'

/** What the ledger's `config.loaded` entry records: digests of the config, policies and datasets. */
export function configDigests(config: NodeConfig, policies: ReadonlyMap<string, Policy>, datasets: DatasetRegistry): Record<string, unknown> {
  const h = (v: unknown): string => createHash('sha256').update(canonicalJson(v)).digest('hex')
  const list = datasets.datasets.map(d => ({
    id: d.id,
    sha256: d.sha256,
    offers: datasets.offers.filter(o => o.dataset.id === d.id).map(o => ({ id: o.id, policy: h(o.policy), approval: o.approval }))
  }))
  return {
    source: config.source,
    config: h(config),
    policies: h(Object.fromEntries(policies)),
    policyCount: policies.size,
    datasets: h(list),
    datasetCount: list.length
  }
}

/** Whether the admin API's host is reachable from this machine only. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase()
  if (h === 'localhost' || h === '::1') return true
  return isIP(h) === 4 && h.startsWith('127.')
}
