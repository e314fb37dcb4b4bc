import { ActionIcon, Button } from '@mantine/core'
import { call } from '@renderer/lib/api'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

interface CopyButtonProps {
  value: string
  /** What is copied, for the button's accessible name: "Copy password for shop01". */
  label: string
  /** A labelled button instead of an icon. */
  text?: string
}

/**
 * Copies through main's clipboard (the sandboxed window has none of its own) and says "Copied" only once the
 * write succeeded; a failed write says so instead of pretending (field-notes §2.4).
 */
export function CopyButton({ value, label, text }: CopyButtonProps) {
  const { t } = useTranslation('common')
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const copy = async () => {
    try {
      await call('app.copyText', { text: value })
      setState('copied')
    } catch {
      setState('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 1600)
  }
  const tip = state === 'copied' ? t('actions.copied') : state === 'failed' ? t('actions.copyFailed') : label
  const color = state === 'copied' ? 'teal' : state === 'failed' ? 'red' : 'gray'
  const icon = state === 'copied' ? <IconCheck size={16} /> : <IconCopy size={16} />

  if (text) {
    return (
      <Button
        variant="light"
        color={state === 'idle' ? undefined : color}
        leftSection={icon}
        onClick={copy}
        aria-label={label}
      >
        {state === 'copied' ? t('actions.copied') : text}
      </Button>
    )
  }
  // Feedback is the icon, its colour and the title: no floating tooltip, because copy buttons sit in long
  // virtualized lists whose rows mount on every keystroke of a search.
  return (
    <ActionIcon
      variant="subtle"
      color={color}
      onClick={copy}
      aria-label={state === 'idle' ? label : `${label}: ${tip}`}
      title={tip}
    >
      {icon}
    </ActionIcon>
  )
}
