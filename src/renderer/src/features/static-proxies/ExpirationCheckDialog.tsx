import { Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import { Dialog } from '@renderer/ui/Dialog'
import type { ExpirationCheck, StaticProduct } from '@shared/domain/proxies'
import { labelKey } from '@shared/products'
import { IconCalendarSearch } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ExpirationResults } from './ExpirationResults'
import { MAX_CHECK_IPS, readPastedIps } from './paste'
import { useCheckExpirations } from './queries'

interface ExpirationCheckDialogProps {
  opened: boolean
  product: StaticProduct
  /** What the field starts with when the dialog opens (the selected IPs, one per line). */
  initialText: string
  /** Changes on each opening, so the field starts again from `initialText`. */
  formKey: number
  now: number
  onClose: () => void
}

/** Paste or bring IPs, ask Thordata for each one's expiry now, see the answer per IP. */
export function ExpirationCheckDialog(props: ExpirationCheckDialogProps) {
  const { t } = useTranslation('staticProxies')
  return (
    <Dialog opened={props.opened} onClose={props.onClose} title={t('check.title')} size="lg">
      <CheckForm key={props.formKey} {...props} />
    </Dialog>
  )
}

function CheckForm({ product, initialText, now, onClose }: ExpirationCheckDialogProps) {
  const { t } = useTranslation(['staticProxies', 'validation', 'common'])
  const [text, setText] = useState(initialText)
  const [error, setError] = useState<string | null>(null)
  const check = useCheckExpirations()
  const [answer, setAnswer] = useState<ExpirationCheck | null>(null)
  const pasted = useMemo(() => readPastedIps(text), [text])

  const fieldError = (): string | null => {
    if (pasted.invalid.length) {
      return t('check.invalid', { count: pasted.invalid.length, list: pasted.invalid.slice(0, 5).join(', ') })
    }
    if (pasted.ips.length === 0) return t('validation:ip.pasteOne')
    if (pasted.ips.length > MAX_CHECK_IPS) return t('check.tooMany', { max: MAX_CHECK_IPS })
    return null
  }
  const submit = () => {
    const problem = fieldError()
    setError(problem)
    if (problem || check.isPending) return
    check.mutate({ product, ips: pasted.ips }, { onSuccess: setAnswer })
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('check.intro')}
        </Text>
        <Textarea
          label={t('check.field')}
          description={t('check.hint')}
          placeholder={'198.51.100.20\n203.0.113.140, 2001:db8::1'}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value)
            setError(null)
          }}
          error={error}
          rows={3}
          resize="vertical"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          data-autofocus
        />
        {check.isError ? <ErrorAlert error={check.error} onRetry={submit} retrying={check.isPending} /> : null}
        {answer && !check.isError ? (
          <ExpirationResults answer={answer} productName={t(labelKey(product))} now={now} />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite" mr="auto">
            {t('check.tally', { count: pasted.ips.length })}
            {pasted.repeats ? ` · ${t('check.repeats', { count: pasted.repeats })}` : ''}
          </Text>
          <Button variant="default" onClick={onClose}>
            {t('check.close')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconCalendarSearch size={16} aria-hidden="true" />}
            loading={check.isPending}
          >
            {pasted.ips.length ? t('check.submit', { count: pasted.ips.length }) : t('check.submitNone')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
