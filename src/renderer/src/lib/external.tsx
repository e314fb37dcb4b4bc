import { Anchor, type AnchorProps } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import { call, toAppError } from './api'
import { i18n } from './i18n'

export const links = {
  myAccount: 'https://dashboard.thordata.com/account-settings',
  dashboard: 'https://dashboard.thordata.com/',
  docs: 'https://doc.thordata.com/',
} as const

/** Opens a URL in the user's browser through main; the app window itself never navigates away. */
export async function openExternal(url: string): Promise<void> {
  try {
    await call('app.openExternal', { url })
  } catch (error) {
    notifications.show({
      color: 'red',
      title: i18n.t('common:actions.openLinkFailed'),
      message: toAppError(error).message,
    })
  }
}

interface ExternalLinkProps extends AnchorProps {
  href: string
  children: ReactNode
}

/** Looks like a link, behaves like a button that asks main to open the browser. */
export function ExternalLink({ href, children, ...props }: ExternalLinkProps) {
  return (
    <Anchor component="button" type="button" onClick={() => void openExternal(href)} title={href} {...props}>
      {children}
    </Anchor>
  )
}
