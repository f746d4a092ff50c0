/**
 * Decentralized identifiers: DID documents (did:web, did:key), their resolution with bounded
 * fetches and a cache, picking the key a protocol step may use, and compact JWS with node:crypto.
 * https://www.w3.org/TR/did-core/
 */
export {
  DCP_CONTEXT,
  DID_CONTEXT,
  checkDid,
  didKeyDocument,
  didWebPath,
  didWebUrl,
  documentProblem,
  keyFor,
  nodeDidDocument,
  serviceEndpoint,
  type DidDocument,
  type DidService,
  type Relationship,
  type VerificationMethod
} from './document.ts'
export { DidResolver, didResolverDefaults, type DidResolution, type DidResolverInit } from './resolver.ts'
export { bearerJwt, decodeJws, keyFromJwk, signEdDsa, verifyJws, CLOCK_TOLERANCE_S, MAX_JWS, MAX_TOKEN_AGE_S, ReplayCache, type DecodedJws } from './jws.ts'
export { fetchBounded, postBounded, type FetchLimits } from './fetch.ts'
