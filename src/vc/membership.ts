import type { Clock } from '../clock/index.ts'
import { fetchBounded, type DidResolution } from '../did/index.ts'
import { HanseError } from '../errors/index.ts'
import type { MemberFacts } from '../policy/index.ts'
import { HANSE_VC_CONTEXT, MEMBERSHIP_TYPE, VC_V2_CONTEXT, verifyCredential, type Credential, type VerifiedCredential } from './credential.ts'
import { decodeStatusList, readStatusEntry, statusBit, statusEntry } from './status.ts'

/*
 * The data space's MembershipCredential: a VC DM 2.0 credential an authority (issuer) gives a
 * member, whose subject is the member's DID, with what policies read (organisation, country,
 * attributes), revocable through the issuer's BitstringStatusList.
 */

export const COUNTRY = /^[A-Z]{2}$/
export const ATTRIBUTE_KEY = /^[A-Za-z][\w-]{0,63}$/

export interface MembershipClaims {
  orgName: string
  orgId: string
  country: string
  attributes: Record<string, string>
}

export function membershipCredential(o: {
  id: string
  issuer: string
  subject: string
  claims: MembershipClaims
  validFrom: number
  validUntil: number
  status?: { url: string; index: number }
}): Credential {
  if (!COUNTRY.test(o.claims.country)) throw new HanseError('BAD_ARGUMENT', `country must be an ISO 3166-1 alpha-2 code such as DE, not "${o.claims.country}"`)
  for (const k of Object.keys(o.claims.attributes))
    if (!ATTRIBUTE_KEY.test(k)) throw new HanseError('BAD_ARGUMENT', `attribute key "${k}" must start with a letter and hold letters, digits, _ or -`)
  if (!(o.validUntil > o.validFrom)) throw new HanseError('BAD_ARGUMENT', 'a credential must expire after it is valid')
  return {
    '@context': [VC_V2_CONTEXT, HANSE_VC_CONTEXT],
    id: o.id,
    type: ['VerifiableCredential', MEMBERSHIP_TYPE],
    issuer: o.issuer,
    validFrom: new Date(o.validFrom).toISOString(),
    validUntil: new Date(o.validUntil).toISOString(),
    credentialSubject: {
      id: o.subject,
      orgName: o.claims.orgName,
      orgId: o.claims.orgId,
      country: o.claims.country,
      ...(Object.keys(o.claims.attributes).length === 0 ? {} : { attributes: o.claims.attributes })
    },
    ...(o.status === undefined ? {} : { credentialStatus: statusEntry(o.status.url, o.status.index) })
  }
}

const text = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '')

/** What a verified MembershipCredential tells policies. */
export function membershipFacts(vc: VerifiedCredential): MemberFacts {
  const s = (Array.isArray(vc.credential.credentialSubject) ? vc.credential.credentialSubject[0] : vc.credential.credentialSubject) ?? {}
  const attributes: Record<string, string> = {}
  const a = s.attributes
  if (typeof a === 'object' && a !== null)
    for (const [k, v] of Object.entries(a).slice(0, 64)) if (ATTRIBUTE_KEY.test(k) && typeof v === 'string') attributes[k] = v.slice(0, 256)
  const country = text(s.country, 2).toUpperCase()
  return { did: vc.subject, orgId: text(s.orgId, 256), orgName: text(s.orgName, 256), country: COUNTRY.test(country) ? country : '', attributes }
}

export interface StatusListsInit {
  cacheMs: number
  timeoutMs: number
  maxBytes: number
  ca?: string
}

/**
 * Revocation checks against issuers' BitstringStatusList credentials, fetched (http or https: the
 * list is signed), verified as the issuer's, cached for `cacheMs`.
 */
export class StatusLists {
  private readonly c: { clock: Clock; resolver: DidResolution }
  private readonly init: StatusListsInit
  private readonly cache = new Map<string, { issuer: string; bits: Uint8Array; until: number }>()

  constructor(components: { clock: Clock; resolver: DidResolution }, init: Partial<StatusListsInit> = {}) {
    this.c = components
    this.init = { cacheMs: 5 * 60_000, timeoutMs: 5_000, maxBytes: 1024 * 1024, ...init }
  }

  /** Throws CREDENTIAL_REVOKED when the credential's revocation bit is set; STATUS_LIST_INVALID when it cannot tell. */
  async check(vc: VerifiedCredential): Promise<void> {
    if (vc.credential.credentialStatus === undefined) return
    const entry = readStatusEntry(vc.credential.credentialStatus)
    if ('problem' in entry) throw new HanseError('STATUS_LIST_INVALID', `the credential's status: ${entry.problem}`)
    if (entry.purpose !== 'revocation' && entry.purpose !== 'suspension') return
    const list = await this.list(entry.url)
    // a list published by someone else cannot revoke (or clear) this issuer's credentials
    if (list.issuer !== vc.issuer)
      throw new HanseError('STATUS_LIST_INVALID', `the status list at ${entry.url} is issued by ${list.issuer}, not by ${vc.issuer}`)
    if (statusBit(list.bits, entry.index))
      throw new HanseError('CREDENTIAL_REVOKED', `${vc.issuer} has revoked the credential (${entry.url} bit ${entry.index})`)
  }

  /** Drop a cached list (the issuer published a new one). */
  forget(url: string): void {
    this.cache.delete(url)
  }

  private async list(url: string): Promise<{ issuer: string; bits: Uint8Array }> {
    const now = this.c.clock.now()
    const cached = this.cache.get(url)
    if (cached !== undefined && cached.until > now) return cached
    let jwt: string
    try {
      jwt = (
        await fetchBounded(url, {
          timeoutMs: this.init.timeoutMs,
          maxBytes: this.init.maxBytes,
          ca: this.init.ca,
          allowHttp: true,
          accept: 'application/vc+jwt'
        })
      ).trim()
    } catch (err) {
      throw new HanseError('STATUS_LIST_INVALID', `cannot fetch the status list: ${(err as Error).message}`, { cause: err })
    }
    const vc = await verifyCredential(jwt, { resolver: this.c.resolver, now }).catch((err: Error) => {
      throw new HanseError('STATUS_LIST_INVALID', `the status list at ${url} does not verify: ${err.message}`, { cause: err })
    })
    if (!vc.types.includes('BitstringStatusListCredential')) throw new HanseError('STATUS_LIST_INVALID', `${url} is not a BitstringStatusListCredential`)
    const subject = (Array.isArray(vc.credential.credentialSubject) ? vc.credential.credentialSubject[0] : vc.credential.credentialSubject) ?? {}
    const bits = decodeStatusList(subject.encodedList)
    const until = Math.min(now + this.init.cacheMs, vc.validUntil ?? Number.POSITIVE_INFINITY)
    const fresh = { issuer: vc.issuer, bits, until }
    this.cache.set(url, fresh)
    if (this.cache.size > 256) this.cache.delete(this.cache.keys().next().value as string)
    return fresh
  }
}

/** The BitstringStatusListCredential an issuer publishes at `url` (sign it with signCredential). */
export function statusListCredential(o: { url: string; issuer: string; encodedList: string; validFrom: number; validUntil?: number }): Credential {
  return {
    '@context': [VC_V2_CONTEXT],
    id: o.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: o.issuer,
    validFrom: new Date(o.validFrom).toISOString(),
    ...(o.validUntil === undefined ? {} : { validUntil: new Date(o.validUntil).toISOString() }),
    credentialSubject: { id: `${o.url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: o.encodedList }
  }
}
