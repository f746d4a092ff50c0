export { Ledger, type UsageLog, type LedgerInit, type LedgerComponents, type LedgerQuery, type VerifyReport, type VerifyProblem } from './ledger.ts'
export { LedgerError, canonicalJson, openCheckpoint, seqKey, type CheckpointView, type EntryView, type LedgerInput } from './entry.ts'
export { verifyConsistency, verifyInclusion, leafHash, EMPTY_ROOT } from './merkle.ts'
