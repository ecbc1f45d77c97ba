/**
 * The languages the app speaks; zh-CN first, it is the first market's. Kept apart from the
 * settings schema so the renderer's first screen can name them without carrying zod.
 */
export const languages = ['zh-CN', 'en-US'] as const
export type Language = (typeof languages)[number]
