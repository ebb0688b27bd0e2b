/**
 * The client side of an authentication session: {@link createSession} and the {@link Session} it
 * returns, the errors, the HTTP transport ({@link createHttpApi}) and the storage adapters.
 *
 * @module lanyard
 */
// --- session ---------------------------------------------------------------------------------------
export { createSession } from './session/createSession'
export type { SessionHint } from './session/hint'
export type {
  SessionSnapshot,
  SignedInSnapshot,
  SignedOutSnapshot,
  SnapshotCommon,
} from './session/snapshot'
export type { SessionStatus, SessionStep, SessionStepOf } from './session/step'
export type { Session, SessionEvents, SessionOptions } from './session/types'
export { sessionMachine } from './machine/sessionMachine'
export type { Presence, SessionMachineDeps, SessionMachineInput } from './machine/types'
export type { EndReason, Requirement } from './token/auth'
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
  ElevatedResult,
  PasskeyCredentialJSON,
  PasskeyOptionsJSON,
  PasskeyProvider,
  PasskeyPurpose,
  SocialCode,
  SocialStart,
  StepUpProof,
  WalletAccount,
  WalletConnector,
  WalletProof,
} from './api/types'

// --- storage ---------------------------------------------------------------------------------------
export { type CookieStorageOptions, cookieStorage } from './storage/cookieStorage'
export { memoryStorage } from './storage/memoryStorage'
export type { StorageAdapter } from './storage/types'
export { localStorageAdapter, sessionStorageAdapter } from './storage/webStorage'
