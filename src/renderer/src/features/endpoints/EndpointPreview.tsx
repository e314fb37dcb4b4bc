import { Button, Code, Group, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import {
  type EndpointFormat,
  type EndpointTexts,
  endpointFormats,
  endpointParts,
  formatEndpoint,
  PASSWORD_MASK,
  type ParsedEndpointInput,
} from '@shared/domain/endpoint'
import { IconCheck, IconCopy, IconEye, IconEyeOff, IconInfoCircle } from '@tabler/icons-react'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCopyEndpoint, useRevealEndpoint } from './queries'

interface PreviewProps {
  /** The checked input; null while a field has a problem or no user is chosen. */
  input: ParsedEndpointInput | null
  /** Why there is nothing to show: no user yet, or a field to fix. */
  reason: 'incomplete' | 'fix'
  /** The URL the curl command asks for (settings.ipEchoUrl). */
  curlTarget: string
  demo: boolean
  /** More actions under the texts (Save as preset). */
  extra?: ReactNode
}

/**
 * The endpoint in each copy format, with the password masked. Copy asks main, which fills in the password and
 * writes the clipboard; "Copied" appears only after that succeeded, and only for the text that was copied.
 */
export function EndpointPreview({ input, reason, curlTarget, demo, extra }: PreviewProps) {
  const { t } = useTranslation('endpoints')
  const copy = useCopyEndpoint()
  const reveal = useRevealEndpoint()
  const key = input ? JSON.stringify(input) : null
  const [copied, setCopied] = useState<{ key: string; format: EndpointFormat } | null>(null)
  const [revealed, setRevealed] = useState<{ key: string; texts: EndpointTexts } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  // Shown only for the endpoint it was revealed for: any change hides the password again.
  const shown = revealed && revealed.key === key ? revealed.texts : null

  const doCopy = (format: EndpointFormat) => {
    if (!input || !key) return
    copy.mutate(
      { endpoint: input, format },
      {
        onSuccess: () => {
          setCopied({ key, format })
          clearTimeout(timer.current)
          timer.current = setTimeout(() => setCopied(null), 2000)
        },
      },
    )
  }
  const toggleReveal = () => {
    if (shown) return setRevealed(null)
    if (!input || !key) return
    reveal.mutate({ endpoint: input }, { onSuccess: (texts) => setRevealed({ key, texts }) })
  }

  const parts = input ? endpointParts(input) : null
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Text fw={600} size="sm" component="h2">
          {t('preview.title')}
        </Text>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={shown ? <IconEyeOff size={16} aria-hidden="true" /> : <IconEye size={16} aria-hidden="true" />}
          onClick={toggleReveal}
          disabled={!input}
          loading={reveal.isPending}
        >
          {shown ? t('preview.hide') : t('preview.show')}
        </Button>
      </Group>
      {parts ? (
        endpointFormats.map((format) => {
          const isCopied = copied?.key === key && copied.format === format
          const label = t(`preview.formats.${format}`)
          return (
            <Stack key={format} gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed" fw={600}>
                  {label}
                </Text>
                <Button
                  size="compact-sm"
                  variant={isCopied ? 'light' : 'default'}
                  color={isCopied ? 'teal' : undefined}
                  leftSection={
                    isCopied ? <IconCheck size={14} aria-hidden="true" /> : <IconCopy size={14} aria-hidden="true" />
                  }
                  aria-label={isCopied ? `${t('preview.copied')}: ${label}` : t('preview.copyLabel', { format: label })}
                  onClick={() => doCopy(format)}
                  loading={copy.isPending && copy.variables?.format === format}
                >
                  {isCopied ? t('preview.copied') : t('preview.copy')}
                </Button>
              </Group>
              <Code
                block
                fz="xs"
                data-testid={`endpoint-${format}`}
                style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
              >
                {shown ? shown[format] : formatEndpoint(parts, PASSWORD_MASK, format, curlTarget)}
              </Code>
            </Stack>
          )
        })
      ) : (
        <Text size="sm" c="dimmed" data-testid="endpoint-preview-empty">
          {t(`preview.${reason}`)}
        </Text>
      )}
      {parts && !shown ? (
        <Text size="xs" c="dimmed">
          {t('preview.masked')}
        </Text>
      ) : null}
      {extra ? <Group gap="sm">{extra}</Group> : null}
      {demo ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconInfoCircle size={16} color="var(--mantine-color-blue-6)" aria-hidden="true" style={{ flex: 'none' }} />
          <Text size="xs" c="dimmed">
            {t('preview.demo')}
          </Text>
        </Group>
      ) : null}
      {copy.isError ? <ErrorAlert title={t('preview.copyFailed')} error={copy.error} /> : null}
      {reveal.isError ? <ErrorAlert error={reveal.error} /> : null}
    </Stack>
  )
}
