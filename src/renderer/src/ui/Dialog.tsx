import { Modal, type ModalProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export type DialogProps = ModalProps

/**
 * Every modal in the app: Mantine's Modal with a close button that has a name ("Close" / "关闭"), so neither a
 * screen reader nor axe meets an unnamed control. Put `data-autofocus` on what should take focus first (Cancel,
 * or the first field); otherwise the close button would.
 */
export function Dialog({ closeButtonProps, styles, ...props }: DialogProps) {
  const { t } = useTranslation()
  return (
    <Modal
      size="md"
      {...props}
      styles={{ title: { fontWeight: 650 }, ...(typeof styles === 'object' ? styles : {}) }}
      closeButtonProps={{ 'aria-label': t('actions.close'), ...closeButtonProps }}
    />
  )
}
