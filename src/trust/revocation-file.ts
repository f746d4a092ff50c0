import { readFileSync, statSync } from 'node:fs'
import type { Logger } from '../logging/index.ts'
import { signedFromRevocationsFile, verifyRevocations, type RevocationState } from './credential.ts'

/**
 * The authority's signed revocation list as a file the operator replaces: read again when its
 * size, mtime or inode changed; a list that does not verify, or is older than the one in use,
 * is refused and the previous one stays.
 */
export class RevocationFile {
  /** The lists in use, by authority id. */
  readonly revocations = new Map<string, RevocationState>()
  private readonly logger: Logger
  private readonly file: string | undefined
  private readonly authorities: readonly string[]
  private stamp = ''

  constructor(components: { logger: Logger }, init: { file?: string; authorities: readonly string[] }) {
    this.logger = components.logger
    this.file = init.file
    this.authorities = init.authorities
  }

  /** Whether the file changed since it was last read (size, mtime, inode). */
  changed(initial = false): boolean {
    const file = this.file
    if (file === undefined) return false
    let stamp: string
    try {
      const st = statSync(file)
      stamp = `${st.mtimeMs}:${st.size}:${st.ino}`
    } catch (err) {
      if (initial || this.stamp !== 'missing') this.logger.error({ file, err }, 'cannot read the revocation list; keeping the previous one')
      this.stamp = 'missing'
      return false
    }
    if (stamp === this.stamp) return false
    this.stamp = stamp
    return true
  }

  /** Read and verify the file; true if a newer list is now in use. */
  async apply(): Promise<boolean> {
    const file = this.file
    if (file === undefined) return false
    try {
      const state = await verifyRevocations(signedFromRevocationsFile(readFileSync(file, 'utf8'), file), this.authorities)
      const cur = this.revocations.get(state.authorityId)
      if (cur !== undefined && state.serial < cur.serial) {
        this.logger.error({ file, serial: state.serial, current: cur.serial }, 'the revocation list is older than the one in use; ignored')
        return false
      }
      this.revocations.set(state.authorityId, state)
      this.logger.info({ file, authority: state.authorityId, serial: state.serial, revoked: state.revoked.size }, 'revocation list loaded')
      return true
    } catch (err) {
      this.logger.error({ file, err }, 'the revocation list is not valid; ignored, the previous one stays')
      return false
    }
  }

  /** Read the file at the next check even if it looks unchanged. */
  forget(): void {
    this.stamp = ''
  }
}
