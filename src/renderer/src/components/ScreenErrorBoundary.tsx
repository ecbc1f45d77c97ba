import { WarningFilled } from './icons'
import { Button, Flex, Typography } from 'antd'
import { Component, type ReactNode } from 'react'
import { Translation } from 'react-i18next'

/**
 * A screen that cannot be drawn (its code failed to load, say, after the app was updated under
 * it) says so and offers a reload, instead of leaving the window blank. Drafts are saved as they
 * are typed, so a reload loses nothing. `resetKey` (the route) gives the next screen a fresh try.
 */
export class ScreenErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false })
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <Translation>
        {(t) => (
          // Plain parts, not antd's Result: its illustrations would weigh on every first screen.
          <Flex vertical align="center" gap={12} style={{ marginTop: 96, padding: '0 24px', textAlign: 'center' }} role="alert">
            <WarningFilled style={{ fontSize: 56, color: '#faad14' }} />
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('screenError.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('screenError.detail')}</Typography.Text>
            <Button type="primary" autoFocus onClick={() => window.location.reload()}>
              {t('screenError.reload')}
            </Button>
          </Flex>
        )}
      </Translation>
    )
  }
}
