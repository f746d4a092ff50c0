import { hanse } from '../wire/gen/hanse.js'
import { isLogical, type Constraint, type Policy, type Rule, type Operator, type LogicalOperator } from './types.ts'

type PbConstraint = hanse.v1.Constraint.$Properties
type PbPolicy = hanse.v1.Policy.$Properties

const LOGICAL_TO_PB: Record<LogicalOperator, hanse.v1.LogicalConstraint.Operator> = {
  and: hanse.v1.LogicalConstraint.Operator.AND,
  or: hanse.v1.LogicalConstraint.Operator.OR,
  xone: hanse.v1.LogicalConstraint.Operator.XONE
}

function constraintToWire(c: Constraint): PbConstraint {
  if (isLogical(c)) return { logical: { operator: LOGICAL_TO_PB[c.logical], constraints: c.constraints.map(constraintToWire) } }
  return { atomic: { leftOperand: c.leftOperand, operator: c.operator, rightOperand: [...c.rightOperand] } }
}

function ruleToWire(r: Rule): hanse.v1.Rule.$Properties {
  return { action: r.action, constraints: r.constraints.map(constraintToWire) }
}

/** The terms of a policy as sent in offers and agreements (the access part stays home). */
export function policyToWire(p: Policy, uid: string): PbPolicy {
  return { uid, permissions: p.permissions.map(ruleToWire), prohibitions: p.prohibitions.map(ruleToWire), duties: p.duties.map(ruleToWire) }
}

function constraintFromWire(c: PbConstraint): Constraint {
  if (c.logical != null) {
    const op =
      c.logical.operator === hanse.v1.LogicalConstraint.Operator.OR ? 'or' : c.logical.operator === hanse.v1.LogicalConstraint.Operator.XONE ? 'xone' : 'and'
    return { logical: op, constraints: (c.logical.constraints ?? []).map(constraintFromWire) }
  }
  const a = c.atomic ?? {}
  return { leftOperand: a.leftOperand ?? '', operator: (a.operator ?? 'eq') as Operator, rightOperand: [...(a.rightOperand ?? [])] }
}

function ruleFromWire(r: hanse.v1.Rule.$Properties): Rule {
  return { action: r.action ?? '', constraints: (r.constraints ?? []).map(constraintFromWire) }
}

/** A received policy, in the evaluator's model. */
export function policyFromWire(p: PbPolicy, name = p.uid ?? ''): Policy {
  return {
    name: name ?? '',
    description: '',
    access: [],
    permissions: (p.permissions ?? []).map(ruleFromWire),
    prohibitions: (p.prohibitions ?? []).map(ruleFromWire),
    duties: (p.duties ?? []).map(ruleFromWire)
  }
}
