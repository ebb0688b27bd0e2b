// Reading untrusted JSON from the wire: what an auth server or a request body sends is `unknown`
// until these say otherwise. Dynamic-shaped servers write camelCase or snake_case keys, so
// `pick` reads either.

/** A JSON object as it arrives: keys known, values not. */
export type Json = Record<string, unknown>

/** Whether `value` is a plain JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `value` when it is a non-empty string. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

/** `walletName` → `wallet_name`. */
export const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** `raw[key]`, or else its snake_case twin (`walletName`, then `wallet_name`). */
export const pick = (raw: Json, key: string): unknown => raw[key] ?? raw[snake(key)]

/** The items of `raw` (when an array) that `map` turns into something. */
export const list = <T>(raw: unknown, map: (item: unknown) => T | null | undefined): T[] =>
  Array.isArray(raw) ? raw.map(map).filter((item): item is T => item != null) : []
