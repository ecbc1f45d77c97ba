import type { FastifyInstance } from 'fastify'
import { apiPaths } from '../../src/shared/platform-api'
import type { PlatformContext } from '../context'

export function passwordPolicyRoutes(app: FastifyInstance, ctx: PlatformContext): void {
  app.get(apiPaths.passwordPolicy, async () => ctx.policy)
}
