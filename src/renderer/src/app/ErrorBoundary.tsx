import { Button, Center, Code, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconMoodConfuzed, IconRefresh } from '@tabler/icons-react'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface ErrorBoundaryProps {
  children: ReactNode
  /** Changing it clears a caught error (e.g. the user switched to another tab). */
  resetKey?: unknown
}

interface ErrorBoundaryState {
  error: Error | null
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Thordata Desktop view crashed', error, info.componentStack)
  }

  componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null })
  }

  render(): ReactNode {
    if (this.state.error) return <CrashNotice error={this.state.error} />
    return this.props.children
  }
}

function CrashNotice({ error }: { error: Error }) {
  const { t } = useTranslation('app')
  return (
    <Center mih={320} p="xl">
      <Paper withBorder p="xl" maw={480} w="100%">
        <Stack align="center" gap="sm" ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" color="red">
            <IconMoodConfuzed size={28} aria-hidden="true" />
          </ThemeIcon>
          <Title order={2} fz="h3">
            {t('crash.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('crash.body')}
          </Text>
          <Code block w="100%" ta="left">
            {error.message || error.name}
          </Code>
          <Button leftSection={<IconRefresh size={16} aria-hidden="true" />} onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  )
}
