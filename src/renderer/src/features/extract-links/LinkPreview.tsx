import { Button, Code, Group, Stack, Text } from '@mantine/core'
import { ErrorAlert } from '@renderer/lib/errors'
import type { ExtractInput } from '@shared/domain/extract'
import { IconCheck, IconCopy, IconPlayerPlay } from '@tabler/icons-react'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCopyLink } from './queries'

interface LinkPreviewProps {
  /** The link as the window builds it for display; null while the form has a problem or the target loads. */
  url: string | null
  /** The form's input, sent to main, which builds the link again itself to copy or test it. */
  input: ExtractInput | null
  loading: boolean
  onTest: () => void
  testing: boolean
  /** More actions beside Copy and Test (Save as preset). */
  extra?: ReactNode
}

/** The live link and its two actions: Copy (through main's clipboard) and Test. */
export function LinkPreview({ url, input, loading, onTest, testing, extra }: LinkPreviewProps) {
  const { t } = useTranslation('extract')
  const copy = useCopyLink()
  // "Copied" belongs to the link that was copied: a changed link shows Copy again.
  const [copiedUrl, setCopiedUrl] = useState<string | null>(null)
  const copied = copiedUrl !== null && copiedUrl === url
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const doCopy = () => {
    if (!input) return
    const copying = url
    copy.mutate(input, {
      onSuccess: () => {
        setCopiedUrl(copying)
        clearTimeout(timer.current)
        timer.current = setTimeout(() => setCopiedUrl(null), 2000)
      },
    })
  }

  return (
    <Stack gap="sm">
      <Text fw={600} size="sm" component="h2">
        {t('preview.label')}
      </Text>
      {url ? (
        <Code block data-testid="extract-preview" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
          {url}
        </Code>
      ) : (
        <Text size="sm" c="dimmed" data-testid="extract-preview">
          {loading ? t('preview.loading') : t('preview.invalid')}
        </Text>
      )}
      <Group gap="sm">
        <Button
          leftSection={copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />}
          color={copied ? 'teal' : undefined}
          onClick={doCopy}
          disabled={!input}
          loading={copy.isPending}
          aria-live="polite"
        >
          {copied ? t('preview.copied') : t('preview.copy')}
        </Button>
        <Button
          variant="outline"
          leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
          onClick={onTest}
          disabled={!input}
          loading={testing}
        >
          {t('preview.test')}
        </Button>
        {extra}
      </Group>
      {copy.isError ? <ErrorAlert title={t('preview.copyFailed')} error={copy.error} /> : null}
    </Stack>
  )
}
