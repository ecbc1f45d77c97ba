import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { smtpTransport } from './transport'

/** A minimal SMTP server on loopback that keeps what it receives: enough to see a real delivery. */
let server: Server
let port: number
const received: string[] = []

beforeAll(async () => {
  server = createServer((socket) => {
    let inData = false
    let data = ''
    socket.write('220 test ESMTP\r\n')
    socket.on('data', (chunk) => {
      for (const line of chunk.toString().split('\r\n').filter((l, i, all) => l !== '' || i < all.length - 1)) {
        if (inData) {
          if (line === '.') {
            inData = false
            received.push(data)
            socket.write('250 queued\r\n')
          } else data += `${line}\n`
          continue
        }
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test\r\n')
        else if (verb === 'DATA') {
          inData = true
          data = ''
          socket.write('354 go on\r\n')
        } else if (verb === 'QUIT') socket.end('221 bye\r\n')
        else if (line) socket.write('250 ok\r\n')
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(() => server.close())

describe('SMTP transport', () => {
  it('delivers an email code through an SMTP server and refuses SMS', async () => {
    const transport = smtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`, 'PatentDesk <no-reply@patentdesk.test>')
    expect(transport.supports('sms')).toBe(false)
    expect(transport.supports('email')).toBe(true)
    await transport.send({ channel: 'email', to: 'applicant@example.com', purpose: 'reset', code: '482913' })
    expect(received).toHaveLength(1)
    expect(received[0]).toContain('To: applicant@example.com')
    expect(received[0]).toContain('482913')
  })
})
