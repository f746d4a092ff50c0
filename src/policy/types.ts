/** ODRL-shaped policy model (https://www.w3.org/TR/odrl-model/), as hanse evaluates it. */

export const OPERATORS = ['eq', 'neq', 'lt', 'lteq', 'gt', 'gteq', 'isAnyOf', 'isAllOf', 'isNoneOf', 'isPartOf', 'hasPart'] as const
export type Operator = (typeof OPERATORS)[number]

export const LOGICAL_OPERATORS = ['and', 'or', 'xone'] as const
export type LogicalOperator = (typeof LOGICAL_OPERATORS)[number]

export interface AtomicConstraint {
  leftOperand: string
  operator: Operator
  /** Canonical string values (see the operand table); one value for ordered operators. */
  rightOperand: readonly string[]
}

export interface LogicalConstraint {
  logical: LogicalOperator
  constraints: readonly Constraint[]
}

export type Constraint = AtomicConstraint | LogicalConstraint

export interface Rule {
  action: string
  /** All must hold. */
  constraints: readonly Constraint[]
}

export interface Policy {
  name: string
  description: string
  /** Who sees offers under this policy in the catalogue (EDC's access policy). All must hold. */
  access: readonly Constraint[]
  permissions: readonly Rule[]
  prohibitions: readonly Rule[]
  duties: readonly Rule[]
}

/** What the evaluator knows about a request. Absent facts fail the constraints that need them. */
export interface PolicyContext {
  /** Milliseconds since the epoch: the evaluation time (injected, never read from the clock here). */
  now: number
  /** The requesting peer's ID. */
  peer: string
  /** Purposes the consumer declared. */
  purposes?: readonly string[]
  /** When the agreement was made (ms since the epoch); `elapsedTime` counts from here. */
  agreedAt?: number
  /** Transfers under the agreement, counting the one being decided. */
  count?: number
  /** Bytes transferred under the agreement so far, counting the one being decided. */
  volume?: number
  /** Facts from the peer's verified membership credential. */
  member?: MemberFacts
}

export interface MemberFacts {
  /** The member's DID, when its membership is a W3C credential (`peer` constraints may name it). */
  did?: string
  orgId?: string
  orgName?: string
  country?: string
  attributes?: Readonly<Record<string, string>>
}

export interface Decision {
  allowed: boolean
  /** One readable sentence per failed constraint; empty exactly when allowed. */
  reasons: string[]
}

export function isLogical(c: Constraint): c is LogicalConstraint {
  return (c as LogicalConstraint).logical !== undefined
}
