import { createPlatformClient, type PlatformClient, type PlatformClientOptions } from '../src/main/core/platform/platform-client'

/** A platform client for a test platform (always on loopback, so always allowed). */
export function platformClient(options: PlatformClientOptions): PlatformClient {
  const client = createPlatformClient(options)
  if (!client.ok) throw new Error(client.error.message)
  return client.value
}
