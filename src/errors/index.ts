import { ERROR_CODES, isErrorCode, type ErrorCode } from './codes.ts'

export { ERROR_CODES, isErrorCode, type ErrorCode, type ErrorSpec } from './codes.ts'

/**
 * Every error hanse raises on purpose is a HanseError with a stable `code` from the catalogue
 * (`codes.ts`), which gives its HTTP status, CLI exit status and whether it is transient. The
 * code is what crosses the wire, the admin API (`{ "error": { "code", "message" } }`) and the
 * CLI (printed, and mapped to the exit status). Tests assert the code, never the text.
 */
export class HanseError extends Error {
  readonly code: string
  /** HTTP status the admin API answers with when this error reaches it. */
  readonly status: number
  /** Process exit status the CLI uses for it. */
  readonly exitCode: number
  /** The same request may succeed later without any change. */
  readonly transient: boolean

  constructor(code: ErrorCode, message: string, opts: { cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    const spec = ERROR_CODES[code]
    this.name = new.target.name
    this.code = code
    this.status = spec.status
    this.exitCode = spec.exit
    this.transient = spec.transient
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message }
  }
}

/**
 * An error another party reported (a peer, the node's API answering the CLI, a verification
 * report), with its code kept as it came: a newer peer may send codes this node does not
 * know. A known code takes its status and exit status from the catalogue; an unknown one the
 * given status (default 502, bad gateway) and exit status 1 (4 for a 401).
 */
export class RelayedError extends HanseError {
  constructor(code: string, message: string, opts: { status?: number } = {}) {
    super('PEER_ERROR', message)
    const known = isErrorCode(code) ? ERROR_CODES[code] : undefined
    const status = known?.status ?? opts.status ?? 502
    Object.defineProperty(this, 'code', { value: code === '' ? 'PEER_ERROR' : code })
    Object.defineProperty(this, 'status', { value: status })
    Object.defineProperty(this, 'exitCode', { value: known?.exit ?? (status === 401 ? 4 : 1) })
    Object.defineProperty(this, 'transient', { value: known?.transient ?? false })
  }
}

/** Normalise anything thrown into `{ code, message }` for logs, replies and the CLI. */
export function errorBody(err: unknown): { code: string; message: string } {
  if (err instanceof HanseError) return err.toJSON()
  if (err instanceof Error) {
    const raw = (err as Error & { code?: unknown }).code
    const code = typeof raw === 'string' ? raw : 'INTERNAL'
    return { code, message: err.message }
  }
  return { code: 'INTERNAL', message: String(err) }
}
