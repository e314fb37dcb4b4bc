import { notifications } from '@mantine/notifications'
import { toAppError } from './api'
import { i18n } from './i18n'

// Mantine's close button has no name of its own: without one, a screen reader (and axe) meets an unnamed button.
const closeButtonProps = () => ({ 'aria-label': i18n.t('common:actions.close') })

/** The one toast style for a write that failed after the screen already showed it: what, and main's words why. */
export function notifyFailure(title: string, error: unknown): void {
  notifications.show({
    color: 'red',
    title,
    message: toAppError(error).message,
    autoClose: 8000,
    closeButtonProps: closeButtonProps(),
  })
}

/** The one toast style for a write that went through. */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, closeButtonProps: closeButtonProps() })
}

/** The one toast style for a write that went through only in part (a batch with some lines refused). */
export function notifyWarning(message: string): void {
  notifications.show({ color: 'orange', message, autoClose: 8000, closeButtonProps: closeButtonProps() })
}
