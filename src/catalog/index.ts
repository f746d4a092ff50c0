/**
 * Datasets, offers and the catalogue protocol `/hanse/catalog/1.0.0`.
 */
export {
  DatasetRegistry,
  checkBindings,
  checkDatasetSources,
  manifestDigest,
  sha256File,
  type DatasetInfo,
  type DatasetFile,
  type OfferInfo
} from './datasets.ts'
export {
  CatalogService,
  CatalogError,
  CATALOG_PROTOCOL,
  catalogDefaults,
  offerToWire,
  type CatalogInit,
  type RemoteOffer,
  type CatalogPage,
  type FederatedCatalog
} from './service.ts'
export { catalogRoutes } from './routes.ts'
