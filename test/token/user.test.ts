import { describe, expect, it } from 'vitest'
import { apiUserFrom, userFrom } from '../../src/token/user'

const claims = {
  sub: 'u-1',
  sid: 's-1',
  environment_id: 'env',
  scope: 'user:basic wallet',
  email: 'ada@example.com',
  first_name: 'Ada',
  new_user: false,
  missing_fields: ['alias'],
  verified_credentials: [{ id: 'c-1', format: 'blockchain', address: '0xA', wallet_name: 'mm' }],
  iat: 1,
  exp: 2,
}

const apiUser = {
  id: 'u-1',
  sessionId: 's-1',
  environmentId: 'env',
  scope: 'user:basic wallet',
  email: 'ada@example.com',
  firstName: 'Ada',
  newUser: false,
  missingFields: ['alias'],
  verifiedCredentials: [{ id: 'c-1', format: 'blockchain' as const, address: '0xA', walletName: 'mm' }],
}

describe('apiUserFrom', () => {
  it('reads claims and a server user object into the same ApiUser', () => {
    expect(apiUserFrom(claims)).toEqual(apiUser)
    expect(apiUserFrom(apiUser)).toEqual(apiUser)
  })

  it('joins a scopes list, takes fields as names or { name }, and leaves out what it cannot read', () => {
    expect(
      apiUserFrom({
        id: 'u',
        scopes: ['a', 7, 'b'],
        missing_fields: [{ name: 'alias' }, 3],
        new_user: 'yes',
      }),
    ).toEqual({ id: 'u', scope: 'a b', missingFields: ['alias'] })
    expect(apiUserFrom({ id: 'u', verifiedCredentials: [{ id: 'c' }, null] })).toEqual({
      id: 'u',
      verifiedCredentials: [],
    })
  })

  it('keeps only credentials of a known format: a format outside CredentialFormat is left out, not passed on', () => {
    const user = apiUserFrom({
      id: 'u',
      verifiedCredentials: [
        { id: 'c-1', format: 'email', email: 'ada@example.com' },
        { id: 'c-2', format: 'telepathy' },
        { id: 'c-3', format: 'Email' },
        { id: 'c-4', format: 'toString' }, // a key every object inherits is no format either
      ],
    })
    expect(user?.verifiedCredentials).toEqual([{ id: 'c-1', format: 'email', email: 'ada@example.com' }])
  })

  it('makes no user of an object without an id or sub (an ApiUser always has an id)', () => {
    expect(apiUserFrom({ sid: 's-1', email: 'ada@example.com' })).toBeUndefined()
    expect(apiUserFrom({ id: '', sub: 7, sessionId: 's-1' })).toBeUndefined()
  })
})

describe('userFrom', () => {
  it('makes the same frozen User from claims as from the server user object (cookie mode)', () => {
    const fromClaims = userFrom(claims)
    expect(fromClaims).toEqual(userFrom(null, apiUser))
    expect(fromClaims).toMatchObject({ id: 'u-1', sessionId: 's-1', scopes: ['user:basic', 'wallet'] })
    expect(Object.isFrozen(fromClaims)).toBe(true)
    expect(Object.isFrozen(fromClaims.verifiedCredentials[0])).toBe(true)
  })

  it('takes profile fields the claims lack from the user object, and needs a subject', () => {
    expect(userFrom({ sub: 'u' }, { id: 'u', alias: 'ada' }).alias).toBe('ada')
    expect(userFrom({ sub: 'u' })).toEqual({
      id: 'u',
      sessionId: null,
      environmentId: null,
      verifiedCredentials: [],
      missingFields: [],
      scopes: [],
    })
    expect(() => userFrom({ sid: 's' })).toThrow(expect.objectContaining({ code: 'invalid_token' }))
  })
})
