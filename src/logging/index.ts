import { createRequire } from 'node:module'
import { pino, type Logger, type LevelWithSilent } from 'pino'
import type { PrettyOptions, PrettyStream } from 'pino-pretty'

export type { Logger }
export { Throttle } from './throttle.ts'

export interface LoggingInit {
  level: LevelWithSilent
  /** `auto` pretty-prints only when a person is at a terminal; machines get NDJSON. */
  pretty: 'auto' | boolean
  /** Where NDJSON goes; defaults to stdout. Tests pass a stream to inspect records. */
  destination?: NodeJS.WritableStream
  isTTY?: boolean
}

/**
 * Keys that never reach a log line in clear. pino's redaction works on paths, so we list
 * the places secrets can appear: admin tokens, auth headers, key material.
 */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'adminToken',
  '*.adminToken',
  'privateKey',
  '*.privateKey',
  'key',
  '*.key',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization'
]

export function createLogger(init: LoggingInit): Logger {
  const usePretty = init.pretty === 'auto' ? (init.isTTY ?? false) : init.pretty
  const opts = {
    level: init.level,
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime
  }
  if (usePretty) {
    // loaded only for a person at a terminal: a node under a supervisor never needs it (~10 MiB)
    const pretty = createRequire(import.meta.url)('pino-pretty') as (o: PrettyOptions) => PrettyStream
    return pino(opts, pretty({ colorize: true, sync: true, destination: init.destination ?? 1 }))
  }
  if (init.destination !== undefined) return pino(opts, init.destination)
  return pino(opts, pino.destination({ dest: 1, sync: true }))
}

/** A logger that writes nothing; for unit tests and the CLI's quiet paths. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' })
}
