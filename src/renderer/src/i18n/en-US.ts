import type { Messages } from './zh-CN'

export const enUS: Messages = {
  app: { name: 'PatentDesk', localPlatform: 'Local test platform', language: 'Language' },
  signIn: {
    title: 'Sign in',
    subtitle: 'Unified identity platform for patent and IC layout-design business',
    account: 'Account',
    accountHint: 'Login name, mobile number or ID number',
    password: 'Password',
    remember: 'Remember me (kept in the system keychain)',
    submit: 'Sign in',
    capsLock: 'Caps Lock is on',
    required: 'Enter your {{field}}',
    restoreFailed: 'Your last sign-in could not be restored: {{reason}}'
  },
  home: {
    title: 'Workspace',
    welcome: 'Hello, {{name}}',
    signedInAs: 'Signed in as',
    loginName: 'Login name',
    accountType: 'Account type',
    phone: 'Mobile',
    email: 'Email',
    signOut: 'Sign out',
    signedOutOffline:
      'Signed out on this computer. The platform could not be reached, so the session there ends when it expires.',
    types: { person: 'Natural person', entity: 'Legal entity', agency: 'Patent agency' }
  },
  changePassword: {
    title: 'Change your password',
    reasons: {
      temporary: 'You signed in with a temporary password from an administrator. Set your own password to continue.',
      expired: 'Your password has expired. Set a new password to continue.',
      policy: 'Your password does not meet the platform’s current rules. Set a new password to continue.',
      legacy: 'The password of your account from the old systems does not meet the current rules. Set a new password to continue.'
    },
    rulesTitle: 'The new password must:',
    rules: {
      length: 'be {{min}}–{{max}} characters long',
      classes: 'contain {{count}} of: upper-case letters, lower-case letters, digits, symbols',
      context: 'not contain your login name, mobile number or ID number',
      common: 'not be a common password',
      history: 'differ from your last {{count}} passwords'
    },
    current: 'Current password',
    next: 'New password',
    confirm: 'Repeat the new password',
    mismatch: 'The two new passwords differ',
    breaksRules: 'The new password does not meet the rules above',
    submit: 'Change password',
    done: 'Password changed. You will not be asked again.',
    signOutInstead: 'Not now: sign out'
  },
  forgot: {
    link: 'Forgot password?',
    title: 'Reset your password',
    intro: 'The code goes to the contact bound to the account: your own for a person, the legal representative’s for an entity, the agency’s for an agency.',
    channel: 'Send the code by',
    sms: 'Text message',
    email: 'Email',
    send: 'Send code',
    sentTo: 'Code sent to {{to}} ({{owner}}); it is valid for 10 minutes.',
    owners: { self: 'you', legal_person: 'the legal representative', agency: 'the agency' },
    code: 'Verification code',
    resend: 'Send again',
    resendIn: 'Send again in {{seconds}} s',
    submit: 'Reset password',
    done: 'Password reset. Sign in with the new password.',
    back: 'Back to sign-in',
    manual: 'Cannot use that phone or email any more? File a manual request with the platform, then reset the password once the contact is changed.'
  },
  errors: {
    INVALID_CREDENTIALS: 'The account or the password is wrong.',
    LOCKED: 'Too many wrong passwords: the account is locked. Try again in {{minutes}} minutes.',
    RATE_LIMITED: 'Too many attempts. Try again in {{seconds}} seconds.',
    NETWORK: 'The platform cannot be reached. Check your network and try again.',
    TIMEOUT: 'The platform took too long to answer. Try again shortly.',
    BAD_RESPONSE: 'The platform sent an answer this app does not understand. Try again later.',
    KEYCHAIN_UNAVAILABLE: 'The system keychain is not available, so the sign-in cannot be kept safely.',
    VALIDATION: 'Some fields need attention.',
    TOKEN_INVALID: 'Your sign-in has expired. Please sign in again.',
    TOKEN_REUSED: 'Your sign-in was used twice, so every session was ended for safety. Please sign in again.',
    SESSION_EXPIRED: 'Your sign-in has expired. Please sign in again.',
    NOT_SIGNED_IN: 'Not signed in.',
    FORBIDDEN_SENDER: 'This window may not do that.',
    UNAUTHORIZED: 'Your sign-in has expired. Please sign in again.',
    POLICY_VIOLATION: 'The new password breaks the password rules.',
    PASSWORD_REUSED: 'You used this password recently. Choose another one.',
    CODE_INVALID: 'The code is wrong. Check it and try again.',
    CODE_EXPIRED: 'The code has expired. Ask for a new one.',
    DELIVERY_UNAVAILABLE: 'Codes cannot be sent that way right now. Choose the other way.',
    INTERNAL: 'Something went wrong. Try again; contact support if it keeps happening.',
    unknown: 'That did not work: {{message}}'
  }
}
