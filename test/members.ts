import { join } from 'node:path'
import { startNode, testConfig } from './helpers.ts'
import { issue, type Authority } from '../src/trust/index.ts'
import { ensureDataDir, loadOrCreateIdentity } from '../src/identity/index.ts'
import type { HanseNode } from '../src/node/index.ts'

/**
 * A data dir under `dir` whose node key the authority has admitted (a credential valid for a
 * day); returns the config that starts it in trust mode `members`.
 */
export async function admitted(
  dir: string,
  authority: Authority,
  name: string,
  opts: { orgName?: string; attributes?: Record<string, string> } = {}
): Promise<ReturnType<typeof testConfig>> {
  const dataDir = join(dir, name)
  ensureDataDir(dataDir)
  const id = await loadOrCreateIdentity(dataDir)
  const credential = join(dir, `${name}.json`)
  await issue(
    authority,
    {
      peerId: id.peerId.toString(),
      orgName: opts.orgName ?? name,
      orgId: name,
      country: 'DE',
      attributes: opts.attributes ?? {},
      issuedAt: Date.now() - 1000,
      expiresAt: Date.now() + 86_400_000
    },
    credential
  )
  return testConfig({ name, dataDir, trust: { mode: 'members', authorities: [authority.id], credential } })
}

/** A started member node (see `admitted`). */
export async function startMember(
  dir: string,
  authority: Authority,
  name: string,
  opts: { orgName?: string; attributes?: Record<string, string> } = {}
): Promise<HanseNode> {
  return await startNode(await admitted(dir, authority, name, opts))
}
