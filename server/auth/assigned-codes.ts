import { randomInt } from 'node:crypto'

const digits = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join('')

/** Numbers the platform assigns: login names, user codes (entities without a USCC), registration codes (no ID document). */
export const newLoginName = (): string => `pd${digits(10)}`
export const newUserCode = (): string => `U${digits(17)}`
export const newRegistrationCode = (): string => `R${digits(11)}`
