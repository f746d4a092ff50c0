import { HanseError } from '../errors/index.ts'

export class NegotiationError extends HanseError {
  constructor(code: string, message: string, status = 400) {
    super(code, message, { status })
  }
}
