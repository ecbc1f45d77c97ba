import nodemailer from 'nodemailer'
import type { PlatformStore } from '../store/platform-store'

export type Channel = 'sms' | 'email'
/** A verification code (`code` set) or a security notice (`password_changed`, `contacts_changed`: no code). */
export type CodeMessage = { channel: Channel; to: string; purpose: string; code: string }

/** How codes and security notices leave the platform. */
export interface CodeTransport {
  /** False when this transport cannot carry the channel. */
  supports(channel: Channel): boolean
  send(message: CodeMessage): Promise<void>
}

/** Development only: keeps every message, shown at GET /api/v1/dev/outbox. */
export function devOutboxTransport(store: PlatformStore, now: () => Date): CodeTransport {
  return {
    supports: () => true,
    async send(m) {
      await store.addOutboxMessage({ to: m.to, purpose: m.purpose, code: m.code, sentAt: now().toISOString() })
    }
  }
}

const subjects: Record<string, string> = {
  register: 'PatentDesk registration code / 注册验证码',
  reset: 'PatentDesk password reset code / 重置密码验证码',
  profile: 'PatentDesk verification code / 验证码',
  contact: 'PatentDesk: confirm your new contact / 确认新的联系方式',
  password_changed: 'PatentDesk: your password was changed / 您的密码已修改',
  contacts_changed: 'PatentDesk: your phone or email was changed / 您的手机号或邮箱已更换'
}

const notices: Record<string, string> = {
  password_changed:
    '您的 PatentDesk 账号密码刚刚被修改。如非本人操作，请立即通过“忘记密码”重置密码。\n' +
    'The password of your PatentDesk account was just changed. If this was not you, reset it now with "forgot password".',
  contacts_changed:
    '您的 PatentDesk 账号绑定的手机号或邮箱刚刚被更换，此后验证码将发送到新的联系方式。如非本人操作，请立即向平台提交人工申请找回账号。\n' +
    'The phone or email bound to your PatentDesk account was just changed; codes now go to the new contact. ' +
    'If this was not you, file a manual request with the platform to recover the account now.'
}

const bodyOf = (m: CodeMessage): string =>
  notices[m.purpose] ?? `验证码 / code: ${m.code}\n10 分钟内有效 / valid for 10 minutes. 如非本人操作请忽略 / ignore if this was not you.`

/** Email over SMTP (PLATFORM_SMTP_URL, PLATFORM_SMTP_FROM). */
export function smtpTransport(url: string, from: string): CodeTransport {
  const transporter = nodemailer.createTransport(url)
  return {
    supports: (channel) => channel === 'email',
    async send(m) {
      await transporter.sendMail({
        from,
        to: m.to,
        subject: subjects[m.purpose] ?? 'PatentDesk',
        text: bodyOf(m)
      })
    }
  }
}

/** Picks the first transport that carries the channel. */
export function firstSupporting(transports: CodeTransport[]): CodeTransport {
  return {
    supports: (channel) => transports.some((t) => t.supports(channel)),
    async send(m) {
      const transport = transports.find((t) => t.supports(m.channel))
      if (!transport) throw new Error(`No transport for ${m.channel}`)
      await transport.send(m)
    }
  }
}
