/**
 * Every error hanse raises on purpose is a HanseError with a stable `code`.
 * The code is what crosses the wire, the admin API (`{ "error": { "code", "message" } }`)
 * and the CLI (printed, and mapped to the exit status). Tests assert the code, never the text.
 */
export class HanseError extends Error {
  readonly code: string
  /** HTTP status the admin API answers with when this error reaches it. */
  readonly status: number
  /** Process exit status the CLI uses for it. */
  readonly exitCode: number

  constructor(code: string, message: string, opts: { status?: number; exitCode?: number; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause })
    this.name = new.target.name
    this.code = code
    this.status = opts.status ?? 500
    this.exitCode = opts.exitCode ?? 1
  }

  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message }
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
