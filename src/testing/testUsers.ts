// The users the reference backend sees: a simulated provider's profile, a connect-only wallet's visit.

/** A simulated provider's user, for {@link TestAuthServer.authorize}. */
export interface SocialProfile {
  /** The email the provider reports (a user with this email signs in to the same account). */
  email?: string
  /** The display name; its first word becomes a new user's `firstName`. */
  name?: string
  /** Whether the provider says it verified the email. Default true (a simulated provider vouches). */
  emailVerified?: boolean
  /** The user refused consent: the redirect carries `error=access_denied`. */
  deny?: boolean
}

/** A connect-only wallet visit recorded by `api.recordVisit`. */
export interface Visit {
  /** The wallet's address. */
  address: string
  /** The chain the wallet reported. */
  chain: string
  /** The connector's name. */
  walletName: string
  /** ms, from the server's `now()`. */
  at: number
}
