import { expect } from 'vitest'
import { SessionError } from '../../src/errors'

/** Runs `run` and expects it to throw a SessionError with code `invalid_input`. */
export const expectInvalidInput = (run: () => unknown): void => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(SessionError)
    expect((error as SessionError).code).toBe('invalid_input')
    return
  }
  throw new Error('expected invalid_input')
}
