import { ActionIcon, Group, Text } from '@mantine/core'
import { call } from '@renderer/lib/api'
import { IconCheck, IconCopy, IconEye, IconEyeOff } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

type CopyState = 'idle' | 'copied' | 'failed'

/** Copies through main's clipboard (the sandboxed window has none) and says "Copied" only once it succeeded. */
function useCopy() {
  const [state, setState] = useState<CopyState>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = async (value: () => string | Promise<string>) => {
    try {
      await call('app.copyText', { text: await value() })
      setState('copied')
    } catch {
      setState('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setState('idle'), 1600)
  }
  return { state, copy }
}

interface CopyIconProps {
  /** The accessible name: "Copy password for shop01". */
  label: string
  state: CopyState
  onClick: () => void
  t: TFunction<'table'>
}

// The native title, not a Mantine Tooltip: cells mount on every keystroke of a search in long lists.
function CopyIcon({ label, state, onClick, t }: CopyIconProps) {
  const tip = state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : t('copy')
  return (
    <ActionIcon
      variant="subtle"
      color={state === 'copied' ? 'teal' : state === 'failed' ? 'red' : 'gray'}
      onClick={onClick}
      aria-label={state === 'idle' ? label : `${label}: ${tip}`}
      title={tip}
    >
      {state === 'copied' ? <IconCheck size={16} /> : <IconCopy size={16} />}
    </ActionIcon>
  )
}

interface CopyCellProps {
  value: string
  /** The copy button's accessible name, naming the row: "Copy 203.0.113.7". */
  label: string
  /** What to show instead of the bare value. */
  children?: ReactNode
  monospace?: boolean
}

/** A value and a button copying it. */
export function CopyCell({ value, label, children, monospace }: CopyCellProps) {
  const { t } = useTranslation('table')
  const { state, copy } = useCopy()
  return (
    <Group gap={4} wrap="nowrap" miw={0}>
      <Text size="sm" ff={monospace ? 'monospace' : undefined} truncate miw={0} style={{ flex: 1 }}>
        {children ?? value}
      </Text>
      <CopyIcon label={label} state={state} onClick={() => copy(() => value)} t={t} />
    </Group>
  )
}

export const MASK = '••••••••'

interface SecretCellProps {
  /** Fetches the secret on demand (e.g. a password from main); called at most once while the cell lives. */
  load: () => string | Promise<string>
  /** Names the secret and its row for the buttons: "password for shop01" → "Show password for shop01". */
  label: string
}

/**
 * A masked secret with a reveal toggle and a copy button. Deliberately cell-local: a secret shown once hides again
 * when its row scrolls out of view or the list is filtered.
 */
export function SecretCell({ load, label }: SecretCellProps) {
  const { t } = useTranslation('table')
  const [revealed, setRevealed] = useState(false)
  const [value, setValue] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  const { state, copy } = useCopy()
  const cached = useRef<Promise<string> | null>(null)
  const fetch = () => {
    cached.current ??= Promise.resolve().then(load)
    return cached.current.then(
      (secret) => {
        setValue(secret)
        return secret
      },
      (error: unknown) => {
        cached.current = null
        throw error
      },
    )
  }
  const toggle = async () => {
    if (revealed) return setRevealed(false)
    try {
      await fetch()
      setFailed(false)
      setRevealed(true)
    } catch {
      setFailed(true)
    }
  }
  const shown = revealed && value !== null
  return (
    <Group gap={4} wrap="nowrap" miw={0}>
      <Text size="sm" ff="monospace" truncate miw={0} style={{ flex: 1 }} c={failed ? 'red' : undefined}>
        {shown ? value : MASK}
      </Text>
      <ActionIcon
        variant="subtle"
        color="gray"
        onClick={toggle}
        aria-label={`${shown ? t('hide') : t('reveal')} ${label}`}
        aria-pressed={shown}
        title={shown ? t('hide') : t('reveal')}
      >
        {shown ? <IconEyeOff size={16} /> : <IconEye size={16} />}
      </ActionIcon>
      <CopyIcon label={`${t('copy')} ${label}`} state={state} onClick={() => copy(fetch)} t={t} />
    </Group>
  )
}
