import { Button, type ButtonProps, Group, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { formatMoney } from '@renderer/lib/format'
import { type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'
import { useSendOnce } from './purchase/useSendOnce'

export interface ConfirmActionProps<T> {
  /** The dialog's title, a question naming the thing: "Delete proxy user shop01?" */
  title: string
  /** Exactly what will happen, in a sentence or two. */
  body: ReactNode
  /** For spending: the amount, shown formatted for the locale. */
  amount?: { value: number; currency: string }
  /** The confirm button's words: "Delete shop01". */
  confirmLabel: string
  /** Red confirm button for something that cannot be undone. */
  danger?: boolean
  /** Runs once per confirmation, never retried; a rejection is shown in the dialog, which stays open. */
  action: () => Promise<T>
  onSuccess?: (result: T) => void
  /** Fields inside the dialog; give the first one `data-autofocus` (otherwise Cancel takes focus). */
  fields?: ReactNode
  /** Disables the confirm button (e.g. while a field is invalid). */
  confirmDisabled?: boolean
  /** The button that opens the dialog. Omit it and pass `opened`/`onClose` to open it from elsewhere (a row menu). */
  trigger?: { label: ReactNode } & ButtonProps & { 'aria-label'?: string }
  opened?: boolean
  onClose?: () => void
}

/** A button and the dialog that confirms it: the request runs inside, with its spinner and its error. */
export function ConfirmAction<T>(props: ConfirmActionProps<T>) {
  const { trigger, opened: controlled, onClose } = props
  const [ownOpened, setOwnOpened] = useState(false)
  const opened = controlled ?? ownOpened
  const close = () => {
    setOwnOpened(false)
    onClose?.()
  }
  return (
    <>
      {trigger ? <TriggerButton {...trigger} onClick={() => setOwnOpened(true)} /> : null}
      {opened ? <ConfirmDialog {...props} onClose={close} /> : null}
    </>
  )
}

function TriggerButton({
  label,
  ...buttonProps
}: NonNullable<ConfirmActionProps<unknown>['trigger']> & {
  onClick: () => void
}) {
  return <Button {...buttonProps}>{label}</Button>
}

/** Mounted only while open, so each opening starts with no error and no pending request. */
function ConfirmDialog<T>({
  title,
  body,
  amount,
  confirmLabel,
  danger,
  action,
  onSuccess,
  fields,
  confirmDisabled,
  onClose,
}: ConfirmActionProps<T> & { onClose: () => void }) {
  const { t } = useTranslation()
  const [error, setError] = useState<unknown>(null)
  const { send, pending, isMounted } = useSendOnce()

  const confirm = async () => {
    const sent = await send(() => {
      setError(null)
      return action()
    })
    if (sent.status === 'skipped' || !isMounted()) return
    if (sent.status === 'failed') return setError(sent.error)
    onClose()
    onSuccess?.(sent.value)
  }

  return (
    <Dialog opened onClose={() => !pending && onClose()} title={title} closeOnClickOutside={!pending}>
      <Stack gap="md">
        <Text size="sm" component="div">
          {body}
        </Text>
        {amount ? (
          <Text fw={650}>{t('confirm.amount', { amount: formatMoney(amount.value, amount.currency) })}</Text>
        ) : null}
        {fields}
        {error ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending} data-autofocus={fields ? undefined : true}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            onClick={() => void confirm()}
            loading={pending}
            disabled={confirmDisabled}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  )
}
