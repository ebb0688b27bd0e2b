#!/usr/bin/env node
// A round of deliberate bugs (issue 14): each mutant is one small realistic bug in one file of src/.
// For each, the script writes the bug into a scratch copy of the repository (never the tree it is run
// from), runs the tests most likely to catch it (`tests`), notes which test file failed first, and
// puts the file back. A mutant is caught when any of its tests fails; a failure that is only a test
// time-out is reported as such.
//
//   npm run mutants                      every mutant (about 10 minutes on 2 cores)
//   npm run mutants -- --only M05,M17    some of them
//   npm run mutants -- --full            a survivor is run again against the whole suite
//   npm run mutants -- --json out.json   also write the results as JSON
//   npm run mutants -- --only M03 --tests test/errors.test.ts   against other tests than the listed ones
//   npm run mutants -- --check           only checks that every mutant still applies to src/ (no tests)
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** test/session's files by name: they sit in folders by feature (test/session/expiry/expiry.test.ts). */
const sessionTests = new Map(
  readdirSync(fileURLToPath(new URL('../test/session', import.meta.url)), { recursive: true })
    .filter((path) => path.endsWith('.test.ts'))
    .map((path) => [basename(path, '.test.ts'), `test/session/${path}`]),
)
const s = (...names) => names.map((name) => sessionTests.get(name) ?? `test/session/${name}.test.ts`)
const t = (...names) => names.map((name) => `test/testing/${name}.test.ts`)

