/**
 * Policies: the ODRL-shaped rule language of DESIGN.md section 4, its loader (YAML files under
 * `policies.dir`), the pure evaluator and the ODRL JSON-LD export.
 */
export type { Policy, Rule, Constraint, AtomicConstraint, LogicalConstraint, PolicyContext, MemberFacts, Decision, Operator } from './types.ts'
export { OPERATORS, LOGICAL_OPERATORS, isLogical } from './types.ts'
export { evaluatePolicy, evaluateAll, evaluateConstraint, humanDuration, formatConstraint, summarizeTerms, type Scope } from './evaluate.ts'
export { loadPolicyDir, loadPolicyFile, parsePolicy } from './load.ts'
export { toOdrl, toDspOffer, fromOdrl, HANSE_ODRL_NS } from './odrl.ts'
export { policyToWire, policyFromWire } from './wire.ts'
export { KNOWN_OPERANDS, REGIONS, operandDef, parseBytes, parseDuration, addDuration, MAX_DURATION_YEARS } from './operands.ts'
