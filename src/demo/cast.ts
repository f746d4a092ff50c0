import type { ChildProcess } from 'node:child_process'
import type { ApiClient } from '../client/index.ts'

/*
 * The demo's cast and script: the companies, their policies, and the shapes the narration reads
 * from the nodes' admin APIs.
 */

/** What the demo reads from the admin API's negotiation and transfer views. */
export interface NegotiationView {
  id: string
  peer: string
  state: string
  offerId: string
  waitingFor?: string
  agreementId: string | null
  termination: { code: string; reason: string } | null
}
export interface TransferView {
  id: string
  state: string
  bytes: number
  size: number
  rateBytesPerSecond: number
  dest: string
  sha256: string
  error: { code: string; message: string } | null
}

/** How the demo is run: the CLI fills this in (nothing below `main` reads the environment). */
export interface DemoOptions {
  /** Where the data space lives; wiped first if it is an earlier demo's. */
  dir?: string
  /** Leave the nodes running at the end. */
  keep: boolean
  /** Small datasets (CI). */
  short: boolean
  /** How to start a node: this Node binary with the CLI entry point. */
  node: string
  cli: string
  /** Prints a line of narration. */
  out: (line: string) => void
  /** Stops the demo early (Ctrl-C, SIGTERM): its nodes are stopped and its temp folder removed before `stopped` is called. */
  signal?: AbortSignal
  stopped?: () => void
}

export interface Company {
  key: string
  org: string
  orgId: string
  country: string
  sector: string
  role: string
}

export const COMPANIES: Company[] = [
  { key: 'carmaker', org: 'Autowerke Bremen AG', orgId: 'DE811234567', country: 'DE', sector: 'automotive', role: 'a carmaker' },
  { key: 'supplier', org: 'Precyzja Czesci Sp. z o.o.', orgId: 'PL5260001234', country: 'PL', sector: 'automotive', role: 'a parts supplier' },
  { key: 'institute', org: 'Swiss Battery Research Institute', orgId: 'CHE-123.456.789', country: 'CH', sector: 'research', role: 'a research institute' }
]

export const POLICIES: Record<string, string> = {
  'research-only':
    'description: Research use only\npermissions:\n  - action: use\n    constraints:\n      - { leftOperand: purpose, operator: isAnyOf, rightOperand: [research] }\n',
  'eu-members-only':
    'description: Members established in the EU\naccess:\n  - { leftOperand: spatial, operator: isPartOf, rightOperand: [EU] }\npermissions:\n  - action: use\n',
  'three-uses-30-days':
    'description: At most 3 transfers within 30 days of the agreement\npermissions:\n  - action: use\n    constraints:\n      - { leftOperand: count, operator: lteq, rightOperand: [3] }\n      - { leftOperand: elapsedTime, operator: lteq, rightOperand: [P30D] }\n',
  'members-manual': 'description: Any member, each request approved by the supplier\npermissions:\n  - action: use\n'
}

export const MARKER = '.hanse-demo'

export interface Step {
  name: string
  expected: string
  actual: string
  ok: boolean
}

export interface NodeHandle {
  company: Company
  dataDir: string
  config: string
  settings: { network: { bootstrap: string[] } } & Record<string, unknown>
  peerId: string
  child?: ChildProcess
  api?: ApiClient
}
