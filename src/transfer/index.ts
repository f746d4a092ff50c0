/**
 * Dataset transfer over `/hanse/transfer/1.0.0`: verified, resumable pull under an agreement.
 */
export {
  TransferService,
  TransferError,
  TRANSFER_PROTOCOL,
  transferDefaults,
  type TransferInit,
  type TransferRecord,
  type TransferState,
  type Progress
} from './service.ts'
export { transferRoutes, transferView } from './routes.ts'
