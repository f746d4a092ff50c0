import { z } from 'zod'
import { isIP } from 'node:net'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { STREAM_IDLE_TIMEOUTS_MS } from '../wire/timeouts.ts'

/*
 * The node config schema: the one place that says which keys exist, their types and their
 * defaults. Every object is strict, so a misspelt key is an error rather than a silently
 * ignored setting. The README's configuration reference mirrors this file.
 */

function isMultiaddr(s: string): boolean {
  try {
    multiaddr(s)
    return true
  } catch {
    return false
  }
}
function isPeerId(s: string): boolean {
  try {
    peerIdFromString(s)
    return true
  } catch {
    return false
  }
}

const Multiaddr = z.string().refine(isMultiaddr, { message: 'expected a multiaddr such as /ip4/0.0.0.0/tcp/4001' })
const PeerId = z.string().refine(isPeerId, { message: 'expected a libp2p peer ID such as 12D3KooW…' })
const BootstrapAddr = z.string().refine(s => isMultiaddr(s) && /\/p2p\/[^/]+$/.test(s), {
  message: 'expected a multiaddr ending in /p2p/<peer id>, such as /ip4/10.0.0.5/tcp/4001/p2p/12D3KooW…'
})
const Ident = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][\w.:-]*$/, { message: 'expected an identifier: letters, digits, ".", "_", ":" or "-"' })
const Port = z.number().int().min(0).max(65535)

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export const NodeConfigSchema = z.strictObject({
  /** A readable name for this node; shown in status and logs. */
  name: z
    .string()
    .min(1)
    .max(128)
    .regex(/^[\w.-]+$/, { message: 'expected letters, digits, ".", "_" or "-"' }),
  /** Holds the node key, LevelDB, the admin token and received datasets. Relative paths are relative to the config file. */
  dataDir: z.string().min(1),
  network: z
    .strictObject({
      listen: z.array(Multiaddr).default(['/ip4/0.0.0.0/tcp/4001']),
      announce: z.array(Multiaddr).default([]),
      bootstrap: z.array(BootstrapAddr).default([]),
      mdns: z
        .strictObject({
          enabled: z.boolean().default(true),
          /** Own service tag so hanse nodes find each other and not every libp2p app on the LAN. */
          serviceTag: z.string().min(1).default('hanse.local'),
          intervalMs: z.number().int().min(1000).default(10_000)
        })
        .prefault({}),
      dht: z
        .strictObject({
          enabled: z.boolean().default(true)
        })
        .prefault({}),
      /** Peer exchange: members tell each other whom they know (signed peer records), so everyone reaches everyone. */
      peerExchange: z
        .strictObject({
          enabled: z.boolean().default(true),
          /** Peers' records kept and passed on at most. */
          maxPeers: z.number().int().min(1).max(1_000_000).default(4096)
        })
        .prefault({}),
      connections: z
        .strictObject({
          maxConnections: z.number().int().min(1).default(300),
          maxIncomingPendingConnections: z.number().int().min(1).default(64),
          /** New inbound connections accepted per second from one IP address (libp2p's inboundConnectionThreshold). */
          inboundPerHostPerSecond: z.number().int().min(1).default(5),
          dialTimeoutMs: z.number().int().min(100).default(10_000)
        })
        .prefault({})
    })
    .prefault({}),
  /**
   * Standard identity (DIDs and W3C Verifiable Credentials, Eclipse DCP) for DSP counterparties:
   * this node's DID, the credentials it presents, and the issuers whose credentials admit others.
   */
  identity: z
    .strictObject({
      /** This node's DID (`did:web:host[:path]` served by its DSP listener, or a did:key); default: the did:key of the node key. */
      did: z
        .string()
        .regex(/^did:(web|key):[A-Za-z0-9._:%-]{1,2000}$/, { message: 'expected a did:web or did:key DID, e.g. did:web:connector.example.com' })
        .optional(),
      /** Credential files (VC DM 2.0 `vc+jwt`, from `hanse authority issue`) this node presents, relative to the config file. */
      credentials: z.array(z.string().min(1)).default([]),
      /** DIDs of the issuers whose MembershipCredentials admit a DSP counterparty (DCP); more than one allowed. */
      trustedIssuers: z.array(z.string().regex(/^did:(web|key):[A-Za-z0-9._:%-]{1,2000}$/, { message: 'expected a did:web or did:key DID' })).default([]),
      /** A PEM file of extra CA certificates for did:web documents, CredentialServices and status lists on a private PKI. */
      ca: z.string().min(1).optional(),
      /** How long a verified counterparty's membership is trusted before its CredentialService is asked again. */
      membershipCacheMs: z.number().int().min(0).max(3_600_000).default(300_000),
      /** How long an issuer's status list is used before it is fetched again (a revocation takes at most this long). */
      statusListCacheMs: z.number().int().min(0).max(3_600_000).default(300_000)
    })
    .prefault({}),
  trust: z
    .strictObject({
      /**
       * `open`: any peer; `allowlist`: only the peer IDs listed; `members`: peers holding a valid
       * membership credential from one of `authorities`. Default: `members` when an authority is
       * configured, else `allowlist`.
       */
      mode: z.enum(['open', 'allowlist', 'members']).optional(),
      allowlist: z.array(PeerId).default([]),
      /** Ids of the data space authorities whose credentials count (`hanse authority init` prints one). */
      authorities: z.array(PeerId).default([]),
      /** This node's membership credential file, relative to the config file. */
      credential: z.string().min(1).optional(),
      /** The authority's signed revocation list file, relative to the config file; reloaded when it changes. */
      revocationList: z.string().min(1).optional(),
      /** In `members` mode: keep identify, ping and DHT with peers that are not (yet) members. */
      allowHousekeeping: z.boolean().default(true),
      /** How often the revocation list file and credential expiries are checked. */
      recheckMs: z.number().int().min(50).default(5_000),
      /** How long the membership exchange with a peer may take. */
      helloTimeoutMs: z.number().int().min(100).default(STREAM_IDLE_TIMEOUTS_MS.membership),
      /** Log a warning this many days before the node's own credential expires. */
      expiryWarningDays: z.number().int().min(0).default(14),
      /** A libp2p pre-shared key file (`/key/swarm/psk/1.0.0/`), relative to the config file: only nodes with the same key can connect at all. */
      psk: z.string().min(1).optional()
    })
    .prefault({}),
  policies: z
    .strictObject({
      /** Directory of policy files (*.yaml), relative to the config file. */
      dir: z.string().min(1).default('policies')
    })
    .prefault({}),
  catalog: z
    .strictObject({
      /** How long the federated catalogue waits for each peer. */
      peerTimeoutMs: z.number().int().min(100).max(120_000).default(5_000),
      /** How long a federated catalogue is served from cache. */
      cacheTtlMs: z.number().int().min(0).default(30_000)
    })
    .prefault({}),
  negotiation: z
    .strictObject({
      /** First retry delay of an undelivered negotiation message; doubles each attempt. */
      retryInitialDelayMs: z.number().int().min(10).default(250),
      retryMaxDelayMs: z.number().int().min(10).default(30_000),
      /** Attempts before the negotiation ends in TERMINATED with PEER_UNREACHABLE. */
      retryMaxAttempts: z.number().int().min(1).max(1000).default(10),
      /** How long one negotiation message waits for the peer's reply (and the consumer for the offer). */
      requestTimeoutMs: z.number().int().min(100).max(120_000).default(10_000),
      /** Open negotiations one peer may have with this node; more are refused (flood guard). */
      maxOpenPerPeer: z.number().int().min(1).default(256),
      /**
       * How long the write of a transition whose message went out ahead of it (the consumer's
       * request, the provider's agreement) waits for the counterparty's answer, so that both
       * transitions share one synced write. 0 writes it at once.
       */
      lingerMs: z.number().int().min(0).max(1000).default(5)
    })
    .prefault({}),
  transfer: z
    .strictObject({
      /** Unit of verification and resumption; at most 4 MiB. */
      chunkSizeBytes: z
        .number()
        .int()
        .min(16 * 1024)
        .max(4 * 1024 * 1024)
        .default(1024 * 1024),
      /** The provider re-checks the agreement while streaming at least this often (bytes, ms). */
      recheckEveryBytes: z
        .number()
        .int()
        .min(1)
        .default(8 * 1024 * 1024),
      recheckEveryMs: z.number().int().min(1).default(2_000),
      /** Concurrent transfer streams one peer may open to this node. */
      maxStreamsPerPeer: z.number().int().min(1).max(1024).default(8),
      /** Transfers served at once over all peers; more are refused with BUSY. */
      maxConcurrent: z.number().int().min(1).default(64),
      /** Where received datasets go by default; relative to the data dir. */
      receiveDir: z.string().min(1).default('received'),
      /** Chunk hashes are sent in runs of this many, each right before its chunks (bounds frames and memory). */
      hashRunChunks: z.number().int().min(16).max(16_384).default(4096),
      /** A download cut by the network is resumed automatically this many times, after a backoff
       * doubling from retryBaseMs up to retryMaxMs; verified progress resets the count. */
      retryAttempts: z.number().int().min(0).default(8),
      retryBaseMs: z.number().int().min(1).default(500),
      retryMaxMs: z.number().int().min(1).default(30_000),
      /** Provider: a transfer whose consumer went away mid-stream (reset, terminated, vanished) is
       * SUSPENDED; if it is not resumed within this long it is TERMINATED (ABANDONED). */
      abandonAfterMs: z.number().int().min(100).default(600_000),
      /** A download onto the data dir's disk stops (DISK_FULL) while this much would still be free:
       * room for the node's store, which must go on writing. 0: no reserve. */
      diskReserveBytes: z
        .number()
        .int()
        .min(0)
        .max(2 ** 50)
        .default(512 * 1024 * 1024)
    })
    .prefault({}),
  /** Datasets this node offers; each binds one or more offers to a named policy. */
  datasets: z
    .array(
      z.strictObject({
        id: Ident,
        title: z.string().min(1).max(512),
        description: z.string().max(8192).default(''),
        keywords: z.array(z.string().min(1).max(64)).max(64).default([]),
        license: z.string().max(256).default(''),
        mediaType: z.string().max(128).default('application/octet-stream'),
        /** A file or a directory on local disk; relative to the config file. */
        source: z.string().min(1),
        offers: z
          .array(
            z.strictObject({
              /** Default: `<dataset id>` for the first offer, `<dataset id>:<policy>` for others. */
              id: Ident.optional(),
              policy: Ident,
              /** `manual`: the operator approves each negotiation. */
              approval: z.enum(['auto', 'manual']).default('auto')
            })
          )
          .min(1)
      })
    )
    .default([]),
  api: z
    .strictObject({
      enabled: z.boolean().default(true),
      host: z.string().min(1).default('127.0.0.1'),
      port: Port.default(7480)
    })
    .prefault({}),
  /** The Dataspace Protocol (DSP 2025-1) HTTPS binding: how EDC-based connectors reach this node. */
  dsp: z
    .strictObject({
      enabled: z.boolean().default(false),
      listen: z
        .strictObject({
          host: z.string().min(1).default('0.0.0.0'),
          port: Port.default(8282)
        })
        .prefault({}),
      /** HTTPS when set (PEM files, relative to the config file); plain HTTP otherwise (behind a TLS proxy, or loopback). */
      tls: z.strictObject({ cert: z.string().min(1), key: z.string().min(1) }).optional(),
      /** How counterparties reach this listener (scheme, host, port, optional path); default: the listen address. */
      publicUrl: z
        .string()
        .url()
        .refine(s => /^https?:\/\//.test(s) && !s.includes('?') && !s.includes('#'), { message: 'expected an http(s) URL without query or fragment' })
        .optional(),
      /** This node's DSP participant id; default: the did:key of the node key. */
      participantId: z.string().min(1).max(256).optional(),
      auth: z
        .strictObject({
          /** Static tokens, one per counterparty: it sends `Authorization: <file content>` and is known by this participant id. */
          tokens: z.array(z.strictObject({ participantId: z.string().min(1).max(256), tokenFile: z.string().min(1) })).default([]),
          /** Tokens this node sends to counterparties whose DSP URL starts with `url` (else a self-issued token). */
          send: z.array(z.strictObject({ url: z.string().url(), tokenFile: z.string().min(1) })).default([]),
          /** Accept self-issued EdDSA tokens from did:key participants (hanse nodes; the next step resolves did:web). */
          selfIssued: z.boolean().default(true)
        })
        .prefault({}),
      /** Requests one counterparty (or one address, before it is known) may make per minute. */
      requestsPerMinute: z.number().int().min(1).default(600),
      /** Largest request body accepted. */
      maxBodyBytes: z
        .number()
        .int()
        .min(1024)
        .max(16 * 1024 * 1024)
        .default(256 * 1024),
      /** A request must arrive in full within this long. */
      requestTimeoutMs: z.number().int().min(100).max(120_000).default(10_000),
      /**
       * Open connections to the listener at once, from everyone; more are closed as they arrive.
       * Each takes a file descriptor, which the node's LevelDB and libp2p need too.
       */
      maxConnections: z.number().int().min(8).max(65_536).default(1024),
      /**
       * Where a counterparty may send this node (its callback address, a transfer's data address,
       * its did:web and the CredentialService that names):
       * never to link-local or reserved addresses; to loopback and private ones when `private` is
       * `allow`, or `auto` and this node's publicUrl is not public (unset, a private address, a
       * name with no dot or a local-only name); to the networks in `allow` always (src/dsp/destinations.ts).
       */
      destinations: z
        .strictObject({
          private: z.enum(['auto', 'allow', 'deny']).default('auto'),
          allow: z
            .array(
              z
                .string()
                .max(64)
                .refine(s => parseNetwork(s) !== undefined, { message: "expected an IP address or a network in CIDR notation, e.g. '10.20.0.0/16'" })
            )
            .max(256)
            .default([])
        })
        .prefault({}),
      /**
       * The trigger the official DSP TCK POSTs to for its consumer scenarios (its
       * negotiation.initiate.url and transfer.initiate.url). It starts negotiations and transfers
       * without the admin token: for conformance runs only, on loopback.
       */
      tck: z
        .strictObject({
          enabled: z.boolean().default(false),
          host: z.string().min(1).default('127.0.0.1'),
          port: Port.default(8687)
        })
        .prefault({})
    })
    .prefault({}),
  logging: z
    .strictObject({
      level: z.enum(LOG_LEVELS).default('info'),
      pretty: z.union([z.literal('auto'), z.boolean()]).default('auto')
    })
    .prefault({})
})

/** A CIDR (`10.20.0.0/16`, `fd00::/8`) or a single address; undefined when it is neither. */
export function parseNetwork(s: string): { net: string; prefix: number; type: 'ipv4' | 'ipv6' } | undefined {
  const m = /^([^/]+)(?:\/(\d{1,3}))?$/.exec(s.trim())
  if (m === null) return undefined
  const v = isIP(m[1] as string)
  if (v === 0) return undefined
  const max = v === 4 ? 32 : 128
  const prefix = m[2] === undefined ? max : Number(m[2])
  if (prefix > max) return undefined
  return { net: m[1] as string, prefix, type: v === 4 ? 'ipv4' : 'ipv6' }
}

/** The config as the schema yields it, before paths are resolved. */
export type NodeConfigInput = z.input<typeof NodeConfigSchema>
export type ParsedNodeConfig = z.output<typeof NodeConfigSchema>

export type TrustMode = 'open' | 'allowlist' | 'members'

/** The validated, resolved and frozen config that components receive. */
export type NodeConfig = Readonly<
  Omit<ParsedNodeConfig, 'trust'> & {
    /** The trust section with its mode decided (see the schema's default). */
    trust: Omit<ParsedNodeConfig['trust'], 'mode'> & { mode: TrustMode }
    /** Absolute path of the file it came from (or `<inline>`). */
    source: string
  }
>
