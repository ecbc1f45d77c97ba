/**
 * The newest code the platform "sent" to `to`, read from its development outbox as the user's
 * phone would show it. The platform delivers codes in the background (so its answer time tells
 * nothing), so the message may land a moment after the page said "sent": wait for it, as a
 * phone would.
 */
export async function latestCode(platformUrl: string, to: string, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const res = await fetch(`${platformUrl}/api/v1/dev/outbox?to=${encodeURIComponent(to)}`)
    const body = (await res.json()) as { messages: { code: string }[] }
    const code = body.messages.filter((m) => m.code).at(-1)?.code
    if (code) return code
    if (Date.now() > deadline) throw new Error(`No code in the outbox for ${to}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
