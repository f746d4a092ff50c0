import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http'
import { expect } from 'vitest'
import { dspProblem, type DspType } from '../src/dsp/index.ts'
import { onCleanup } from './helpers.ts'
import { readToken } from '../src/identity/index.ts'
import type { HanseNode } from '../src/node/index.ts'

/** The DSP 2025-1 JSON-LD context every message names. */
export const DSP_CONTEXT = 'https://w3id.org/dspace/2025/1/context.jsonld'

/** Every DSP document hanse sends must validate against the official schema of its type. */
export function validDsp(type: DspType, body: unknown): void {
  expect(dspProblem(type, body), `${type}: ${JSON.stringify(body).slice(0, 400)}`).toBeUndefined()
}

/** A real HTTP server on 127.0.0.1:0 (or another loopback address), closed (with its kept-alive connections) after the test. */
export async function httpServer(handler: RequestListener, host = '127.0.0.1'): Promise<{ server: Server; port: number }> {
  const server = createServer(handler)
  await new Promise<void>(resolve => server.listen(0, host, resolve))
  onCleanup(
    async () =>
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close(err => (err === undefined ? resolve() : reject(err)))
      })
  )
  return { server, port: (server.address() as { port: number }).port }
}

/** A stand-in for the TCK's connector: records what hanse sends to its callback address, answers 200. */
export async function callbackServer(host = '127.0.0.1'): Promise<{ url: string; received: Array<{ path: string; body: any }> }> {
  const received: Array<{ path: string; body: any }> = []
  const { port } = await httpServer((req: IncomingMessage, res) => {
    let text = ''
    req.on('data', (c: Buffer) => {
      text += c.toString()
    })
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: text === '' ? undefined : JSON.parse(text) })
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  }, host)
  return { url: `http://${host}:${port}/tck`, received }
}

/** POST a DSP message as a counterparty with a static token. */
export async function postDsp(url: string, body: unknown, auth: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const text = await res.text()
  return { status: res.status, body: text === '' ? undefined : JSON.parse(text) }
}

/** A call to a node's admin API with its token (what the CLI does). */
export async function admin(node: HanseNode, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${node.parts.api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${readToken(node.config.dataDir)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, body: await res.json() }
}
