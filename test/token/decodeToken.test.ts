import { describe, expect, test } from 'vitest'
import { decodeToken } from '../../src/token/claims'

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const jwt = (claims: unknown, header: unknown = { alg: 'HS256' }) => `${part(header)}.${part(claims)}.sig`
const base = { sub: 'user-1', iat: 1, exp: 2 }

describe('decodeToken reads base64url JSON itself (no jwt-decode)', () => {
  test('UTF-8 claims, unpadded parts of every length', () => {
    for (const name of ['Ada', 'Zoë', 'Ærøskøbing', '李小龙', '🦊 fox', 'ab', 'abc']) {
      expect(decodeToken(jwt({ ...base, first_name: name })).first_name).toBe(name)
    }
  })

  test('a part that is not base64url or not JSON is invalid_token', () => {
    for (const claims of ['a', '!!!!', Buffer.from('not json').toString('base64url')]) {
      expect(() => decodeToken(`${part({ alg: 'HS256' })}.${claims}.sig`)).toThrow(
        expect.objectContaining({ code: 'invalid_token' }),
      )
    }
  })

  test('an unsigned header is refused', () => {
    expect(() => decodeToken(jwt(base, { alg: 'none' }))).toThrow(
      expect.objectContaining({ code: 'invalid_token' }),
    )
  })
})
