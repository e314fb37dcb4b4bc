import { Code, Group, Text, UnstyledButton } from '@mantine/core'
import { CopyButton } from '@renderer/ui/CopyButton'
import type { ReactNode } from 'react'
import classes from './Locations.module.css'

interface LocationRowProps {
  name: string
  code: string
  /** Dimmed text after the name, e.g. the state of a city in a country-wide list. */
  detail?: string | null
  /** Makes the name a button that drills into this place. */
  onOpen?: () => void
  selected?: boolean
}

/** One location: its name (a button when it can be opened), its code, and a copy button for the code. */
export function LocationRow({ name, code, detail, onOpen, selected }: LocationRowProps) {
  const label: ReactNode = (
    <Text size="sm" truncate title={name} fw={selected ? 600 : undefined}>
      {name}
      {detail ? (
        <Text span size="xs" c="dimmed" ml={6} fw={400}>
          {detail}
        </Text>
      ) : null}
    </Text>
  )
  return (
    <Group className={classes.row} data-selected={selected || undefined} gap="xs" wrap="nowrap">
      {onOpen ? (
        <UnstyledButton className={classes.rowButton} onClick={onOpen} aria-current={selected ? 'true' : undefined}>
          {label}
        </UnstyledButton>
      ) : (
        <div className={classes.rowButton}>{label}</div>
      )}
      <Code className={classes.code} title={code}>
        {code}
      </Code>
      <CopyButton value={code} label={`Copy code ${code}`} />
    </Group>
  )
}
