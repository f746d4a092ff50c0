import { createHash } from 'node:crypto'
import { isIP } from 'node:net'
import type { DatasetRegistry } from '../catalog/index.ts'
import type { NodeConfig } from '../config/index.ts'
import { canonicalJson } from '../ledger/index.ts'
import type { Policy } from '../policy/index.ts'

/** What the ledger's `config.loaded` entry records: digests of the config, policies and datasets. */
export function configDigests(config: NodeConfig, policies: ReadonlyMap<string, Policy>, datasets: DatasetRegistry): Record<string, unknown> {
  const h = (v: unknown): string => createHash('sha256').update(canonicalJson(v)).digest('hex')
  // one pass over the offers, one digest per policy: a catalogue of 100,000 offers under a
  // handful of policies must not cost a start 100,000² comparisons
  const policyDigests = new Map<Policy, string>()
  const offersOf = new Map<string, Array<{ id: string; policy: string; approval: string }>>()
  for (const o of datasets.offers) {
    let digest = policyDigests.get(o.policy)
    if (digest === undefined) {
      digest = h(o.policy)
      policyDigests.set(o.policy, digest)
    }
    const list = offersOf.get(o.dataset.id) ?? []
    list.push({ id: o.id, policy: digest, approval: o.approval })
    offersOf.set(o.dataset.id, list)
  }
  const list = datasets.datasets.map(d => ({ id: d.id, sha256: d.sha256, offers: offersOf.get(d.id) ?? [] }))
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
