import { Card, Divider, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface SettingsSectionProps {
  id: string
  title: string
  description?: ReactNode
  children: ReactNode
}

/** One card of Settings, a named region with an h2 (the page's PageLayout holds the h1). */
export function SettingsSection({ id, title, description, children }: SettingsSectionProps) {
  return (
    <Card component="section" aria-labelledby={id}>
      <Stack gap={2}>
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
      </Stack>
      <Divider my="md" />
      {children}
    </Card>
  )
}
