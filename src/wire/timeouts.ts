/**
 * How long each protocol's side waits for the next message on a stream before it gives up on
 * it and resets it: the one place these values live (the components' defaults and the config
 * schema take them from here; the README's wire protocol table is checked against it).
 */
export const STREAM_IDLE_TIMEOUTS_MS = {
  /** `/hanse/catalog/1.0.0`: a consumer pages through quickly or not at all. */
  catalog: 10_000,
  /** `/hanse/ledger/1.0.0`: an audit page may need many proof reads. */
  ledger: 15_000,
  /** `/hanse/negotiation/1.0.0`: streams are pooled and reused between messages. */
  negotiation: 30_000,
  /** `/hanse/transfer/1.0.0`: a provider may pause while a consumer's disk catches up. */
  transfer: 30_000,
  /** `/hanse/membership/1.0.0`: one hello each way (`trust.helloTimeoutMs`). */
  membership: 5_000,
  /** `/hanse/pex/1.0.0`: one push of signed peer records, then close. */
  pex: 10_000
} as const
