/**
 * Every error code hanse raises on purpose, once: the HTTP status the admin API answers with,
 * the CLI's exit status, whether it is transient (the same request may well succeed later
 * without anyone changing anything), and one line for operators. `HanseError` takes its status
 * and exit code from here; docs/errors.md is generated from this table (`npm run docs:errors`,
 * checked by a test). Modelled on fastify's error catalogue.
 *
 * Exit statuses: 1 the request failed, 2 usage or configuration, 3 the node cannot start on
 * this data dir, 4 not authorised, 5 no node to talk to.
 */
export interface ErrorSpec {
  status: number
  exit: 1 | 2 | 3 | 4 | 5
  transient: boolean
  doc: string
}

const e = (status: number, exit: ErrorSpec['exit'], transient: boolean, doc: string): ErrorSpec => ({ status, exit, transient, doc })

export const ERROR_CODES = {
  // requests and arguments
  BAD_REQUEST: e(400, 1, false, 'The request (API call or peer message) is malformed or out of bounds; the message names the field.'),
  BAD_ARGUMENT: e(400, 2, false, 'A command-line argument is missing or invalid.'),
  USAGE: e(400, 2, false, 'The command line is not understood (unknown command or option).'),
  ENV_INVALID: e(400, 2, false, 'An environment variable hanse reads (HANSE_CONFIG, HANSE_DATA_DIR, ...) is invalid.'),
  UNSAFE_PATH: e(400, 1, false, 'A path from outside is not a relative path of safe segments inside its root.'),
  NOT_FOUND: e(404, 1, false, 'No such route or object.'),
  FILE_EXISTS: e(409, 1, false, 'The output file exists; hanse does not overwrite it.'),
  INTERNAL: e(500, 1, false, 'An unexpected failure; the log has the details.'),

  // the compiled build (npm run build)
  BUILD_DIR_FOREIGN: e(409, 2, false, 'The project folder has a dist/ that is not a hanse build; the build never replaces it. Move it away.'),
  BUILD_FAILED: e(500, 1, false, 'The TypeScript compiler failed while compiling src/ into dist/; hanse start keeps running the sources.'),

  // admin API
  UNAUTHORIZED: e(401, 4, false, 'Missing or wrong bearer token; the CLI reads it from <dataDir>/admin.token.'),
  TOKEN_MISSING: e(401, 4, false, 'The admin token file is missing from the data dir.'),
  HOST_NOT_ALLOWED: e(421, 1, false, "The request's Host header is not the API's own address (DNS rebinding guard)."),
  HEADERS_TOO_LARGE: e(431, 1, false, 'The request headers exceed the limit.'),
  PAYLOAD_TOO_LARGE: e(413, 1, false, 'The request body exceeds the limit.'),
  METHOD_NOT_ALLOWED: e(405, 1, false, 'The route does not take this method.'),
  NOT_ACCEPTABLE: e(406, 1, false, 'The requested response format is not offered.'),
  UNSUPPORTED_MEDIA_TYPE: e(415, 1, false, 'The request body is not JSON.'),
  REQUEST_TIMEOUT: e(408, 1, true, 'The request did not arrive in time.'),
  TOO_MANY_REQUESTS: e(429, 1, true, 'Rate limited; try again shortly.'),
  API_DISABLED: e(409, 5, false, 'The node runs without its admin API (api.enabled: false).'),
  API_NOT_STARTED: e(500, 1, true, 'The admin API is not listening yet.'),
  NOT_READY: e(503, 1, true, 'The node is starting or stopping.'),
  UNHEALTHY: e(503, 1, true, 'The node answered its health check with a failure.'),
  RELOAD_UNAVAILABLE: e(409, 1, false, 'This node cannot reload its configuration.'),
  BAD_RESPONSE: e(502, 1, false, 'The node answered the CLI with something it does not understand.'),

  // node, data dir, configuration
  NODE_NOT_RUNNING: e(409, 5, false, 'No node is running for this data dir (or it is not running yet).'),
  NODE_NOT_FOUND: e(404, 2, false, 'No node configuration or runtime file was found for the command.'),
  NODE_STOPPING: e(503, 1, true, 'The node is stopping; the work is resumed at the next start.'),
  NET_NOT_STARTED: e(503, 1, true, 'The network is not started yet.'),
  PORT_IN_USE: e(500, 3, false, 'A configured port is used by another process.'),
  DATA_DIR_INVALID: e(500, 3, false, 'The data dir is not a directory hanse can use.'),
  DATA_DIR_PARENT_MISSING: e(500, 3, false, "The data dir's parent does not exist (usually a typo)."),
  DATA_DIR_LOCKED: e(409, 3, false, 'Another node uses this data dir.'),
  KEY_FILE_CORRUPT: e(500, 3, false, 'The node key file is unreadable; restore it from a backup.'),
  TOKEN_FILE_CORRUPT: e(500, 3, false, 'The admin token file is unreadable.'),
  STORE_OPEN_FAILED: e(500, 3, false, "The node's LevelDB could not be opened."),
  STORE_SCHEMA_UNSUPPORTED: e(500, 3, false, 'The data dir was written by a newer hanse.'),
  STORE_CLOSED: e(503, 1, true, 'The store is closed (the node is stopping).'),
  CONFIG_INVALID: e(400, 2, false, 'The config file is invalid; the message names the file, the key and the fix.'),
  CONFIG_NOT_FOUND: e(400, 2, false, 'No config file was found where hanse looked.'),
  CONFIG_UNREADABLE: e(400, 2, false, 'The config file cannot be read.'),
  CONFIG_YAML_INVALID: e(400, 2, false, 'The config file is not valid YAML (or uses aliases beyond the limit).'),
  POLICY_YAML_INVALID: e(400, 2, false, 'A policy file is not valid YAML.'),
  PSK_INVALID: e(400, 2, false, 'The pre-shared key file is not a libp2p swarm key.'),
  POLICY_INVALID: e(400, 2, false, 'A policy file is invalid.'),
  POLICY_DIR_INVALID: e(400, 2, false, 'The policies directory cannot be read.'),
  POLICY_NOT_FOUND: e(404, 2, false, 'No policy with that name.'),
  DATASET_INVALID: e(400, 2, false, 'A dataset in the config cannot be offered (missing, unreadable, unsafe).'),
  DEMO_DIR_IN_USE: e(409, 2, false, 'The demo folder holds something that is not an earlier demo.'),
  DEMO_FAILED: e(500, 1, false, 'A step of the demo did not behave; the output names it.'),
  LEDGER_CORRUPT: e(500, 3, false, 'The usage ledger is damaged; the node does not start on it.'),

  // peers and streams
  PEER_UNREACHABLE: e(502, 1, true, 'The peer cannot be reached now.'),
  PEER_BUSY: e(503, 1, true, 'The peer refused for load; try again shortly.'),
  PEER_TIMEOUT: e(504, 1, true, 'The peer did not answer in time.'),
  PEER_CLOSED: e(502, 1, true, 'The peer closed the stream before answering.'),
  PEER_ERROR: e(502, 1, false, 'The peer refused a message without a code.'),
  PROTOCOL_ERROR: e(502, 1, false, 'The peer broke the protocol (unexpected or inconsistent message).'),
  FRAME_TOO_LARGE: e(400, 1, false, 'A frame exceeds the protocol limit; the stream is reset.'),
  FRAME_MALFORMED: e(400, 1, false, 'A frame does not decode; the stream is reset.'),
  FRAME_TRUNCATED: e(400, 1, true, 'The stream ended inside a frame.'),
  STREAM_TIMEOUT: e(400, 1, true, 'The next message did not arrive within the idle timeout.'),
  STREAM_CLOSED: e(400, 1, true, 'The stream closed.'),
  UNAVAILABLE: e(503, 1, true, 'The peer could not process the message now; it is retried.'),
  BUSY: e(503, 1, true, 'The provider serves as many transfers as it may; resumed later.'),

  // trust
  NOT_A_MEMBER: e(403, 1, false, 'This node runs without membership (trust mode is not members).'),
  MEMBERSHIP_INVALID: e(403, 1, false, 'The peer is not a verified member of the data space.'),
  CREDENTIAL_MISSING: e(403, 1, false, 'No membership credential was presented.'),
  CREDENTIAL_MALFORMED: e(403, 1, false, 'The credential does not decode.'),
  CREDENTIAL_UNREADABLE: e(403, 1, false, 'The credential file cannot be read.'),
  CREDENTIAL_BAD_SIGNATURE: e(403, 1, false, "The credential's signature does not verify."),
  CREDENTIAL_UNKNOWN_AUTHORITY: e(403, 1, false, 'The credential is signed by an authority this node does not trust.'),
  CREDENTIAL_WRONG_PEER: e(403, 1, false, 'The credential is for another peer.'),
  CREDENTIAL_EXPIRED: e(403, 1, false, 'The credential has expired.'),
  CREDENTIAL_NOT_YET_VALID: e(403, 1, false, 'The credential is not valid yet.'),
  CREDENTIAL_REVOKED: e(403, 1, false, 'The authority revoked the credential.'),
  REVOCATIONS_MALFORMED: e(400, 1, false, 'The revocation list does not decode.'),
  REVOCATIONS_BAD_SIGNATURE: e(400, 1, false, "The revocation list's signature does not verify."),
  REVOCATIONS_UNKNOWN_AUTHORITY: e(400, 1, false, 'The revocation list is from another authority.'),
  AUTHORITY_EXISTS: e(409, 1, false, 'An authority key exists already; hanse does not overwrite it.'),
  AUTHORITY_NOT_FOUND: e(404, 1, false, 'No authority key in that folder.'),
  AUTHORITY_KEY_CORRUPT: e(500, 1, false, 'The authority key file is unreadable.'),

  // catalogue and negotiation
  OFFER_NOT_FOUND: e(404, 1, false, 'The provider shows no such offer to this node.'),
  OFFER_WITHDRAWN: e(409, 1, false, 'The offer was withdrawn while the negotiation ran.'),
  CATALOG_TOO_LARGE: e(502, 1, false, "A peer's catalogue is longer than one listing takes in (100,000 offers, 128 MiB); ask it with a query."),
  NEGOTIATION_NOT_FOUND: e(404, 1, false, 'No such negotiation (with this peer).'),
  AGREEMENT_NOT_FOUND: e(404, 1, false, 'No such agreement (with this peer, in this role).'),
  AGREEMENT_INVALID: e(422, 1, false, 'The agreement does not decode or does not match the negotiation.'),
  SIGNATURE_INVALID: e(422, 1, false, 'A signature on the agreement does not verify.'),
  INVALID_TRANSITION: e(409, 1, false, 'The state machine does not allow this step now.'),
  TOO_MANY_NEGOTIATIONS: e(429, 1, true, 'The peer has too many open negotiations with this node.'),
  POLICY_DENIED: e(403, 1, false, 'The policy does not allow it; the message gives the reasons.'),
  REJECTED: e(403, 1, false, 'The provider operator rejected the request.'),
  TERMINATED_BY_USER: e(409, 1, false, 'An operator ended it.'),

  // transfer
  TRANSFER_NOT_FOUND: e(404, 1, false, 'No such transfer.'),
  TRANSFER_FAILED: e(502, 1, true, 'The transfer stream failed; the download is resumed from its last verified chunk.'),
  SUSPENDED: e(409, 1, false, 'Suspended (by an operator); resume continues from the last verified chunk.'),
  CONSUMER_GONE: e(409, 1, true, 'Provider: the consumer went away mid-transfer; it may resume.'),
  ABANDONED: e(409, 1, false, 'Provider: the consumer did not resume in time.'),
  DATASET_UNAVAILABLE: e(404, 1, false, 'The dataset of the agreement is no longer offered.'),
  DATASET_CHANGED: e(409, 1, false, 'The dataset changed on the provider while it was sent.'),
  CHUNK_CORRUPT: e(502, 1, false, 'A chunk does not match its hash.'),
  DIGEST_MISMATCH: e(502, 1, false, 'The whole does not match the SHA-256 the provider announced.'),
  TRANSFER_FORMAT_UNSUPPORTED: e(400, 1, false, 'A DSP transfer request asks for a format hanse does not serve (it serves HttpData-PULL).'),
  TRANSFER_NOT_STARTED: e(409, 1, true, 'The data of a DSP transfer is served only while it is STARTED (not suspended, completed or terminated).'),
  RECEIPT_INVALID: e(422, 1, false, 'The receipt does not match the transfer or its signature.'),
  DISK_FULL: e(507, 1, false, 'No space left for the download; free some and resume.'),
  DESTINATION_EXISTS: e(409, 1, false, 'The destination exists; choose another or ask to overwrite.'),
  DESTINATION_BUSY: e(409, 1, false, 'Another download is filling this destination.'),
  DESTINATION_FORBIDDEN: e(400, 1, false, "The destination is the node's data dir or inside it, outside the receive dir."),
  DESTINATION_UNWRITABLE: e(500, 1, false, 'The destination cannot be written; fix it and resume.'),
  FINISH_FAILED: e(500, 1, false, 'The data is verified but could not be moved into place; fix it and resume.'),

  // Dataspace Protocol (DSP 2025-1) binding
  DSP_AUTH_REQUIRED: e(
    401,
    4,
    false,
    'A DSP request came without a valid Authorization header (a configured static token, or a self-issued token from a did:key participant).'
  ),
  DSP_INVALID_MESSAGE: e(
    400,
    1,
    false,
    'A DSP message is not valid against its DSP 2025-1 JSON Schema (or not JSON, or nested too deeply); the message names the field.'
  ),
  DSP_FILTER_UNSUPPORTED: e(400, 1, false, 'A DSP catalogue request carries a filter hanse does not support (an array of keywords is).'),
  DSP_TOKEN_FILE_INVALID: e(400, 2, false, 'A dsp.auth token file cannot be read or is not one line; the message names the file.'),
  DSP_TLS_INVALID: e(400, 2, false, 'The dsp.tls certificate or key cannot be read or does not load.'),
  DSP_COUNTERPARTY_ERROR: e(502, 1, false, 'A DSP counterparty answered with an error, or with something that is not valid DSP.'),
  DSP_UNREACHABLE: e(502, 1, true, 'A DSP counterparty cannot be reached now (connection refused, DNS, TLS, timeout).'),
  DSP_DISABLED: e(409, 1, false, 'The DSP binding is not enabled on this node (set dsp.enabled: true).'),
  DSP_ADDRESS_FORBIDDEN: e(
    502,
    1,
    false,
    'A DSP counterparty named a callback or data address this node does not send to: link-local or reserved, or loopback/private while dsp.destinations.private does not allow it.'
  ),
  TERMS_UNSUPPORTED: e(
    422,
    1,
    false,
    "A counterparty's offer has terms hanse cannot evaluate (an unknown left operand or value form); hanse does not agree to them."
  ),

  // decentralized identifiers and verifiable credentials (DCP)
  DID_INVALID: e(400, 1, false, 'Not a DID hanse can resolve (did:web or did:key), or a malformed one.'),
  DID_UNRESOLVABLE: e(502, 1, true, 'The DID document could not be fetched (connection, TLS, timeout, a status other than 200, a redirect).'),
  DID_DOCUMENT_INVALID: e(502, 1, false, 'The DID document is not JSON, too large, or its id is not the DID asked for.'),
  DID_KEY_NOT_FOUND: e(
    403,
    1,
    false,
    'The DID document has no usable key for this purpose (the kid named, with the verification relationship the protocol requires).'
  ),
  TOKEN_INVALID: e(401, 4, false, 'A self-issued token is malformed, badly signed, expired, replayed, or for another audience.'),
  PRESENTATION_INVALID: e(
    403,
    1,
    false,
    'A verifiable presentation does not hold: signature, holder, audience, validity, or it lacks the credential asked for.'
  ),
  CREDENTIAL_SERVICE_UNREACHABLE: e(502, 1, true, "The counterparty's CredentialService could not be queried."),
  STATUS_LIST_INVALID: e(502, 1, false, 'A BitstringStatusList credential cannot be fetched, does not verify, or does not decode.'),

  // ledger
  LEDGER_CLOSED: e(503, 1, true, 'The ledger is closed (the node is stopping).'),
  LEDGER_MISUSE: e(500, 1, false, 'A component used the ledger wrongly (a bug).'),
  LEDGER_PAYLOAD_TOO_LARGE: e(400, 1, false, 'A ledger entry payload exceeds the limit.'),
  CHECKPOINT_INVALID: e(400, 1, false, 'A checkpoint does not verify or does not fit the ledger.'),
  AUDIT_RUNNING: e(409, 1, true, 'An audit of this peer is running already.'),
  AUDIT_FAILED: e(502, 1, false, "The partner's ledger failed the audit; the report names the findings.")
} as const satisfies Record<string, ErrorSpec>

export type ErrorCode = keyof typeof ERROR_CODES

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code)
}
