import { createTestWallet } from 'lanyard/testing'
import { describe, expect, it } from 'vitest'
import { ctx, emailSignIn, START, setup, siweMessage, walletProof } from './helpers'

describe('SIWE sign-in', () => {
  it('signs a new wallet user in with a verified blockchain credential', async () => {
    const { server } = setup()
    const wallet = createTestWallet({ name: 'metamask' })
    const result = await server.api.signInWithWallet(await walletProof(server, wallet), ctx())
    expect(result.user).toMatchObject({
      newUser: true,
      scope: 'user:basic',
      verifiedCredentials: [
        {
          format: 'blockchain',
          address: wallet.address,
          chain: 'EVM',
          walletName: 'metamask',
          walletProvider: 'browserExtension',
        },
      ],
    })
    expect(server.webhooks.map((event) => event.type)).toEqual(['user.session.created'])
    // The same wallet signs in as the same user.
    const again = await server.api.signInWithWallet(await walletProof(server, wallet), ctx())
    expect(again.user?.id).toBe(result.user?.id)
    expect(again.user?.newUser).toBe(false)
  })

  it('accepts an all-lowercase address, a message without statement or expiry', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    const { nonce } = await server.api.getNonce(ctx())
    const lower = wallet.address.toLowerCase()
    const message = siweMessage({ address: lower, nonce, statement: null, expirationTime: null })
    const signature = await wallet.signMessage(message, wallet.address)
    const result = await server.api.signInWithWallet(
      {
        message,
        signature,
        address: lower,
        chain: 'EVM',
        walletName: 'w',
        walletProvider: 'browserExtension',
      },
      ctx(),
    )
    // Stored checksummed, whatever the case it was proven in.
    expect(result.user?.verifiedCredentials?.[0]?.address).toBe(wallet.address)
  })

  it('refuses a replayed nonce', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    const proof = await walletProof(server, wallet)
    await server.api.signInWithWallet(proof, ctx())
    await expect(server.api.signInWithWallet(proof, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('already used'),
    })
    expect(server.webhooks).toHaveLength(1)
  })

  it('refuses a nonce the server never issued, and one older than 10 minutes', async () => {
    const { server, clock, advance } = setup()
    const wallet = createTestWallet()
    const message = siweMessage({ address: wallet.address, nonce: 'abcdef0123456789' })
    const forged = {
      message,
      signature: await wallet.signMessage(message, wallet.address),
      address: wallet.address,
      chain: 'EVM',
      walletName: 'w',
      walletProvider: 'browserExtension',
    }
    await expect(server.api.signInWithWallet(forged, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('unknown nonce'),
    })
    const stale = await walletProof(server, wallet, {
      expirationTime: new Date(START + 3_600_000).toISOString(),
    })
    advance(10 * 60_000)
    expect(clock.now).toBe(START + 600_000)
    await expect(server.api.signInWithWallet(stale, ctx())).rejects.toMatchObject({
      message: expect.stringContaining('nonce has expired'),
    })
  })

  it('forgets expired nonces as the next one is handed out: the map keeps only live nonces', async () => {
    const { server, advance } = setup()
    const wallet = createTestWallet()
    const anHour = { expirationTime: new Date(START + 3_600_000).toISOString() }
    const signIn = (proof: Awaited<ReturnType<typeof walletProof>>) =>
      server.api.signInWithWallet(proof, ctx())
    const stale = await Promise.all(Array.from({ length: 20 }, () => walletProof(server, wallet, anHour)))
    advance(5 * 60_000)
    const live = await walletProof(server, wallet, anHour)
    advance(5 * 60_000)
    // Expired but still held: nothing was handed out since.
    await expect(signIn(stale[0] ?? live)).rejects.toMatchObject({
      message: expect.stringContaining('nonce has expired'),
    })
    await server.api.getNonce(ctx())
    // Gone from the map (unknown, no longer "expired"); the nonce issued 5 minutes ago stays.
    for (const proof of stale) {
      await expect(signIn(proof)).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('unknown nonce'),
      })
    }
    await expect(signIn(live)).resolves.toMatchObject({ token: expect.any(String) })
  })

  it('refuses a signature by another wallet, and a tampered message', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    const other = createTestWallet()
    const proof = await walletProof(server, wallet)
    const wrongSigner = { ...proof, signature: await other.signMessage(proof.message, other.address) }
    await expect(server.api.signInWithWallet(wrongSigner, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('signature does not match'),
    })
    const tampered = { ...proof, message: proof.message.replace('Chain ID: 1', 'Chain ID: 137') }
    await expect(server.api.signInWithWallet(tampered, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
    })
    // A failed attempt does not burn the nonce: the genuine proof still works once.
    await expect(server.api.signInWithWallet(proof, ctx())).resolves.toMatchObject({
      token: expect.any(String),
    })
  })

  it('refuses a proof whose address differs from the message, or a bad checksum', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    const other = createTestWallet()
    const proof = await walletProof(server, wallet)
    await expect(
      server.api.signInWithWallet({ ...proof, address: other.address }, ctx()),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    })
    const flipped = wallet.address.replace(/[a-f]/, (c) => c.toUpperCase())
    const { nonce } = await server.api.getNonce(ctx())
    const message = siweMessage({ address: flipped, nonce })
    const bad = {
      ...proof,
      message,
      address: flipped,
      signature: await wallet.signMessage(message, wallet.address),
    }
    await expect(server.api.signInWithWallet(bad, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('EIP-55'),
    })
  })

  it('refuses an expired message, and accepts it just before', async () => {
    const { server, advance } = setup()
    const wallet = createTestWallet()
    const proof = await walletProof(server, wallet) // Expiration Time = START + 5 min
    advance(5 * 60_000)
    await expect(server.api.signInWithWallet(proof, ctx())).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('expired'),
    })
    const { server: fresh, advance: tick } = setup()
    const ok = await walletProof(fresh, wallet)
    tick(5 * 60_000 - 1)
    await expect(fresh.api.signInWithWallet(ok, ctx())).resolves.toMatchObject({ token: expect.any(String) })
  })

  it('requires the environment id as Request ID', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    for (const requestId of [null, 'other-env']) {
      const proof = await walletProof(server, wallet, { requestId })
      await expect(server.api.signInWithWallet(proof, ctx())).rejects.toMatchObject({
        message: expect.stringContaining('Request ID'),
      })
    }
  })

  it('checks the domain against allowedOrigins when they are set', async () => {
    const { server } = setup({ allowedOrigins: ['https://app.example'] })
    const wallet = createTestWallet()
    const evil = await walletProof(server, wallet, { domain: 'evil.example' })
    await expect(server.api.signInWithWallet(evil, ctx())).rejects.toMatchObject({
      message: expect.stringContaining('not an allowed origin'),
    })
    const good = await walletProof(server, wallet)
    await expect(server.api.signInWithWallet(good, ctx())).resolves.toMatchObject({
      token: expect.any(String),
    })
  })

  it('refuses malformed messages and signatures', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    const proof = await walletProof(server, wallet)
    for (const message of ['', 'hello', proof.message.replace('Version: 1', 'Version: 2')]) {
      await expect(server.api.signInWithWallet({ ...proof, message }, ctx())).rejects.toMatchObject({
        code: 'invalid_input',
        status: 400,
      })
    }
    await expect(server.api.signInWithWallet({ ...proof, signature: '0x1234' }, ctx())).rejects.toMatchObject(
      {
        code: 'invalid_input',
        message: expect.stringContaining('malformed'),
      },
    )
  })
})

