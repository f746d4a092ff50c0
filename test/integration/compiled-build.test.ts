import { afterEach, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, cpSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from '../../src/cli/build.ts'
import { readRuntimeInfo } from '../../src/node/index.ts'
import { cleanup, onCleanup, tempDir, waitFor } from '../helpers.ts'

afterEach(cleanup)

const REPO = join(import.meta.dirname, '..', '..')

/** `hanse start` from `root`'s sources as an operator runs it; resolves once the node is running. */
async function start(root: string, cfg: string, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'src', 'cli', 'main.ts'), 'start', '--config', cfg], { stdio: 'ignore' })
  const exited = new Promise(resolve => child.once('exit', resolve))
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  })
  await waitFor(() => readRuntimeInfo(dataDir)?.pid === child.pid || undefined, 30_000)
  return child
}

async function stop(child: ChildProcess): Promise<number | null> {
  const code = new Promise<number | null>(resolve => child.once('exit', c => resolve(c)))
  child.kill('SIGTERM')
  return await code
}

const program = (pid: number): string => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[1] as string

describe.runIf(process.platform === 'linux')('the compiled build', () => {
  it('is built from a copy of the sources; `hanse start` runs it while current and the sources once one changed', async () => {
    // a project folder of its own: the repository's dist is never touched by the tests
    const root = tempDir()
    cpSync(join(REPO, 'src'), join(root, 'src'), { recursive: true })
    for (const f of ['package.json', 'tsconfig.json', 'tsconfig.build.json']) copyFileSync(join(REPO, f), join(root, f))
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'))
    const made = build(root)
    expect(made).toMatchObject({ built: true })

    const dataDir = join(root, 'data')
    const cfg = join(root, 'node.yaml')
    writeFileSync(
      cfg,
      `name: compiled\ndataDir: ${dataDir}\napi: { port: 0 }\nnetwork: { listen: [/ip4/127.0.0.1/tcp/0], mdns: { enabled: false } }\nlogging: { level: warn }\n`
    )
    const compiled = await start(root, cfg, dataDir)
    expect(program(compiled.pid as number)).toBe(join(root, 'dist', 'src', 'cli', 'main.js'))
    expect(await stop(compiled)).toBe(0)

    // an edit after the build: the build is stale and never runs
    const later = Date.now() / 1000 + 60
    utimesSync(join(root, 'src', 'policy', 'index.ts'), later, later)
    const sources = await start(root, cfg, dataDir)
    expect(program(sources.pid as number)).toBe(join(root, 'src', 'cli', 'main.ts'))
    expect(await stop(sources)).toBe(0)
  }, 90_000)
})
