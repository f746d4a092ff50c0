/**
 * The child side of the bench processes: imports nothing of hanse, so a process can load hanse
 * itself from the compiled build (see hanse.ts).
 */
import { createInterface } from 'node:readline'

/** The echo protocol the bench processes serve beside the node (a bare libp2p stream baseline). */
export const ECHO_PROTOCOL = '/hanse-bench/echo/1.0.0'

/**
 * The child side of the bench processes (`peer-process.ts`, `node-host.ts`): one JSON command per
 * stdin line, answered with the one JSON line `handle` returns (`{ error }` when it throws;
 * nothing when it returns undefined).
 */
export function answerCommands(handle: (msg: Record<string, any>) => Promise<unknown>): void {
  createInterface({ input: process.stdin }).on('line', line => {
    const msg = JSON.parse(line) as Record<string, any>
    void (async () => {
      let answer: unknown
      try {
        answer = await handle(msg)
      } catch (err) {
        answer = { error: (err as Error).message }
      }
      if (answer !== undefined) process.stdout.write(JSON.stringify(answer) + '\n')
    })()
  })
}
