import { Card, Stack, Text, ThemeIcon } from '@mantine/core'
import type { ReactNode } from 'react'

interface EmptySectionProps {
  /** The section's name for assistive technology (the table's label it stands in for). */
  label: string
  /** A 24 px icon. */
  icon: ReactNode
  title: string
  body: string
  /** What to do about it (e.g. the section's Add or Create button). */
  action?: ReactNode
  bodyWidth?: number
}

/** A section with nothing in it yet: what it holds, and the one action that fills it. */
export function EmptySection({ label, icon, title, body, action, bodyWidth = 420 }: EmptySectionProps) {
  return (
    <Card component="section" aria-label={label} py={48}>
      <Stack align="center" gap="xs">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden="true">
          {icon}
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed" ta="center" maw={bodyWidth}>
          {body}
        </Text>
        {action}
      </Stack>
    </Card>
  )
}
