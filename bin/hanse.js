#!/usr/bin/env node
// hanse needs Node.js >= 22.18 (libp2p 3 uses Promise.withResolvers; .ts files run by type
// stripping). When an older system Node starts this shim, re-run it on the project's pinned
// Node 22 (the `node` devDependency) if it is installed, else say what is needed.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major > 22 || (major === 22 && minor >= 18)) {
  await import('../src/cli/main.ts')
} else {
  const pinned = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url))
  if (!existsSync(pinned)) {
    process.stderr.write(
      `hanse: NODE_TOO_OLD: Node.js ${process.versions.node} is too old; hanse needs Node.js >= 22.18 (run npm install in the hanse folder to get the pinned one)\n`
    )
    process.exit(1)
  }
  const child = spawn(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' })
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(sig, () => child.kill(sig))
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal != null ? 1 : 0)
  })
}
