import { describe, expect, it } from 'vitest'
import { createEarlyRequest } from './early-request'

function setup(maxAgeMs = 1000) {
  let clock = 0
  let sent = 0
  const early = createEarlyRequest<number>(maxAgeMs, () => clock)
  const send = () => Promise.resolve(++sent)
  return { early, send, sent: () => sent, advance: (ms: number) => (clock += ms) }
}

describe('a request started while the screen is drawn', () => {
  it('is sent once however many times the screen is drawn before it shows', async () => {
    const { early, send, sent } = setup()
    const first = early.start('account-a', send)
    const again = early.start('account-a', send)
    expect(sent()).toBe(1)
    expect(await again).toBe(await first)
    expect(await early.take('account-a')).toBe(1)
  })

  it('is handed out once: the next visit asks afresh', async () => {
    const { early, send, sent } = setup()
    void early.start('account-a', send)
    await early.take('account-a')
    expect(early.take('account-a')).toBeUndefined()
    expect(await early.start('account-a', send)).toBe(2)
    expect(sent()).toBe(2)
  })

  it("never hands one account's answer to another", async () => {
    const { early, send } = setup()
    void early.start('account-a', send)
    expect(early.take('account-b')).toBeUndefined()
    expect(await early.start('account-b', send)).toBe(2)
  })

  it('is dropped when the screen was left before it showed, so a later visit gets a new answer', async () => {
    const { early, send, advance } = setup(1000)
    void early.start('account-a', send)
    advance(1001)
    expect(early.take('account-a')).toBeUndefined()
    expect(await early.start('account-a', send)).toBe(2)
  })
})
