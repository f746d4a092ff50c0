import { HanseError, type ErrorCode } from '../errors/index.ts'

export class NegotiationError extends HanseError {
  declare readonly code: ErrorCode
  constructor(code: ErrorCode, message: string) {
    super(code, message)
  }
}
