import { readFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DspClient } from '../../src/dsp/index.ts'
import { cleanup, onCleanup } from '../helpers.ts'

/*
 * The DSP client's time limit on a real HTTP server that takes requests and answers late or
 * never: a counterparty that hangs costs one request its timeout, with the reason, and nothing
 * is left waiting after an answer.
 */

afterEach(cleanup)

async function server(answerAfterMs: number | undefined): Promise<string> {
  const pending: ServerResponse[] = []
  const s: Server = createServer((_req, res) => {
    pending.push(res)
    if (answerAfterMs !== undefined)
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
      }, answerAfterMs)
  })
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  onCleanup(async () => {
    for (const res of pending) res.destroy()
    s.closeAllConnections()
    await new Promise<void>((resolve, reject) => s.close(err => (err === undefined ? resolve() : reject(err))))
  })
  const port = (s.address() as { port: number }).port
  return `http://127.0.0.1:${port}`
}

function client(timeoutMs: number): DspClient {
  const c = new DspClient({ authorization: async () => 'Bearer test' }, { timeoutMs })
  onCleanup(() => {
    c.close()
  })
  return c
}

describe('DspClient time limits', () => {
  it('a counterparty that never answers fails the request with DSP_UNREACHABLE and the limit, in about the limit', async () => {
    const url = await server(undefined)
    const t0 = performance.now()
    await expect(client(200).request('POST', `${url}/negotiations/request`, { a: 1 }, url)).rejects.toMatchObject({
      code: 'DSP_UNREACHABLE',
      message: expect.stringContaining('no answer within 200 ms')
    })
    const took = performance.now() - t0
    expect(took).toBeGreaterThanOrEqual(190)
    expect(took).toBeLessThan(5_000)
  })

  it("the caller's own signal ends it as aborted, and an answer in time is read", async () => {
    const url = await server(30)
    const c = client(5_000)
    const ctl = new AbortController()
    const pending = c.request('POST', `${url}/x`, { a: 1 }, url, { signal: ctl.signal })
    ctl.abort(new Error('operator stop'))
    await expect(pending).rejects.toMatchObject({ code: 'DSP_UNREACHABLE', message: expect.stringContaining('(aborted)') })
    const res = await c.request('POST', `${url}/x`, { a: 2 }, url)
    expect(res).toMatchObject({ status: 200, body: { ok: true } })
  })
})

describe('DspClient catalogue reads', () => {
  it('a provider whose catalogue never ends is read up to maxCatalogBytes, then refused with DSP_COUNTERPARTY_ERROR', async () => {
    const example = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/dsp-2025-1/catalog/catalog.json'), 'utf8'))
    // pages of over 1 MiB (the example's dataset, 3,000 times), each with a next page
    const page = JSON.stringify({ ...example, dataset: Array.from({ length: 3000 }, (_, i) => ({ ...example.dataset[0], '@id': `urn:uuid:d-${i}` })) })
    let pages = 0
    const s = createServer((req, res) => {
      req.resume()
      pages++
      res.writeHead(200, { 'content-type': 'application/json', link: `<${base}/catalog/request?page=${pages}>; rel="next"` })
      res.end(page)
    })
    await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
    onCleanup(async () => {
      s.closeAllConnections()
      await new Promise<void>((resolve, reject) => s.close(err => (err === undefined ? resolve() : reject(err))))
    })
    const base = `http://127.0.0.1:${(s.address() as { port: number }).port}`
    const c = new DspClient({ authorization: async () => 'Bearer test' }, { maxCatalogBytes: 4 * 1024 * 1024 })
    onCleanup(() => {
      c.close()
    })
    await expect(c.catalog(base, base)).rejects.toMatchObject({ code: 'DSP_COUNTERPARTY_ERROR', message: expect.stringContaining('larger than 4 MiB') })
    expect(page.length).toBeGreaterThan(1024 * 1024)
    expect(pages).toBeLessThanOrEqual(4)
  })
})
