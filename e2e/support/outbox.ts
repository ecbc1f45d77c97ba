/** The newest code the platform "sent" to `to`, read from its development outbox as the user's phone would show it. */
export async function latestCode(platformUrl: string, to: string): Promise<string> {
  const res = await fetch(`${platformUrl}/api/v1/dev/outbox?to=${encodeURIComponent(to)}`)
  const body = (await res.json()) as { messages: { code: string }[] }
  const code = body.messages.filter((m) => m.code).at(-1)?.code
  if (!code) throw new Error(`No code in the outbox for ${to}`)
  return code
}