/** [id, file under src/, bug, [find, replace] (find must occur once), tests]. */
// biome-ignore format: one mutant per line reads as the table it is
export const mutants = [
  ['M01', 'validate.ts', 'email addresses are no longer lower-cased', ['email.trim().toLowerCase()', 'email.trim()'], [...s('signInMethods', 'flows', 'edges'), ...t('codes', 'http')]],
  ['M03', 'errors.ts', 'an AbortError becomes `network`, not `cancelled`', ["=== 'AbortError'", "=== 'TimeoutError'"], ['test/api', ...s('interruptions', 'stop', 'edges'), 'test/errors.test.ts']],
  ['M04', 'errors.ts', '`isSessionError(e, code)` ignores the code', ['(code === undefined || value.code === code)', "(code === undefined || typeof value.code === 'string')"], ['test/errors.dist.test.ts', 'test/exports.test.ts', 'test/api', ...s('facade', 'flows'), 'test/errors.test.ts']],
  ['M05', 'lazy.ts', 'a chunk that failed to load is never tried again', ['      loaded = null\n', ''], ['test/lazy.test.ts', ...s('social', 'signInMethods')]],
  ['M06', 'timers.ts', '`armAt` fires only once the deadline is passed by 1 ms (`>=` for `>`)', ['if (!(remaining > 0)) {', 'if (!(remaining >= 0)) {'], ['test/timers.test.ts', ...s('expiry', 'expiry.dom', 'restore')]],
  ['M07', 'timers.ts', '`setTimeout` captured at import, so fake timers installed later are missed', ['export function setTimer(cb: () => void, ms: number): TimerId {\n  return globalThis.setTimeout(cb, ms)', 'const boundSetTimeout = globalThis.setTimeout\nexport function setTimer(cb: () => void, ms: number): TimerId {\n  return boundSetTimeout(cb, ms)'], ['test/timers.test.ts', ...s('expiry', 'logoutRevoke')]],
  ['M08', 'storage/record.ts', 'the record drops `createWallet`', ['return JSON.stringify(auth.createWallet ? { ...body, createWallet: true } : body)', 'return JSON.stringify(body)'], ['test/storage', ...s('restore', 'crossTab', 'signInMethods', 'flows'), 'test/examples/pending.dom.test.ts', ...s('owedWallet')]],
  ['M10', 'storage/cookieStorage.ts', '`Secure` by default never applies (`https` without the colon)', ["?.protocol === 'https:'", "?.protocol === 'https'"], ['test/storage']],
  ['M11', 'storage/cookieStorage.ts', 'the cookie is found by name prefix (`lanyard_session2` matches)', ['.find((part) => part.startsWith(wanted))', '.find((part) => part.startsWith(nameOf(key)))'], ['test/storage', ...s('restore')]],
  ['M13', 'storage/webStorage.ts', "`storage` events of another storage area (sessionStorage) are heard", ['if (storageArea === storage && (changed === null || changed === key))', 'if (changed === null || changed === key)'], ['test/storage', ...s('crossTab', 'crossTabRevocation'), ...s('crossTabStorage.dom')]],
  ['M15', 'storage/store.ts', 'the memory fallback gets no copy of the current record', ['  if (saved) ', '  if (saved && false) '], ['test/storage', ...s('restore', 'edges', 'flows')]],
  ['M16', 'storage/store.ts', 'an ended record is left in storage', ["if (found.kind === 'bad' || found.kind === 'ended') {", "if (found.kind === 'bad') {"], ['test/storage', ...s('restore', 'expiry', 'restore.property')]],
  ['M17', 'storage/defaultStorage.ts', 'the probe key is left in localStorage', ['      storage.removeItem(probeKey)\n', ''], ['test/storage']],
  ['M18', 'sync/channel.ts', 'a closed channel still posts (throws InvalidStateError)', ['if (!closed) channel.postMessage(data)', 'channel.postMessage(data)'], ['test/sync', ...s('stop', 'crossTab')]],
  ['M19', 'sync/tabs.ts', "a removed record (storage event) is not read as the other tab's logout", ["deliver(raw === null ? { kind: 'ended' } : { kind: 'record', raw })", "deliver(raw === null ? null : { kind: 'record', raw })"], ['test/sync', ...s('crossTab', 'crossTabRevocation', 'refreshAcrossTabs'), ...s('crossTabStorage.dom')]],
  ['M20', 'sync/refreshLock.ts', 'without Web Locks a tab no longer announces its refresh', ["      tabs.post({ kind: 'refreshing', until: now() + REFRESH_WAIT })\n", ''], ['test/sync', ...s('refreshAcrossTabs', 'crossTab')]],
  ['M21', 'sync/refreshLock.ts', "another tab's record no longer ends the wait for its refresh", ["    if (message.kind === 'record' || message.kind === 'refreshEnded') othersRefreshingUntil = 0\n", "    if (message.kind === 'refreshEnded') othersRefreshingUntil = 0\n"], ['test/sync', ...s('refreshAcrossTabs', 'crossTab')]],
  ['M22', 'sync/wake.ts', 'a tab becoming hidden counts as a wake', ["if (doc.visibilityState === 'visible') callback('visibilitychange')", "callback('visibilitychange')"], ['test/sync', ...s('expiry.dom')]],
  ['M23', 'token/auth.ts', "requirements asked in the wrong order (info before mfa)", ["  if (!user.scopes.includes('user:basic')) pending.push('mfa')\n  if (user.missingFields.length > 0) pending.push('info')\n", "  if (user.missingFields.length > 0) pending.push('info')\n  if (!user.scopes.includes('user:basic')) pending.push('mfa')\n"], [...s('flows', 'signInMethods'), 'test/examples/pending.dom.test.ts', 'test/model']],
  ['M24', 'token/auth.ts', "a stored expiry is trusted beyond the token's lifetime", ['? Math.min(storedExpiresAt, now + lifetime)', '? storedExpiresAt'], [...s('restore', 'expiry', 'restore.property'), 'test/storage']],
  ['M25', 'token/auth.ts', "a cookie-mode hint's `scopes` are not joined into `scope`", ["scope: (u.scopes as string[] | undefined)?.join(' '),", 'scope: u.scope as string | undefined,'], [...s('restore', 'hint', 'cookieSkew'), 'test/react/serverRendering.test.ts']],
  ['M26', 'token/claims.ts', 'a token with `alg: "None"` is accepted (case-sensitive check)', ["alg.toLowerCase() === 'none'", "alg === 'none'"], ['test/token', 'test/api', ...s('hostileAnswers', 'restore')]],
  ['M27', 'token/user.ts', "profile fields missing from the claims are not taken from the server's user", ['const value = source[key] ?? str(apiUser?.[key])', 'const value = source[key]'], ['test/token', ...s('flows', 'signInMethods', 'overHttp')]],
  ['M28', 'wallet/address.ts', 'EIP-55: the wrong bit of the hash nibble decides the case', ['& 0x80 ?', '& 0x40 ?'], ['test/wallet']],
  ['M30', 'wallet/siwe.ts', 'chain ID 0 is written', ['if (!Number.isSafeInteger(chainId) || chainId < 1) {', 'if (!Number.isSafeInteger(chainId) || chainId < 0) {'], ['test/wallet']],
  ['M31', 'wallet/siwe.ts', 'text after the last field is accepted', ["  if (!read.done()) read.fail('unexpected text')\n", ''], ['test/wallet', ...t('wallet')]],
  ['M33', 'api/httpApi.ts', 'the idempotency header is misnamed (`Idempotency-Token`)', ["headers['Idempotency-Key'] = key", "headers['Idempotency-Token'] = key"], ['test/api', ...t('http'), ...s('faultRun')]],
  ['M35', 'api/httpApi.ts', 'a server message holding a JWT reaches the error message', ['said && said.length <= 300 && !tokenLike.test(said)', 'said && said.length <= 300'], ['test/api', ...s('tokenLeak', 'hostileAnswers')]],
  ['M37', 'api/wire.ts', 'an in-app session accepts an answer without a token', [": !jwt && typeof ctx?.token === 'string'\n        ? 'no token'\n        : ", ': '], ['test/api', ...s('hostileAnswers', 'overHttp')]],
  ['M39', 'api/wireCodes.ts', 'a 403 without a code is `invalid_input`, not `server`', ["return clientError && status !== 403 ? 'invalid_input' : 'server'", "return clientError ? 'invalid_input' : 'server'"], ['test/api', ...t('http')]],
  ['M40', 'api/json.ts', 'snake_case keys are no longer read', ['raw[key] ?? raw[snake(key)]', 'raw[key]'], ['test/api', 'test/token', ...t('dynamicClient')]],
  ['M41', 'machine/setup.ts', 'revalidate on focus every 6 s instead of every minute', ['now - context.checkedAt >= 60_000', 'now - context.checkedAt >= 6_000'], [...s('expiry.dom', 'expiry'), 'test/sync']],
  ['M42', 'machine/setup.ts', "step-up tokens are dropped when another tab refreshes the same session", ["event.type === 'sync.adopt' && event.auth.user.sessionId !== context.auth?.user.sessionId", "event.type === 'sync.adopt'"], [...s('crossTab', 'refreshAcrossTabs', 'signInMethods'), ...t('mfa'), 'test/examples/stepUp.dom.test.ts', ...s('stepUpAcrossTabs')]],
  ['M43', 'machine/sessionMachine.ts', 'an ended stored session restores to `visitor`, not `expired`', ["target: '#session.expired',\n    actions: 'storedEnded',", "target: '#session.visitor',\n    actions: 'storedEnded',"], [...s('restore', 'expiry'), 'test/model']],
  ['M44', 'machine/states/authenticated.ts', "another tab's logout ends this one with `user-intent`", ["actions: { type: 'end', params: 'other-tab' },", "actions: { type: 'end', params: 'user-intent' },"], [...s('crossTab', 'crossTabRevocation'), 'test/model']],
  ['M45', 'machine/states/visitor.ts', 'logging out again revokes and announces `loggedOut` again', ["on: { ...signInEvents, 'session.logout': { actions: 'clearError' } },", 'on: signInEvents,'], [...s('events', 'flows', 'logoutRevoke'), 'test/model', ...s('logoutTwice')]],
  ['M47', 'machine/states/authenticating.ts', 'after a wallet sign-in the other visitor wallets go and the signing one stays', ['(wallet) => !sameAddress(wallet.account.address, context.proof?.address),', '(wallet) => sameAddress(wallet.account.address, context.proof?.address),'], [...s('signInMethods', 'flows'), 'test/model']],
  ['M48', 'machine/states/passkey.ts', 'the passkey ceremony asks for options without the session token', ['token: context.auth?.token ?? null,', 'token: null,'], [...s('signInMethods'), 'test/examples/passkey.dom.test.ts', ...t('mfa')]],
  ['M49', 'machine/states/loggedIn.ts', 'an expired step-up token stays in `elevatedScopes`', ['.filter(([, entry]) => entry.expiresAt > context.deps.now()),', '.filter(() => true),'], [...s('signInMethods'), 'test/examples/stepUp.dom.test.ts', ...t('mfa')]],
  ['M50', 'machine/actors/api.ts', 'a sign-in answered after the flow was left is not revoked', ["    if (input.fresh) deps.revoke(token ? seal(token) : null, 'stale')\n", ''], [...s('interruptions', 'stop', 'flows', 'faultRun')]],
  ['M51', 'machine/actors/timers.ts', '`expiring` is announced again after each wake', ['    if (!noticed && at >= noticeAt) {', '    if (at >= noticeAt) {'], [...s('expiry', 'expiry.dom', 'events')]],
  ['M53', 'machine/actors/passkey.ts', 'a dismissed passkey prompt is `invalid_input`, not `cancelled`', ["throw name === 'NotAllowedError' || name === 'AbortError'", "throw name === 'AbortError'"], ['test/examples/passkey.dom.test.ts', ...s('signInMethods'), ...t('mfa')]],
  ['M54', 'session/core.ts', '`loggedIn` is announced on every change while logged in', ["if (previous.status !== 'loggedIn' && next.status === 'loggedIn' && next.user) {", "if (next.status === 'loggedIn' && next.user) {"], [...s('events', 'flows', 'facade')]],
  ['M55', 'session/snapshot.ts', "`step` shows the machine's `idle`", ["  if (path[path.length - 1] === 'idle') path.pop()\n", ''], [...s('flows', 'facade'), 'test/model']],
  ['M56', 'session/steps.ts', '`logout()` rejects `cancelled` because the session ended', ["if (ENDED.has(locate(state.value).status) && waiter.type !== 'session.logout') {", 'if (ENDED.has(locate(state.value).status)) {'], [...s('flows', 'logoutRevoke', 'stop')]],
  ['M57', 'session/revoker.ts', 'a finished revoke stays in the stored list', ['  state.pending = state.pending.filter((other) => other !== entry)\n  write(state)\n', '  state.pending = state.pending.filter((other) => other !== entry)\n'], [...s('logoutRevoke', 'stop', 'restore')]],
  ['M58', 'session/hint.ts', 'an expired server hint is used as the starting point', ['if (!hint || !cookieMode || !inBrowser() || hint.expiresAt <= now) return first', 'if (!hint || !cookieMode || !inBrowser()) return first'], [...s('hint'), 'test/react/serverRendering.test.ts']],
  ['M59', 'session/ready.ts', 'a cookie-mode restore is not confirmed with the server before `ready`', ['const confirm = cookieMode && current.isAuthenticated', 'const confirm = false'], [...s('hint', 'restore', 'cookieSkew', 'crossTabRevocation')]],
  ['M61', 'session/createSession.ts', '`stop()` no longer aborts the lifetime signal', ['  services.end()\n', ''], [...s('stop', 'interruptions', 'logoutRevoke'), ...s('stopTimers')]],
  ['M62', 'session/services.ts', 'the record is stored under the bare storage key', ['const key = recordKey(storageKey)', 'const key = storageKey'], [...s('restore', 'crossTab', 'flows'), 'test/docs/codeBlocks.test.ts']],
  ['M63', 'session/actions/wallet.ts', '`wallet.connect()` resolves with the first visitor wallet, not the new one', ['return wallets[wallets.length - 1]?.account as WalletAccount', 'return wallets[0]?.account as WalletAccount'], [...s('signInMethods', 'flows'), 'test/examples/signIn.dom.test.ts', ...s('walletConnect')]],
  ['M64', 'session/actions/lifecycle.ts', 'concurrent `refresh()` calls each send a request', ['refreshing ??= act(', 'refreshing = act('], [...s('flows', 'edges', 'expiry', 'overHttp')]],
  ['M65', 'session/services.ts', 'the OAuth state is not removed, so a replayed redirect signs in again', ['    await storage.removeItem(key)\n', ''], [...s('social', 'socialOidc'), 'test/examples/social.dom.test.ts']],
  ['M67', 'server/webhooks.ts', 'a webhook timestamp from the future is accepted', ['if (!(Math.abs(nowSeconds - timestamp) <= toleranceSeconds)) return false', 'if (!(nowSeconds - timestamp <= toleranceSeconds)) return false'], ['test/server']],
  ['M68', 'server/jwksCache.ts', 'an unknown `kid` refetches the JWKS without the cool-down', ['if (!noMatch || coolingDown()) throw error', 'if (!noMatch) throw error'], ['test/server']],
  ['M69', 'server/sessionHint.ts', "the hint's `expiresAt` is in seconds, not ms", ['expiresAt: claims.exp * 1000,', 'expiresAt: claims.exp,'], ['test/server', ...s('hint'), 'test/react/serverRendering.test.ts']],
  ['M70', 'testing/oneTimeCodes.ts', 'a code burns after the 6th wrong attempt, not the 5th', ['if (verification.attempts >= MAX_ATTEMPTS) {', 'if (verification.attempts > MAX_ATTEMPTS) {'], [...t('codes', 'http'), ...s('flows')]],
  ['M71', 'testing/sessionChecks.ts', 'a revoked session token is still accepted', ["  if (session.revokedAt !== null) throw unauthorized('The session was revoked. Sign in again.')\n", ''], [...t('tokens', 'http'), ...s('logoutRevoke', 'crossTabRevocation')]],
  ['M73', 'testing/httpOrigin.ts', 'a same-site (sibling subdomain) request without Origin passes the CSRF check', ["site !== 'same-origin' && site !== 'none'", "site !== 'same-origin' && site !== 'same-site' && site !== 'none'"], [...t('csrf', 'http'), ...t('csrfSameSite')]],
  ['M74', 'testing/walletProofs.ts', 'a SIWE nonce can be spent twice', ['  nonce.used = true\n', ''], [...t('wallet'), ...s('signInMethods')]],
  ['M76', 'react/index.ts', 'an equal selection no longer keeps the previous value (extra renders)', ['selected = previous !== null && isEqual(previous.value, value) ? previous.value : value', 'selected = value'], ['test/react', 'test/bindings']],
  ['M77', 'vue/index.ts', 'the listener is not removed when the scope ends', ['if (getCurrentScope()) onScopeDispose(unsubscribe)', ''], ['test/vue', 'test/bindings']],
  ['M78', 'svelte/index.ts', 'a new subscriber does not hear the current snapshot at once', ['      run(session.getSnapshot())\n      return session.subscribe(run)', '      return session.subscribe(run)'], ['test/svelte', 'test/bindings']],
  ['M79', 'solid/index.ts', 'the listener is not removed when the owner is cleaned up', ['if (getOwner()) onCleanup(unsubscribe)', ''], ['test/solid', 'test/bindings']],
  // Issue 21: what a newcomer's app leans on.
  ['M80', 'session/services.ts', 'sessions no longer refresh themselves by default', ['autoRefresh: options.autoRefresh ?? true,', 'autoRefresh: options.autoRefresh ?? false,'], s('autoRefresh')],
  ['M81', 'machine/actors/timers.ts', 'the refresh margin has no 5-minute cap (a 30-day token refreshes a week early)', ['Math.min(Math.max(0, lifetimeMs) / 4, 300_000)', 'Math.max(0, lifetimeMs) / 4'], s('autoRefresh')],
  ['M82', 'machine/actors/refreshSchedule.ts', 'an offline page still tries to refresh', ["at >= plan.expiresAt || where === 'offline' || plan.dueAt === null", 'at >= plan.expiresAt || plan.dueAt === null'], s('autoRefresh')],
  ['M83', 'machine/actors/refreshSchedule.ts', 'a hidden page refreshes as soon as a refresh is due', ["  if (where === 'hidden' && at < lastCall(plan)) return false\n", ''], s('autoRefresh')],
  ['M84', 'machine/actors/refreshSchedule.ts', "rate_limited's retryAfter is ignored", ['plan.dueAt = Math.max(plan.dueAt, at + retryAfterMs)', 'plan.dueAt = Math.max(plan.dueAt, at)'], s('autoRefresh')],
  ['M85', 'machine/actors/refreshSchedule.ts', 'no back-off: a failed refresh is tried again every second', ['1000 * 2 ** plan.attempt++', '1000'], s('autoRefresh')],
  ['M86', 'machine/setup.ts', "an automatic refresh's passing failure lands in snapshot.error", ['if (!passing) enqueue.assign({ error: errorOf(error) })', 'enqueue.assign({ error: errorOf(error) })'], s('autoRefresh')],
  ['M87', 'machine/setup.ts', 'a failure that will not pass is tried again and again', ['retryAfterMs: passing ? (error.retryAfter ?? 0) * 1000 : null,', 'retryAfterMs: passing ? (error.retryAfter ?? 0) * 1000 : 0,'], s('autoRefresh')],
  ['M88', 'react/index.ts', "SessionProvider's session does not reach useSession()", ['const found = session ?? provided', 'const found = session ?? null'], ['test/react', 'test/docs/loginScreen.test.ts']],
  ['M89', 'vue/index.ts', 'sessionPlugin provides nothing', ['return { install: (app) => void app.provide(SESSION, session) }', 'return { install: () => undefined }'], ['test/vue']],
  ['M90', 'svelte/index.ts', "setSessionContext's session is not the one sessionStore() finds", ['return setContext(SESSION, session)', "return setContext(Symbol('lanyard session'), session)"], ['test/svelte']],
  ['M91', 'solid/index.ts', "SessionProvider's session does not reach useSession()", ['const session = found(given ?? provided', 'const session = found(given'], ['test/solid']],
  ['M92', 'testing/httpResponse.ts', 'CORS answers any origin', ["if (typeof origin !== 'string' || !allowed.includes(origin)) return false", "if (typeof origin !== 'string') return false"], ['test/bin', ...t('http')]],
  ['M93', 'bin/devServer.ts', 'the dev server no longer prints TOTP secrets', ['`  TOTP secret: ', '`  TOTP set up: '], ['test/bin']],
  ['M94', 'api/wire.ts', "the settings drop the required fields' labels", ['if (name && label) fieldLabels[name] = label', 'if (name && label && name === label) fieldLabels[name] = label'], ['test/api', 'test/bin', 'test/examples']],
]

