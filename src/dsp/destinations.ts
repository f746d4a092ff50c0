import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import { BlockList, isIP, type LookupFunction } from 'node:net'
import { parseNetwork } from '../config/index.ts'
import { HanseError } from '../errors/index.ts'

/*
 * Where a DSP counterparty may send this node. A consumer names its callback address, a provider
 * the data address of a transfer: both are URLs a stranger chose, and without a check either
 * could point this node at what only it can reach (a cloud metadata service, an admin port on
 * loopback, a database on the company network): server-side request forgery, see
 * https://owasp.org/www-community/attacks/Server_Side_Request_Forgery.
 *
 * Link-local, unspecified, multicast and reserved addresses are never a counterparty's
 * (169.254.169.254 is the metadata service of most clouds). Loopback and private addresses are a
 * counterparty's only in a data space that lives on such a network: `dsp.destinations.private`
 * says whether this node is in one (`auto`: when its own DSP address, `dsp.publicUrl`, is not a
 * public one). `dsp.destinations.allow` names networks that are always allowed.
 *
 * The check runs on every address a host name resolves to, when the connection is made (so a
 * name that resolves to a public address first and a private one later gains nothing), and on
 * an address written in the URL itself (which Node connects to without a lookup).
 */

export type AddressKind = 'public' | 'loopback' | 'private' | 'forbidden'

function list(entries: Array<[string, number, 'ipv4' | 'ipv6']>): BlockList {
  const b = new BlockList()
  for (const [net, prefix, type] of entries) b.addSubnet(net, prefix, type)
  return b
}

const LOOPBACK = list([
  ['127.0.0.0', 8, 'ipv4'],
  ['::1', 128, 'ipv6']
])
// RFC 1918, RFC 6598 (carrier-grade NAT), RFC 4193 (unique local)
const PRIVATE = list([
  ['10.0.0.0', 8, 'ipv4'],
  ['172.16.0.0', 12, 'ipv4'],
  ['192.168.0.0', 16, 'ipv4'],
  ['100.64.0.0', 10, 'ipv4'],
  ['fc00::', 7, 'ipv6']
])
// link-local (RFC 3927, RFC 4291), "this network" and unspecified, multicast, reserved and
// broadcast (BlockList judges an IPv4-mapped IPv6 address by the IPv4 rules too)
const FORBIDDEN = list([
  ['169.254.0.0', 16, 'ipv4'],
  ['0.0.0.0', 8, 'ipv4'],
  ['224.0.0.0', 4, 'ipv4'],
  ['240.0.0.0', 4, 'ipv4'],
  ['fe80::', 10, 'ipv6'],
  ['ff00::', 8, 'ipv6'],
  ['::', 128, 'ipv6']
])

/** What kind of address `ip` is (an IPv4 or IPv6 address, no brackets). */
export function addressKind(ip: string): AddressKind {
  const v = isIP(ip)
  if (v === 0) return 'forbidden'
  const type = v === 4 ? 'ipv4' : 'ipv6'
  if (v === 6) {
    // ::ffff:a.b.c.d and ::a.b.c.d: the IPv4 address inside decides
    const inner = /^::(?:ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip)?.[1]
    if (inner !== undefined) return addressKind(inner)
  }
  try {
    if (LOOPBACK.check(ip, type)) return 'loopback'
    if (FORBIDDEN.check(ip, type)) return 'forbidden'
    if (PRIVATE.check(ip, type)) return 'private'
  } catch {
    return 'forbidden' // (an address BlockList cannot read, e.g. with a zone: not a counterparty's)
  }
  return 'public'
}

/** A URL's hostname without the brackets of an IPv6 address. */
const bare = (hostname: string): string => hostname.replace(/^\[|\]$/g, '')

/** Names that only mean something on a private network (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal). */
const LOCAL_NAME = /(^|\.)(localhost|local|internal|lan|home\.arpa)$/i

/**
 * `auto`: does this node live on a private network? Yes when it has no public URL, or its
 * public URL's host is a loopback or private address, a name with no dot (a container's service
 * name) or a local-only name; no for a public address or a public DNS name.
 */
export function privateNetworkNode(publicUrl: string | undefined): boolean {
  if (publicUrl === undefined) return true
  const host = bare(new URL(publicUrl).hostname)
  if (isIP(host) !== 0) return addressKind(host) === 'loopback' || addressKind(host) === 'private'
  return !host.includes('.') || LOCAL_NAME.test(host)
}

export class AddressForbiddenError extends HanseError {
  constructor(message: string) {
    super('DSP_ADDRESS_FORBIDDEN', message)
  }
}

export interface DestinationsInit {
  /** Loopback and private addresses are allowed (`dsp.destinations.private`, resolved from `auto`). */
  privateAllowed: boolean
  /** Networks always allowed (`dsp.destinations.allow`). */
  allow: readonly string[]
}

/** The check of counterparty-named addresses; `lookup` goes into the connections made to them. */
export class DestinationGuard {
  private readonly init: DestinationsInit
  private readonly allowed = new BlockList()

  constructor(init: DestinationsInit) {
    this.init = init
    for (const s of init.allow) {
      const n = parseNetwork(s)
      if (n === undefined) throw new HanseError('CONFIG_INVALID', `dsp.destinations.allow: '${s}' is not an address or a network (CIDR)`)
      this.allowed.addSubnet(n.net, n.prefix, n.type)
    }
  }

  /** Throws DSP_ADDRESS_FORBIDDEN unless a counterparty may send this node to `ip`. */
  check(ip: string, host = ip): void {
    const v = isIP(ip)
    if (v !== 0 && this.allowed.check(ip, v === 4 ? 'ipv4' : 'ipv6')) return
    const kind = addressKind(ip)
    if (kind === 'public') return
    if ((kind === 'loopback' || kind === 'private') && this.init.privateAllowed) return
    const what = kind === 'forbidden' ? 'a link-local, unspecified, multicast or reserved address' : `a ${kind} address`
    const fix =
      kind === 'forbidden'
        ? 'list it in dsp.destinations.allow if it really is a counterparty'
        : "set dsp.destinations.private to 'allow' if this data space lives on a private network, or list the network in dsp.destinations.allow"
    throw new AddressForbiddenError(`a counterparty named ${host}${host === ip ? '' : ` (${ip})`}, ${what}; this node does not send there (${fix})`)
  }

  /** The check for a URL's host when it is an address (Node connects to those without a lookup). */
  checkHost(hostname: string): void {
    const host = bare(hostname)
    if (isIP(host) !== 0) this.check(host)
  }

  /**
   * The check of a URL as a message brings it, before anything is stored (a request that names a
   * callback at an address this node would never write to is refused at once, before a use is
   * counted). Only an address written in the URL: a name is resolved when a connection is made
   * (a lookup here would let a stranger's slow DNS hold the threads LevelDB's work runs on).
   */
  checkUrl(url: string): void {
    this.checkHost(new URL(url).hostname)
  }

  /** `lookup` for net.connect: resolves as dns.lookup does, then checks every address. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err !== null) {
        callback(err, '', 0)
        return
      }
      try {
        for (const a of addresses) this.check(a.address, hostname)
      } catch (e) {
        callback(e as NodeJS.ErrnoException, '', 0)
        return
      }
      if (options.all === true) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      else callback(null, addresses[0]?.address ?? '', addresses[0]?.family ?? 4)
    })
  }
}
