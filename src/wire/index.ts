/**
 * The framing every hanse protocol shares: length-prefixed protobuf frames on libp2p streams,
 * with size limits and idle timeouts, served and opened through a narrow host interface.
 */
export * from './frames.ts'
export * from './ids.ts'
export * from './serve.ts'
export { StreamPool, type StreamPoolInit } from './pool.ts'
export { hanse } from './gen/hanse.js'
