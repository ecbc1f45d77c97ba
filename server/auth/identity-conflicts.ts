import type { AccountRecord, AccountType, PlatformStore } from '../store/platform-store'

export type Conflict = { status: 409; code: 'ID_ALREADY_REGISTERED' | 'PHONE_IN_USE'; message: string; field: string }

const phoneInUse: Conflict = {
  status: 409,
  code: 'PHONE_IN_USE',
  message: 'This mobile number is already used by another account: choose another number',
  field: 'phone'
}

/**
 * Whether an ID number, USCC or phone already belongs to another account, with the guidance
 * the user needs: a legacy account is completed, not registered again. The phone is looked at
 * first: a request whose phone is taken says nothing about its ID number, so registration and
 * completion cannot be used to test whose ID numbers are registered.
 */
export async function findConflict(
  store: PlatformStore,
  wanted: { type: AccountType; idNumber?: string | null; uscc?: string | null; agencyCode?: string | null; phone: string },
  self?: AccountRecord
): Promise<Conflict | null> {
  const other = (a: AccountRecord | undefined) => (a && a.id !== self?.id ? a : undefined)
  const phone = await findPhoneConflict(store, wanted.phone, self)
  if (phone) return phone
  if (wanted.agencyCode && other(await store.findAccountByAgencyCode(wanted.agencyCode))) {
    return {
      status: 409,
      code: 'ID_ALREADY_REGISTERED',
      message: 'This agency code is already registered: the agency already has an account. Sign in, or reset the password',
      field: 'profile.agencyCode'
    }
  }
  const holder = wanted.idNumber
    ? other(await store.findAccountByIdNumber(wanted.idNumber))
    : wanted.uscc
      ? other(await store.findAccountByUscc(wanted.type, wanted.uscc))
      : undefined
  if (holder) {
    const field = wanted.idNumber ? 'profile.idNumber' : 'profile.uscc'
    const message =
      holder.status === 'needs_completion'
        ? 'This ID number belongs to an account from the old filing systems: sign in with its old account and password and complete its data'
        : `This ${wanted.idNumber ? 'ID number' : 'USCC'} is already registered: you are already a user. Sign in, or reset the password`
    return { status: 409, code: 'ID_ALREADY_REGISTERED', message, field }
  }
  return null
}

/** Whether another account than `self` has the phone bound. */
export async function findPhoneConflict(store: PlatformStore, phone: string, self?: AccountRecord): Promise<Conflict | null> {
  const holder = await store.findAccountByPhone(phone)
  return holder && holder.id !== self?.id ? phoneInUse : null
}

const identityFields: Partial<Record<keyof AccountRecord, { path: string; name: string }>> = {
  idNumber: { path: 'profile.idNumber', name: 'ID number' },
  uscc: { path: 'profile.uscc', name: 'USCC' },
  agencyCode: { path: 'profile.agencyCode', name: 'agency code' }
}

/**
 * The conflict a unique field names when another request took it between the check above and
 * the write (the store's DuplicateAccountField); null for a field no request chooses.
 */
export function conflictOfField(field: keyof AccountRecord): Conflict | null {
  if (field === 'phone') return phoneInUse
  const identity = identityFields[field]
  if (!identity) return null
  return {
    status: 409,
    code: 'ID_ALREADY_REGISTERED',
    message: `This ${identity.name} is already registered: you are already a user. Sign in, or reset the password`,
    field: identity.path
  }
}