describe('connect-only visits and linking', () => {
  it('records a visit without a session', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    await server.api.recordVisit({ address: wallet.address, chain: 'EVM', walletName: 'w' }, ctx())
    expect(server.visits).toEqual([{ address: wallet.address, chain: 'EVM', walletName: 'w', at: START }])
    expect(server.sessions()).toEqual([])
    await expect(
      server.api.recordVisit({ address: '0x123', chain: 'EVM', walletName: 'w' }, ctx()),
    ).rejects.toMatchObject({ code: 'invalid_input' })
  })

  it('links a wallet to the signed-in user, keeping the session', async () => {
    const { server } = setup()
    const signedIn = await emailSignIn(server)
    const wallet = createTestWallet()
    const linked = await server.api.linkWallet(await walletProof(server, wallet), ctx(signedIn.token))
    expect(linked.user?.sessionId).toBe(signedIn.user?.sessionId)
    expect(linked.token).not.toBe(signedIn.token)
    expect(linked.user?.verifiedCredentials?.map((c) => c.format)).toEqual(['email', 'blockchain'])
    // The wallet now signs in as that user.
    const viaWallet = await server.api.signInWithWallet(await walletProof(server, wallet), ctx())
    expect(viaWallet.user?.id).toBe(signedIn.user?.id)
    expect(server.webhooks.map((e) => e.type)).toEqual(['user.session.created', 'user.session.created'])
  })

  it('needs a token to link, and refuses a wallet that belongs to someone else', async () => {
    const { server } = setup()
    const wallet = createTestWallet()
    await expect(server.api.linkWallet(await walletProof(server, wallet), ctx())).rejects.toMatchObject({
      code: 'unauthorized',
      status: 401,
    })
    await server.api.signInWithWallet(await walletProof(server, wallet), ctx())
    const ada = await emailSignIn(server)
    await expect(
      server.api.linkWallet(await walletProof(server, wallet), ctx(ada.token)),
    ).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('another user') })
  })
})
