import { createServer, connect, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * A TCP relay in front of a real server that can be switched off and on again at the same
 * address: the client sees the platform go away and come back, as after a network outage.
 */
export async function switchableProxy(target: string) {
  const { hostname, port: targetPort } = new URL(target)
  const sockets = new Set<Socket>()
  let server: Server | null = null
  let port = 0
  const up = async () => {
    server = createServer((client) => {
      const upstream = connect(Number(targetPort), hostname)
      for (const s of [client, upstream]) {
        sockets.add(s)
        s.on('close', () => sockets.delete(s))
        s.on('error', () => s.destroy())
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  }
  const down = async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    server = null
  }
  await up()
  return { url: `http://127.0.0.1:${port}`, up, down }
}
