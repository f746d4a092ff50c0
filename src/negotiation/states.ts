/**
 * The DSP contract negotiation state machine (DESIGN.md section 5, DSP 2025-1), as a pure
 * transition table. Both roles use the same table: a message is legal when the process is in
 * one of its `from` states and the message comes from the role allowed to send it.
 */

export const STATES = ['REQUESTED', 'OFFERED', 'ACCEPTED', 'AGREED', 'VERIFIED', 'FINALIZED', 'TERMINATED'] as const
export type NegotiationState = (typeof STATES)[number]
export type Role = 'consumer' | 'provider'
export type MessageKind = 'request' | 'offer' | 'accepted' | 'agreement' | 'verification' | 'finalized' | 'termination'

export const TERMINAL: ReadonlySet<NegotiationState> = new Set(['FINALIZED', 'TERMINATED'])

/** `start` stands for "no process yet". */
type From = NegotiationState | 'start'

interface Rule {
  sender: Role
  from: readonly From[]
  to: NegotiationState
}

const RULES: Record<Exclude<MessageKind, 'termination'>, Rule> = {
  request: { sender: 'consumer', from: ['start', 'OFFERED'], to: 'REQUESTED' },
  offer: { sender: 'provider', from: ['start', 'REQUESTED'], to: 'OFFERED' },
  accepted: { sender: 'consumer', from: ['OFFERED'], to: 'ACCEPTED' },
  agreement: { sender: 'provider', from: ['REQUESTED', 'ACCEPTED'], to: 'AGREED' },
  verification: { sender: 'consumer', from: ['AGREED'], to: 'VERIFIED' },
  finalized: { sender: 'provider', from: ['VERIFIED'], to: 'FINALIZED' }
}

/** Who may terminate from which state. */
const TERMINATE_FROM: Record<Role, readonly NegotiationState[]> = {
  consumer: ['REQUESTED', 'OFFERED', 'AGREED'],
  provider: ['REQUESTED', 'OFFERED', 'ACCEPTED', 'VERIFIED']
}

/**
 * The state a process moves to when `sender` sends a message of `kind` while the process is
 * in `from`, or undefined when that transition is illegal.
 */
export function transition(kind: MessageKind, sender: Role, from: From): NegotiationState | undefined {
  if (kind === 'termination') {
    return from !== 'start' && TERMINATE_FROM[sender].includes(from) ? 'TERMINATED' : undefined
  }
  const rule = RULES[kind]
  return rule.sender === sender && rule.from.includes(from) ? rule.to : undefined
}

export function other(role: Role): Role {
  return role === 'consumer' ? 'provider' : 'consumer'
}

export const ALL_KINDS: readonly MessageKind[] = ['request', 'offer', 'accepted', 'agreement', 'verification', 'finalized', 'termination']
