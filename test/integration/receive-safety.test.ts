import { afterEach, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { canMountTmpfs, cleanup, runCli, tempDir, waitFor } from '../helpers.ts'
import { agree, setup, sha } from '../two-nodes.ts'
import { safeName } from '../../src/paths/index.ts'
import type { DatasetInfo } from '../../src/catalog/index.ts'
import type { HanseNode } from '../../src/node/index.ts'

afterEach(cleanup)

/** Every file below `dir` with its SHA-256: what a test compares before and after. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      // the node's own LevelDB changes as it works; everything else must not
      if (e.isDirectory() && e.name !== 'db') walk(p)
      else if (e.isDirectory()) continue
      else if (e.isFile()) out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'))
    }
  }
  if (existsSync(dir)) walk(dir)
  return out
}

/** The provider's dataset `file` now answers to another id (a hostile provider's choice). */
function renameDataset(provider: HanseNode, from: string, to: string): void {
  const d = provider.parts.datasets.datasets.find(x => x.id === from) as DatasetInfo & { id: string }
  d.id = to
}

/** Whether any file below `dir` contains `needle`. */
function anyFileContains(dir: string, needle: Buffer): boolean {
  const walk = (d: string): boolean =>
    readdirSync(d, { withFileTypes: true }).some(e => {
      const p = join(d, e.name)
      if (e.isDirectory()) return walk(p)
      return e.isFile() && readFileSync(p).includes(needle)
    })
  return existsSync(dir) && walk(dir)
}

describe('receiving side: a provider cannot reach outside the receive dir', () => {
  it.each(['../../victim', '..', 'a/../../x', '/etc/passwd', '.'])(
    'dataset id %j lands in <receiveDir>/<provider>/<safe name>; nothing else changes',
    async hostileId => {
      const { provider, consumer, file } = await setup()
      const dataDir = consumer.config.dataDir
      const receive = consumer.config.transfer.receiveDir
      // what a traversal would have hit: files next to and above the data dir, and the data dir itself
      const victim = join(dataDir, '..', 'victim')
      writeFileSync(victim, 'keep me')
      mkdirSync(receive, { recursive: true })
      const before = snapshot(join(dataDir, '..'))
      renameDataset(provider, 'file', hostileId)
      const a = await agree(consumer, provider, 'file')
      const agreement = await consumer.parts.negotiations.agreement(a)
      expect(agreement?.datasetId).toBe(hostileId)
      const t = await consumer.parts.transfers.fetch({ agreementId: a })
      const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
      expect(done.state).toBe('COMPLETED')
      const expected = join(receive, provider.peerId, safeName(hostileId))
      expect(done.dest).toBe(expected)
      expect(relative(receive, done.dest).startsWith('..')).toBe(false)
      expect(sha(readFileSync(expected))).toBe(sha(file))
      // every file that was there is still there, unchanged; the only new files are the download
      // and what the node writes in its own store
      const after = snapshot(join(dataDir, '..'))
      for (const [path, hash] of before) expect(after.get(path), path).toBe(hash)
      const added = [...after.keys()].filter(p => !before.has(p))
      expect(added).toEqual([relative(join(dataDir, '..'), expected)])
      expect(readFileSync(victim, 'utf8')).toBe('keep me')
    }
  )

  it('a dataset id with control characters is refused in the negotiation (AGREEMENT_INVALID)', async () => {
    const { provider, consumer } = await setup()
    renameDataset(provider, 'file', 'evil\u0000name')
    const r = await consumer.parts.negotiations.request({ peer: provider.peerId, offerId: 'file', narrowing: { purposes: ['research'] } })
    const done = await consumer.parts.negotiations.waitFor(r.id, 10_000)
    expect(done.state).toBe('TERMINATED')
    expect(done.termination?.code).toBe('AGREEMENT_INVALID')
  })

  it('an existing destination is never replaced unless asked: DESTINATION_EXISTS, then overwrite', async () => {
    const { provider, consumer, file } = await setup()
    const a = await agree(consumer, provider, 'file')
    const dir = tempDir()
    const out = join(dir, 'existing.bin')
    writeFileSync(out, "the operator's own file")
    await expect(consumer.parts.transfers.fetch({ agreementId: a, dest: out })).rejects.toMatchObject({ code: 'DESTINATION_EXISTS' })
    expect(readFileSync(out, 'utf8')).toBe("the operator's own file")
    expect(existsSync(`${out}.part`)).toBe(false)
    // an existing directory, for a directory dataset
    const b = await agree(consumer, provider, 'tree')
    const outDir = join(dir, 'tree')
    mkdirSync(outDir)
    writeFileSync(join(outDir, 'mine.txt'), 'mine')
    await expect(consumer.parts.transfers.fetch({ agreementId: b, dest: outDir })).rejects.toMatchObject({ code: 'DESTINATION_EXISTS' })
    expect(readFileSync(join(outDir, 'mine.txt'), 'utf8')).toBe('mine')
    // the default destination of a second fetch is taken by the first
    const first = await consumer.parts.transfers.fetch({ agreementId: a })
    expect((await consumer.parts.transfers.waitFor(first.id, 20_000)).state).toBe('COMPLETED')
    await expect(consumer.parts.transfers.fetch({ agreementId: a })).rejects.toMatchObject({ code: 'DESTINATION_EXISTS' })
    // asked to: replaced, file and directory
    const again = await consumer.parts.transfers.fetch({ agreementId: a, dest: out, overwrite: true })
    expect((await consumer.parts.transfers.waitFor(again.id, 20_000)).state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
    const tree = await consumer.parts.transfers.fetch({ agreementId: b, dest: outDir, overwrite: true })
    expect((await consumer.parts.transfers.waitFor(tree.id, 20_000)).state).toBe('COMPLETED')
    expect(existsSync(join(outDir, 'mine.txt'))).toBe(false)
    expect(readFileSync(join(outDir, 'a.csv'), 'utf8')).toBe('x,y\n1,2\n')
    // no temporary siblings are left behind
    expect(readdirSync(dir).sort()).toEqual(['existing.bin', 'tree'])
  })

  it('a destination from the API: relative means inside the receive dir; traversal, NUL, empty and the data dir are refused', async () => {
    const { provider, consumer } = await setup()
    const a = await agree(consumer, provider, 'file')
    const api = consumer.parts.api.url
    const token = readFileSync(join(consumer.config.dataDir, 'admin.token'), 'utf8').trim()
    const post = async (body: unknown): Promise<{ status: number; json: any }> => {
      const res = await fetch(`${api}/v1/transfers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body)
      })
      return { status: res.status, json: await res.json() }
    }
    for (const [dest, code] of [
      ['../outside.bin', 'UNSAFE_PATH'],
      ['a/../../x', 'UNSAFE_PATH'],
      ['x\u0000y', 'UNSAFE_PATH'],
      ['', 'BAD_REQUEST'],
      [consumer.config.dataDir, 'DESTINATION_FORBIDDEN'],
      [join(consumer.config.dataDir, 'node.key'), 'DESTINATION_FORBIDDEN'],
      [join(consumer.config.dataDir, '..'), 'DESTINATION_FORBIDDEN'],
      [consumer.config.transfer.receiveDir, 'DESTINATION_FORBIDDEN']
    ] as const) {
      const r = await post({ agreementId: a, dest })
      expect(r.status, JSON.stringify(dest)).toBe(400)
      expect(r.json.error.code, JSON.stringify(dest)).toBe(code)
    }
    const ok = await post({ agreementId: a, dest: 'sub/dir/rel.bin' })
    expect(ok.status).toBe(201)
    expect(ok.json.transfer.dest).toBe(join(consumer.config.transfer.receiveDir, 'sub', 'dir', 'rel.bin'))
    expect((await consumer.parts.transfers.waitFor(ok.json.transfer.id, 20_000)).state).toBe('COMPLETED')
    // refused requests made no transfer records that could be retried or resumed at start
    expect((await consumer.parts.transfers.list()).length).toBe(1)
  })

  it('`hanse fetch --out` is relative to where the CLI runs, not to the node', async () => {
    const { provider, consumer, file } = await setup()
    const a = await agree(consumer, provider, 'file')
    const dir = tempDir()
    const cfg = join(dir, 'c.yaml')
    writeFileSync(cfg, `name: c\ndataDir: ${consumer.config.dataDir}\n`)
    const cwd = join(dir, 'work')
    mkdirSync(cwd)
    const res = await runCli(['--config', cfg, 'fetch', a, '--out', 'rel.json'], { cwd })
    expect(res.code).toBe(0)
    expect(res.stdout).toContain(join(cwd, 'rel.json'))
    expect(sha(readFileSync(join(cwd, 'rel.json')))).toBe(sha(file))
    // a second fetch to the same place is refused, and the CLI says how to replace it
    const again = await runCli(['--config', cfg, 'fetch', a, '--out', 'rel.json'], { cwd })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('DESTINATION_EXISTS')
    expect(again.stderr).toContain('--force')
    const forced = await runCli(['--config', cfg, 'fetch', a, '--out', 'rel.json', '--force'], { cwd })
    expect(forced.code).toBe(0)
  })
})

describe('provider: dataset files are read without following links', () => {
  it('a file of a directory dataset swapped for a symlink after start: DATASET_CHANGED, and no byte of the target reaches the consumer', async () => {
    const { provider, consumer, dir } = await setup()
    const secret = Buffer.from('x,y\nTOP-SECRET-OUTSIDE-THE-DATASET\n')
    // same size as a.csv would not matter: the link itself is refused
    writeFileSync(join(dir, 'secret.csv'), secret)
    const b = await agree(consumer, provider, 'tree')
    rmSync(join(dir, 'tree', 'a.csv'))
    symlinkSync(join(dir, 'secret.csv'), join(dir, 'tree', 'a.csv'))
    const out = join(tempDir(), 'tree')
    const t = await consumer.parts.transfers.fetch({ agreementId: b, dest: out })
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(done.state).toBe('SUSPENDED')
    expect(done.error?.code).toBe('DATASET_CHANGED')
    expect(anyFileContains(join(out, '..'), Buffer.from('TOP-SECRET'))).toBe(false)
    expect(anyFileContains(consumer.config.dataDir, Buffer.from('TOP-SECRET'))).toBe(false)
  })

  it('a directory inside the dataset swapped for a link to outside: refused the same way', async () => {
    const { provider, consumer, dir } = await setup()
    mkdirSync(join(dir, 'elsewhere'))
    writeFileSync(join(dir, 'elsewhere', 'b.json'), JSON.stringify({ hello: 'SECRET' }).slice(0, 17))
    const b = await agree(consumer, provider, 'tree')
    rmSync(join(dir, 'tree', 'nested'), { recursive: true })
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'tree', 'nested'))
    const out = join(tempDir(), 'tree')
    const t = await consumer.parts.transfers.fetch({ agreementId: b, dest: out })
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(done.error?.code).toBe('DATASET_CHANGED')
    expect(anyFileContains(join(out, '..'), Buffer.from('SECRET'))).toBe(false)
  })
})

describe('transfers that fail at the end, and the streams they hold', () => {
  it('a failed final step (destination taken meanwhile) is SUSPENDED, resumes to a byte-identical file, and leaks no stream', async () => {
    const chunk = 16 * 1024
    const { provider, consumer, file } = await setup({ fileBytes: 2 * 1024 * 1024, chunk, transfer: { maxStreamsPerPeer: 2 } })
    const a = await agree(consumer, provider, 'file')
    const out = join(tempDir(), 'late.bin')
    const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
    // something appears at the destination while the data arrives
    await new Promise<void>(resolve => {
      consumer.parts.transfers.on('progress', p => {
        if (p.id === t.id && p.bytes > 256 * 1024) resolve()
      })
    })
    mkdirSync(out)
    const failed = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(failed.state).toBe('SUSPENDED')
    expect(failed.error?.code).toBe('DESTINATION_EXISTS')
    expect(statSync(`${out}.part`).size).toBe(file.length)
    // the stream was closed: the provider's two transfer slots serve new fetches at once
    for (let i = 0; i < 3; i++) {
      const x = await consumer.parts.transfers.fetch({ agreementId: a, dest: join(tempDir(), `n${i}.bin`) })
      expect((await consumer.parts.transfers.waitFor(x.id, 20_000)).state).toBe('COMPLETED')
    }
    rmSync(out, { recursive: true })
    await consumer.parts.transfers.resume(t.id)
    const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
    expect(done.state).toBe('COMPLETED')
    expect(sha(readFileSync(out))).toBe(sha(file))
    expect(existsSync(`${out}.part`)).toBe(false)
  })

  const mountable = canMountTmpfs()
  it.skipIf(!mountable)(
    'disk full while a directory dataset is split into its files: SUSPENDED, resumes after space is freed (needs root for a tmpfs)',
    async () => {
      const { provider, consumer, dir } = await setup({ chunk: 16 * 1024 })
      // a directory dataset of 900 KiB: the .part fits in 1 MiB, the .part plus the split files do not
      mkdirSync(join(dir, 'big'))
      const files = [randomBytes(450 * 1024), randomBytes(450 * 1024)]
      for (const [i, f] of files.entries()) writeFileSync(join(dir, 'big', `f${i}.bin`), f)
      await provider.reload(
        Object.assign({}, provider.config, {
          datasets: [
            ...provider.config.datasets,
            {
              id: 'big',
              title: 'Big',
              description: '',
              keywords: [],
              license: '',
              mediaType: 'application/octet-stream',
              source: join(dir, 'big'),
              offers: [{ policy: 'p', approval: 'auto' }]
            }
          ]
        })
      )
      const a = await agree(consumer, provider, 'big')
      const mnt = tempDir()
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt])
      try {
        const out = join(mnt, 'big')
        const t = await consumer.parts.transfers.fetch({ agreementId: a, dest: out })
        const full = await consumer.parts.transfers.waitFor(t.id, 20_000)
        expect(full.state).toBe('SUSPENDED')
        expect(full.error?.code).toBe('DISK_FULL')
        expect(full.verifiedChunks).toBe(Math.ceil((900 * 1024) / (16 * 1024)))
        execFileSync('mount', ['-o', 'remount,size=4m', mnt])
        await consumer.parts.transfers.resume(t.id)
        const done = await consumer.parts.transfers.waitFor(t.id, 20_000)
        expect(done.state).toBe('COMPLETED')
        files.forEach((f, i) => {
          expect(sha(readFileSync(join(out, `f${i}.bin`)))).toBe(sha(f))
        })
        expect(readdirSync(mnt)).toEqual(['big'])
      } finally {
        execFileSync('umount', ['-l', mnt])
      }
    }
  )

  it('a refusal is final: TERMINATED, no .part, resume refused, and the CLI does not suggest it', async () => {
    const { provider, consumer } = await setup({
      policy:
        'permissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n      - { leftOperand: count, operator: lteq, rightOperand: 1 }\n'
    })
    const a = await agree(consumer, provider, 'file')
    const first = await consumer.parts.transfers.fetch({ agreementId: a, dest: join(tempDir(), 'one.bin') })
    expect((await consumer.parts.transfers.waitFor(first.id, 20_000)).state).toBe('COMPLETED')
    const dir = tempDir()
    const cfg = join(dir, 'c.yaml')
    writeFileSync(cfg, `name: c\ndataDir: ${consumer.config.dataDir}\n`)
    const out = join(dir, 'two.bin')
    const res = await runCli(['--config', cfg, 'fetch', a, '--out', out])
    expect(res.code).toBe(1)
    expect(res.stderr).toContain('POLICY_DENIED')
    expect(res.stderr).toContain('TERMINATED')
    expect(res.stderr).not.toContain('resume')
    expect(existsSync(`${out}.part`)).toBe(false)
    const t = (await consumer.parts.transfers.list()).find(x => x.dest === out)!
    await expect(consumer.parts.transfers.resume(t.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' })
    const cli = await runCli(['--config', cfg, 'transfers', 'resume', t.id])
    expect(cli.code).toBe(1)
    expect(cli.stderr).toContain('INVALID_TRANSITION')
  })

  it('40 parallel negotiations through the API all succeed (local concurrency queues)', async () => {
    const { provider, consumer } = await setup()
    const api = consumer.parts.api.url
    const token = readFileSync(join(consumer.config.dataDir, 'admin.token'), 'utf8').trim()
    const results = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const res = await fetch(`${api}/v1/negotiations?wait=true&timeoutMs=60000`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ peer: provider.peerId, offerId: 'file', terms: { purposes: ['research'] } })
        })
        return { status: res.status, body: (await res.json()) as any }
      })
    )
    expect(results.map(r => r.status)).toEqual(Array(40).fill(201))
    expect(results.map(r => r.body.negotiation.state)).toEqual(Array(40).fill('FINALIZED'))
    await waitFor(async () => (await provider.parts.negotiations.agreements()).length === 40 || undefined, 10_000)
  }, 60_000)
})
