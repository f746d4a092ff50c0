/**
 * Dataset transfer: verified, resumable pull under an agreement, on a data plane (libp2p:
 * `/hanse/transfer/1.0.0`).
 */
export { TransferService } from './service.ts'
export { destinationOf } from './consumer.ts'
export { checkFileList, exists, tagOf, writeAll } from './finish.ts'
export { admitUse } from './usage.ts'
export { fileSystemProbe, spaceCheck, type SpaceProbe } from './space.ts'
export {
  TransferError,
  transferDefaults,
  TRANSITIONS,
  canMove,
  moveTo,
  type TransferInit,
  type TransferRecord,
  type TransferState,
  type Progress,
  type Usage
} from './records.ts'
export { Libp2pTransferPlane, TRANSFER_PROTOCOL, type TransferDataPlane } from './dataplane.ts'
export type { TransferComponents } from './side.ts'
export { transferRoutes, transferView } from './routes.ts'
