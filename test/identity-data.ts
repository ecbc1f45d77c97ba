import { mod11_2CheckChar } from '../src/shared/validators/mod11-2'
import { usccCheckChar } from '../src/shared/validators/uscc'

let serial = 0
/** A valid resident ID number that no other test uses. */
export function residentId(): string {
  serial++
  const first17 = `110105${1960 + (serial % 40)}0101${String(serial % 1000).padStart(3, '0')}`
  return first17 + mod11_2CheckChar(first17)
}

/** A valid USCC (GB 32100 check character) that no other test uses. */
export function uscc(): string {
  serial++
  const first17 = `91110000${String(10_000_000 + serial).slice(0, 8)}0`
  return first17 + usccCheckChar(first17)
}

let phoneSerial = 0
export const phone = (): string => `139${String(10_000_000 + ++phoneSerial + Math.floor(Math.random() * 80_000_000)).slice(0, 8)}`
