import { readFileSync } from 'node:fs'
import { HanseError } from '../errors/index.ts'

/** The pre-shared key file (`trust.psk`), in the libp2p `/key/swarm/psk/1.0.0/` format. */
export function readPsk(file: string): Uint8Array {
  try {
    const text = readFileSync(file, 'utf8')
    if (!text.startsWith('/key/swarm/psk/1.0.0/'))
      throw new Error('it does not start with /key/swarm/psk/1.0.0/ (create one with `hanse authority psk --out FILE`)')
    return new TextEncoder().encode(text)
  } catch (err) {
    throw new HanseError('PSK_INVALID', `trust.psk ${file}: ${(err as Error).message}`)
  }
}
