import type { KeyedLock } from '../lock/index.ts'
import { evaluatePolicy, type Decision, type Policy, type PolicyContext } from '../policy/index.ts'
import type { Store } from '../store/index.ts'
import type { Usage } from './records.ts'

/**
 * One more use of an agreement, decided and (when allowed) counted on disk before any byte
 * leaves, under one lock per agreement: k allowed uses mean k transfers, whichever binding
 * carries them (libp2p or DSP, which share the `usage` record). A transfer already counted (a
 * resume) is not counted again; with `count: false` the policy is only checked again.
 */
export async function admitUse(
  c: { store: Store; locks: KeyedLock },
  a: { agreementId: string; transferId: string; byteSize: number; policy: Policy; count: boolean; context: (u: Usage) => PolicyContext }
): Promise<Decision & { usage: Usage }> {
  return await c.locks.run(`usage:${a.agreementId}`, async () => {
    const usage = (await c.store.sublevel<Usage>('usage').get(a.agreementId)) ?? { count: 0, volume: 0, transfers: [] }
    const next: Usage =
      !a.count || usage.transfers.includes(a.transferId)
        ? usage
        : { count: usage.count + 1, volume: usage.volume + a.byteSize, transfers: [...usage.transfers.slice(-999), a.transferId] }
    const d = evaluatePolicy(a.policy, 'transfer', a.context(next))
    if (d.allowed && next !== usage) {
      // the use is on disk before the first byte leaves
      await c.store.commit(b => {
        b.put(a.agreementId, next, { sublevel: c.store.sublevel('usage') })
      })
    }
    return { ...d, usage: next }
  })
}