/**
 * Mutants no test can catch because nothing observable changes (see docs/testing-the-tests.md):
 * their survival does not fail the round.
 */
export const equivalent = {
  M15: "nothing reads the memory fallback's copy of the current record: `fresher` wants another token",
  M25: '`apiUserFrom` reads the `scopes` list itself when `scope` is missing',
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** A scratch copy of the working tree (tracked and untracked files, node_modules linked): the run never touches `root`. */
function scratchCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'lanyard-mutants-'))
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
  for (const file of files.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    try {
      cpSync(join(root, file), join(dir, file))
    } catch {} // deleted but not yet committed
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir')
  return dir
}

function runTests(dir, tests) {
  const out = join(dir, '.mutant-result.json')
  rmSync(out, { force: true })
  const started = Date.now()
  const args = [
    'vitest',
    'run',
    '--bail=1',
    '--typecheck.enabled=false',
    '--reporter=json',
    `--outputFile=${out}`,
    ...tests,
  ]
  const run = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', timeout: 600_000 })
  const seconds = Math.round((Date.now() - started) / 1000)
  let report = null
  try {
    report = JSON.parse(readFileSync(out, 'utf8'))
  } catch {}
  const failed = (report?.testResults ?? []).filter((file) => file.status === 'failed')
  const messages = failed.flatMap((file) => [
    file.message ?? '',
    ...file.assertionResults.flatMap((a) => a.failureMessages ?? []),
  ])
  const onlyTimeouts =
    messages.filter(Boolean).length > 0 && messages.filter(Boolean).every((m) => /timed out/i.test(m))
  if (report === null && run.status !== 0) {
    throw new Error(`vitest gave no report: ${(run.stderr || run.stdout || String(run.error)).slice(-500)}`)
  }
  const caught = failed.length > 0 || (report?.numFailedTests ?? 0) > 0 || run.status !== 0
  return {
    caught,
    by: failed.map((file) => file.name.slice(dir.length + 1)),
    timeout: caught && (run.signal !== null || onlyTimeouts),
    seconds,
    note:
      caught && failed.length === 0
        ? (run.stderr || run.stdout).split('\n').filter(Boolean).slice(-3).join(' ')
        : '',
  }
}

