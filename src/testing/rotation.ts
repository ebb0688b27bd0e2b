// Refresh-token rotation in the reference backend: every token a session issues replaces the one
// before it. A replaced token still refreshes for a short grace (two tabs that refreshed at once);
// after that, its use is a replay (a stolen copy, or a tab that slept through the rotation), and the
// session ends. Each token is known by its `jti`; a token of the session whose jti is no longer
// known was replaced long ago, which is the same replay.

/** The tokens of one session that may still refresh, by jti: when each was replaced (null: the current one). */
export type TokenFamily = Map<string, number | null>

/** Records `jti` as the session's current token: the one before it is replaced now; those past the grace are dropped. */
export function rotate(family: TokenFamily, jti: string, at: number, graceMs: number): void {
  for (const [id, replacedAt] of family) {
    if (replacedAt === null) family.set(id, at)
    else if (at - replacedAt > graceMs) family.delete(id)
  }
  family.set(jti, null)
}

/** Whether a refresh with this token may go on (`ok`), or replays a replaced token (`reused`: end the session). */
export function refreshVerdict(
  family: TokenFamily,
  jti: unknown,
  at: number,
  graceMs: number,
): 'ok' | 'reused' {
  const replacedAt = typeof jti === 'string' ? family.get(jti) : undefined
  if (replacedAt === null) return 'ok'
  return replacedAt !== undefined && at - replacedAt <= graceMs ? 'ok' : 'reused'
}
