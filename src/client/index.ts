import { existsSync } from 'node:fs'
import { HanseError, RelayedError } from '../errors/index.ts'
import { readToken } from '../identity/index.ts'
import { readRuntimeInfo } from '../node/runtime.ts'

export class NodeNotRunningError extends HanseError {
  constructor(dataDir: string, detail: string) {
    super('NODE_NOT_RUNNING', `no hanse node is running for data dir ${dataDir} (${detail}); start one with: hanse start --config FILE`)
  }
}

/** Talks to a running node's admin API, found through the runtime file in its data dir. */
export class ApiClient {
  readonly baseUrl: string
  private readonly token: string

  constructor(baseUrl: string, token: string) {
    this.baseUrl = baseUrl
    this.token = token
  }

  static fromDataDir(dataDir: string): ApiClient {
    if (!existsSync(dataDir)) throw new NodeNotRunningError(dataDir, 'the data dir does not exist')
    const info = readRuntimeInfo(dataDir)
    if (info === undefined) throw new NodeNotRunningError(dataDir, 'no runtime file')
    if (info.apiUrl === null) throw new HanseError('API_DISABLED', `the node for ${dataDir} runs with api.enabled: false`)
    const token = readToken(dataDir)
    if (token === undefined) throw new HanseError('TOKEN_MISSING', `no admin token in ${dataDir}; is this the node's data dir?`)
    return new ApiClient(info.apiUrl, token)
  }

  async get<T>(path: string): Promise<T> {
    return await this.request<T>('GET', path)
  }
  async post<T>(path: string, body?: unknown): Promise<T> {
    return await this.request<T>('POST', path, body)
  }

  /** A streamed response (exports): the caller reads the body. */
  async stream(path: string): Promise<Response> {
    const res = await this.send('GET', path, undefined, undefined)
    if (!res.ok) await this.fail(res, await res.text())
    return res
  }

  private async send(method: string, path: string, body: unknown, timeoutMs: number | undefined): Promise<Response> {
    try {
      return await fetch(this.baseUrl + path, {
        method,
        headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs)
      })
    } catch (err) {
      throw new NodeNotRunningError(
        this.baseUrl,
        `cannot reach its admin API: ${(err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message}`
      )
    }
  }

  private async fail(res: Response, text: string): Promise<never> {
    let json: unknown
    try {
      json = text === '' ? {} : JSON.parse(text)
    } catch {
      json = { error: { code: 'BAD_RESPONSE', message: text.slice(0, 200) } }
    }
    const e = (json as { error?: { code?: string; message?: string } }).error
    throw new RelayedError(e?.code ?? `HTTP_${res.status}`, e?.message ?? `HTTP ${res.status}`, { status: res.status })
  }

  async request<T>(method: string, path: string, body?: unknown, timeoutMs = 30_000): Promise<T> {
    const res = await this.send(method, path, body, timeoutMs)
    const text = await res.text()
    if (!res.ok) await this.fail(res, text)
    try {
      return (text === '' ? {} : JSON.parse(text)) as T
    } catch {
      throw new HanseError('BAD_RESPONSE', text.slice(0, 200))
    }
  }
}
