import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { generateKey } from '@libp2p/pnet'
import { HanseError } from '../errors/index.ts'
import {
  initAuthority,
  initIssuer,
  issue,
  issueVc,
  loadAuthority,
  revoke,
  revokeVc,
  signedFromCredentialFile,
  verifyCredential,
  DID_DOCUMENT,
  REVOCATIONS,
  STATUS_JWT
} from '../trust/index.ts'
import { collect } from '../client/format.ts'
import type { CliContext } from './catalog.ts'

const DAY = 24 * 3600 * 1000

function attributes(list: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const a of list) {
    const i = a.indexOf('=')
    if (i <= 0) throw new HanseError('BAD_ARGUMENT', `--attr takes key=value, not "${a}"`)
    out[a.slice(0, i)] = a.slice(i + 1)
  }
  return out
}

/**
 * `hanse authority ...`: run by the data space's authority, on its own machine (the key should
 * stay offline). No node is needed.
 */
export function registerAuthorityCommands(program: Command, ctx: CliContext): void {
  const auth = program.command('authority').description('data space authority: create it, admit members (credentials), revoke them')

  auth
    .command('init')
    .description('create an authority key in DIR and print its id (give the id to every member)')
    .requiredOption('--out <dir>', 'directory for the authority key, its id and the revocation list')
    .option('--did <did>', "the authority's DID as a credential issuer: a did:web whose document (DIR/did.json) you publish; default: the did:key of its key")
    .option('--status-url <url>', 'where you will publish DIR/status.jwt, the BitstringStatusList that revokes credentials')
    .action(async (o: { out: string; did?: string; statusUrl?: string }, cmd: Command) => {
      const a = await initAuthority(resolve(o.out), Date.now())
      const issuer = initIssuer(a, { did: o.did, statusUrl: o.statusUrl, now: Date.now() })
      if (ctx.json(cmd)) return ctx.out({ authorityId: a.id, dir: a.dir, did: issuer.did, statusUrl: issuer.statusUrl ?? null })
      ctx.out(
        [
          `authority id: ${a.id}`,
          `issuer DID:   ${issuer.did}${issuer.did.startsWith('did:web:') ? ` (publish ${resolve(o.out, DID_DOCUMENT)} there)` : ''}`,
          ...(issuer.statusUrl === undefined ? [] : [`status list:  ${resolve(o.out, STATUS_JWT)} (publish it at ${issuer.statusUrl})`]),
          `key:          ${resolve(o.out, 'authority.key')} (keep it offline and backed up)`,
          `revocations:  ${resolve(o.out, REVOCATIONS)} (distribute it to the members' nodes)`,
          '',
          'members put this in their node config:',
          '  trust:',
          '    mode: members',
          `    authorities: [${a.id}]`,
          '    credential: <the file from `hanse authority issue`>',
          '    revocationList: <a copy of revocations.json>',
          '  identity:                       # DSP counterparties, by DID and credential (DCP)',
          `    trustedIssuers: [${issuer.did}]`,
          '    credentials: [<the file from `hanse authority issue --subject-did`>]'
        ].join('\n')
      )
    })

  auth
    .command('issue')
    .description("issue a membership credential for a member's node")
    .requiredOption('--authority <dir>', 'the authority directory')
    .option('--peer <peerId>', "the member node's peer ID (`hanse init` prints it): a hanse-credential/1 file for libp2p")
    .option('--subject-did <did>', "the member's DID: a VC DM 2.0 MembershipCredential (vc+jwt) for DSP/DCP")
    .requiredOption('--org-name <name>', 'organisation name')
    .requiredOption('--org-id <id>', 'organisation identifier (VAT, LEI, ...); `member.org` policies match it')
    .requiredOption('--country <cc>', 'ISO 3166-1 alpha-2 country code, e.g. DE')
    .option('--attr <key=value>', 'an attribute such as sector=automotive (repeatable); `member.<key>` policies match it', collect, [])
    .option('--valid-days <n>', 'validity in days from now', '365')
    .option('--not-before <time>', 'valid from this ISO 8601 time instead of now')
    .requiredOption('--out <file>', 'where to write the credential (hand it to the member)')
    .action(
      async (
        o: {
          authority: string
          peer?: string
          subjectDid?: string
          orgName: string
          orgId: string
          country: string
          attr: string[]
          validDays: string
          notBefore?: string
          out: string
        },
        cmd: Command
      ) => {
        const days = Number(o.validDays)
        if (!(days > 0)) throw new HanseError('BAD_ARGUMENT', `--valid-days must be a positive number, not "${o.validDays}"`)
        const from = o.notBefore === undefined ? Date.now() : Date.parse(o.notBefore)
        if (!Number.isFinite(from)) throw new HanseError('BAD_ARGUMENT', `--not-before must be an ISO 8601 time, not "${o.notBefore ?? ''}"`)
        if ((o.peer === undefined) === (o.subjectDid === undefined)) throw new HanseError('BAD_ARGUMENT', 'give either --peer or --subject-did')
        const a = loadAuthority(resolve(o.authority))
        if (o.subjectDid !== undefined) {
          const vc = issueVc(a, {
            subject: o.subjectDid,
            claims: { orgName: o.orgName, orgId: o.orgId, country: o.country.toUpperCase(), attributes: attributes(o.attr) },
            validFrom: from,
            validUntil: from + days * DAY
          })
          writeFileSync(resolve(o.out), `${vc.jwt}\n`)
          if (ctx.json(cmd)) return ctx.out({ id: vc.id, subject: o.subjectDid, statusIndex: vc.index ?? null, file: resolve(o.out) })
          return ctx.out(
            `issued ${vc.id} (vc+jwt) to ${o.orgName} (${o.country.toUpperCase()}) for ${o.subjectDid}, valid until ${new Date(from + days * DAY).toISOString()}\nwrote ${resolve(o.out)}`
          )
        }
        const doc = await issue(
          a,
          {
            peerId: o.peer as string,
            orgName: o.orgName,
            orgId: o.orgId,
            country: o.country.toUpperCase(),
            attributes: attributes(o.attr),
            issuedAt: from,
            expiresAt: from + days * DAY
          },
          resolve(o.out)
        )
        if (ctx.json(cmd)) return ctx.out(doc)
        ctx.out(
          `issued ${doc.credential.credentialId} to ${doc.credential.orgName} (${doc.credential.country}) for ${o.peer}, valid until ${doc.credential.expiresAt}\nwrote ${resolve(o.out)}`
        )
      }
    )

  auth
    .command('revoke')
    .description("revoke a member node's credentials (writes a new signed revocation list)")
    .requiredOption('--authority <dir>', 'the authority directory')
    .option('--peer <peerId>', 'the peer ID to revoke (libp2p credentials)')
    .option('--subject-did <did>', "a member DID: set its credentials' bits and sign a new DIR/status.jwt (publish it)")
    .option('--reason <text>', 'why (shown to operators)', '')
    .action(async (o: { authority: string; peer?: string; subjectDid?: string; reason: string }, cmd: Command) => {
      if ((o.peer === undefined) === (o.subjectDid === undefined)) throw new HanseError('BAD_ARGUMENT', 'give either --peer or --subject-did')
      const a = loadAuthority(resolve(o.authority))
      if (o.subjectDid !== undefined) {
        const n = revokeVc(a, o.subjectDid, Date.now())
        if (ctx.json(cmd)) return ctx.out({ subject: o.subjectDid, revoked: n, statusList: resolve(o.authority, STATUS_JWT) })
        return ctx.out(
          `revoked ${n} credential(s) of ${o.subjectDid}; publish ${resolve(o.authority, STATUS_JWT)} at the status URL (verifiers re-read it within 5 minutes)`
        )
      }
      const peer = o.peer as string
      const doc = await revoke(a, peer, o.reason, Date.now())
      if (ctx.json(cmd)) return ctx.out(doc)
      ctx.out(
        `revoked ${peer}; revocation list serial ${doc.serial} written to ${resolve(o.authority, REVOCATIONS)}\ncopy it to every node's trust.revocationList: they reload it within trust.recheckMs`
      )
    })

  auth
    .command('show <file>')
    .description('check a credential file against an authority id and show what it says')
    .requiredOption('--authority-id <id>', 'the authority id to check it against')
    .option('--peer <peerId>', 'the peer it must belong to (default: the one it names)')
    .action(async (file: string, o: { authorityId: string; peer?: string }, cmd: Command) => {
      if (!existsSync(file)) throw new HanseError('NOT_FOUND', `${file} does not exist`)
      const signed = signedFromCredentialFile(readFileSync(file, 'utf8'), file)
      const claimed = JSON.parse(readFileSync(file, 'utf8')).credential?.peerId as string | undefined
      const v = await verifyCredential(signed, { authorities: [o.authorityId], peerId: o.peer ?? claimed ?? '', now: Date.now(), revocations: new Map() })
      if (ctx.json(cmd)) return ctx.out({ valid: true, credential: v.view })
      ctx.out(
        Object.entries(v.view)
          .map(([k, val]) => `${k.padEnd(13)} ${typeof val === 'string' ? val : JSON.stringify(val)}`)
          .join('\n') + '\nsignature:    valid'
      )
    })

  auth
    .command('psk')
    .description('create a libp2p pre-shared key file (trust.psk): only nodes holding it can connect at all')
    .requiredOption('--out <file>', 'where to write it')
    .action(async (o: { out: string }, cmd: Command) => {
      if (existsSync(o.out)) throw new HanseError('FILE_EXISTS', `${o.out} exists; a network key is made once and shared with every node`)
      const key = new Uint8Array(95)
      generateKey(key)
      writeFileSync(o.out, key, { mode: 0o600 })
      if (ctx.json(cmd)) return ctx.out({ file: resolve(o.out) })
      ctx.out(`wrote ${resolve(o.out)}; copy it to every node and set trust.psk`)
    })
}
