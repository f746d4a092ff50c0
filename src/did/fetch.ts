import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { rootCertificates } from 'node:tls'
import type { LookupFunction } from 'node:net'

/*
 * One bounded GET of a document a stranger publishes (a DID document, a status list): a deadline
 * for the whole exchange, a size cap, no redirects. Rejects with a plain Error whose message says
 * what went wrong; callers wrap it in their own code.
 */

export interface FetchLimits {
  timeoutMs: number
  maxBytes: number
  /** Extra trusted CA certificates (PEM), added to the system's. */
  ca?: string
  /** Accept http: too (a signed document whose integrity does not depend on TLS). */
  allowHttp?: boolean
  /**
   * For a URL a stranger named (a did:web, the CredentialService in its DID document): the
   * addresses this node may be sent to (dsp/destinations.ts), checked for an address in the URL
   * and, at connect time, for every address a name resolves to.
   */
  destinations?: { checkHost: (hostname: string) => void; lookup: LookupFunction }
  accept?: string
}

export async function fetchBounded(url: string, limits: FetchLimits): Promise<string> {
  return (await exchangeBounded('GET', url, undefined, {}, limits)).body
}

/** POST a JSON body and read the answer, under the same limits; any status is returned. */
export async function postBounded(url: string, body: unknown, headers: Record<string, string>, limits: FetchLimits): Promise<{ status: number; body: string }> {
  return await exchangeBounded('POST', url, Buffer.from(JSON.stringify(body)), headers, limits)
}

async function exchangeBounded(
  method: 'GET' | 'POST',
  url: string,
  payload: Buffer | undefined,
  headers: Record<string, string>,
  limits: FetchLimits
): Promise<{ status: number; body: string }> {
  const u = new URL(url)
  if (u.protocol !== 'https:' && !(limits.allowHttp === true && u.protocol === 'http:')) throw new Error(`${url}: only https is fetched`)
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest
  limits.destinations?.checkHost(u.hostname)
  // a connection of its own: none kept alive from another request skips the check
  const guarded = limits.destinations === undefined ? {} : { lookup: limits.destinations.lookup, agent: false as const }
  return await new Promise<{ status: number; body: string }>((resolve, reject) => {
    let settled = false
    const fail = (message: string): void => {
      if (settled) return
      settled = true
      req.destroy()
      reject(new Error(`${url}: ${message}`))
    }
    const req = send(
      url,
      {
        method,
        headers: {
          accept: limits.accept ?? 'application/json',
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(payload.length) }),
          ...headers
        },
        ...(limits.ca === undefined || u.protocol !== 'https:' ? {} : { ca: [...rootCertificates, limits.ca] }),
        ...guarded
      },
      res => {
        const status = res.statusCode ?? 0
        if (status >= 300 && status < 400) return fail(`answered ${status}, a redirect (not followed: a document is served where it is named)`)
        if (method === 'GET' && status !== 200) return fail(`answered ${status}`)
        if (Number(res.headers['content-length'] ?? 0) > limits.maxBytes) return fail(`is larger than ${limits.maxBytes} bytes`)
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (c: Buffer) => {
          size += c.length
          if (size > limits.maxBytes) return fail(`is larger than ${limits.maxBytes} bytes`)
          chunks.push(c)
        })
        res.on('end', () => {
          if (settled) return
          settled = true
          resolve({ status, body: Buffer.concat(chunks).toString('utf8') })
        })
        res.on('error', err => fail(err.message))
      }
    )
    // the deadline covers the whole exchange, not only the idle time between packets
    const deadline = setTimeout(() => fail(`no complete answer within ${limits.timeoutMs} ms`), limits.timeoutMs)
    req.on('close', () => clearTimeout(deadline))
    req.on('error', err => fail(err.message))
    req.end(payload)
  })
}
