// --- session ---------------------------------------------------------------------------------------
export {
  createSession,
  type Session,
  type SessionEvents,
  type SessionOptions,
  type SessionSnapshot,
  type SessionStatus,
} from './createSession'
export { sessionMachine } from './machine/sessionMachine'
export type { EndReason } from './machine/types'
export type { Requirement } from './token/auth'
export type { User } from './token/claims'

// --- errors ----------------------------------------------------------------------------------------
export { isSessionError, SessionError, type SessionErrorCode, sessionErrorCodes } from './errors'

// --- auth API --------------------------------------------------------------------------------------
export { createHttpApi, type HttpApiOptions } from './api/httpApi'
export type {
  ApiContext,
  ApiUser,
  AuthApi,
  AuthResult,
  AuthSettings,
  Credential,
  CredentialFormat,
  WalletAccount,
  WalletConnector,
  WalletProof,
} from './api/types'

// --- storage ---------------------------------------------------------------------------------------
export { type CookieStorageOptions, cookieStorage } from './storage/cookieStorage'
export { memoryStorage } from './storage/memoryStorage'
export type { StorageAdapter } from './storage/types'
export { localStorageAdapter, sessionStorageAdapter } from './storage/webStorage'