function main() {
  const argv = process.argv.slice(2)
  const flag = (name) => argv.indexOf(name)
  const only = flag('--only') >= 0 ? new Set(argv[flag('--only') + 1].split(',')) : null
  const full = flag('--full') >= 0
  const jsonOut = flag('--json') >= 0 ? resolve(argv[flag('--json') + 1]) : null
  const testsGiven = flag('--tests') >= 0 ? argv[flag('--tests') + 1].split(',') : null
  const chosen = mutants.filter(([id]) => !only || only.has(id))
  if (flag('--check') >= 0) {
    const stale = chosen.filter(
      ([, file, , [find]]) => readFileSync(join(root, 'src', file), 'utf8').split(find).length !== 2,
    )
    for (const [id, file] of stale)
      console.log(`${id} ${file}: the text to replace no longer occurs exactly once`)
    console.log(`${chosen.length - stale.length}/${chosen.length} mutants apply`)
    process.exitCode = stale.length === 0 ? 0 : 1
    return
  }
  const dir = scratchCopy()
  // Interrupted: the mutated file lives only in the scratch copy, which goes with it.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      rmSync(dir, { recursive: true, force: true })
      process.exit(130)
    })
  }
  const results = []
  try {
    for (const [id, file, bug, [find, replace], tests] of chosen) {
      const path = join(dir, 'src', file)
      const original = readFileSync(path, 'utf8')
      const count = original.split(find).length - 1
      if (count !== 1) {
        results.push({ id, file, bug, error: `the text to replace occurs ${count} times` })
        console.log(`${id} ${file}: SKIPPED, the text to replace occurs ${count} times`)
        continue
      }
      writeFileSync(
        path,
        original.replace(find, () => replace),
      )
      try {
        let result = runTests(dir, testsGiven ?? tests)
        if (!result.caught && full) result = { ...runTests(dir, []), full: true }
        results.push({ id, file, bug, ...result })
        const verdict = result.caught
          ? `caught by ${result.by.join(', ') || result.note}${result.timeout ? ' (TIME-OUT)' : ''}`
          : 'SURVIVED'
        console.log(`${id} ${file}: ${verdict} (${result.seconds} s)`)
      } finally {
        writeFileSync(path, original)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const scored = results.filter((r) => !r.error)
  const caught = scored.filter((r) => r.caught).length
  console.log(`\n${caught}/${scored.length} caught (${((100 * caught) / scored.length).toFixed(1)} %)`)
  const survivors = scored.filter((r) => !r.caught)
  for (const r of survivors) {
    const why = equivalent[r.id] ? ` (equivalent: ${equivalent[r.id]})` : ''
    console.log(`survivor ${r.id} ${r.file}: ${r.bug}${why}`)
  }
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2))
  process.exitCode = survivors.every((r) => equivalent[r.id]) && results.every((r) => !r.error) ? 0 : 1
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main()
