import type { ThemeConfig } from 'antd'

/** A tag's text is the 7th shade of its colour; antd keeps it under two names (CSS variable `--ant-green-7`). */
const tagText = (colour: string, shade: string) => ({ [`${colour}7`]: shade, [`${colour}-7`]: shade })

/**
 * antd's default colours put small text below the 4.5:1 contrast WCAG AA asks for: blue links and
 * primary buttons (4.1), grey hints (3.4), red errors (3.3), and the green, gold and orange tags
 * (2.8–3.4). Each is taken one or two shades darker in antd's own palette, which keeps the look
 * and reaches at least 4.5:1 on white and on the tag's tinted background. The tinted backgrounds
 * and borders stay antd's (they would be derived from the darker shade, greyed). An accessibility
 * check of every screen in the e2e run holds the app to it.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#ad4e00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    ...tagText('green', '#237804'),
    ...tagText('gold', '#874d00'),
    ...tagText('orange', '#ad4e00'),
    ...tagText('volcano', '#ad2102'),
    ...tagText('cyan', '#006d75')
  }
}
