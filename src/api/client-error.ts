import type { Duplex } from 'node:stream'

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }

/**
 * An error the HTTP parser raises before any route runs (431 headers too large, 408 a request
 * that did not arrive in time, 400 a bad request line) answered with the server's own error body
 * (`render`), then the connection closed. Shared by the admin API and the DSP listener.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex, render: (status: number, code: string, message: string) => unknown): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
  const code = status === 431 ? 'HEADERS_TOO_LARGE' : status === 408 ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST'
  const message = status === 431 ? 'request headers are too large' : `malformed or late HTTP request (${err.code ?? 'unknown'})`
  const body = JSON.stringify(render(status, code, message))
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
  )
}
