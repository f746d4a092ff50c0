/**
 * The Dataspace Protocol (DSP 2025-1) HTTPS binding: the listener, the authentication of
 * counterparties, the catalogue endpoints, schema validation, and the client hanse uses as a
 * DSP consumer. https://eclipse-dataspace-protocol-base.github.io/DataspaceProtocol/2025-1/
 */
export { DspServer, DspError, errorDocument, VERSION_PATH, type DspRoutes, type DspRequestContext, type DspServerComponents } from './server.ts'
export { dspCatalogRoutes, datasetDocument, dataService, type DspCatalogSource } from './catalog.ts'
export {
  AnyOf,
  SelfIssuedTokens,
  StaticTokens,
  readTokenFile,
  type AuthResult,
  type Counterparty,
  type DspAuthenticator
} from './auth.ts'
export { dspProblem, depthOf, MAX_DEPTH, SCHEMA_OF, type DspType } from './validate.ts'
export { DSP_CONTEXT, DSP_VERSION, HTTP_PULL, dspDefaults, type DspInit } from './types.ts'
export { DspClient, DspCounterpartyError, dspClientDefaults, baseFromVersions, type DspClientInit } from './client.ts'
export { DspNegotiationBinding, negotiationDocument } from './negotiation.ts'
export { fromDspMessage, toDspMessage, HANSE_NS } from './messages.ts'
export { dspAdminRoutes, dspCatalog, type DspCatalogView, type DspOfferView } from './admin.ts'
export { DspTransfers } from './transfer.ts'
export { transferDocument, type DspTransferRecord } from './transfer-records.ts'
export { dspTransferRoutes, dspDataRoutes } from './transfer-routes.ts'
export { serveData, pull, type DataAddress } from './dataplane.ts'
export { DspLedgerRemote, dspLedgerRoutes } from './ledger.ts'
export { DestinationGuard, addressKind, privateNetworkNode, type AddressKind, type DestinationsInit } from './destinations.ts'
export { TckTrigger, type TckTriggerComponents, type TckTriggerInit } from './tck.ts'
