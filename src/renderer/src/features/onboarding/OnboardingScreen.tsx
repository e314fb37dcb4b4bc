import { Box, Button, Card, Container, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { ConnectForm } from '@renderer/features/credentials/ConnectForm'
import { ErrorAlert } from '@renderer/lib/errors'
import { useStartDemo } from '@renderer/lib/session'
import { ColorSchemeToggle } from '@renderer/ui/ColorSchemeToggle'
import { LogoMark } from '@renderer/ui/LogoMark'
import { IconCheck, IconFlask2, IconKey, IconLock } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import classes from './OnboardingScreen.module.css'

/** First run: connect a real account, or look around in demo mode. */
export function OnboardingScreen() {
  return (
    <Box className={classes.canvas}>
      <Box className={classes.toggle}>
        <ColorSchemeToggle />
      </Box>
      <Container size={940} py={40}>
        <Stack align="center" gap="xs" mb={32}>
          <LogoMark size={52} />
          <Title order={1} ta="center" fz={30} mt="sm">
            Welcome to Thordata Desktop
          </Title>
          <Text c="dimmed" ta="center" maw={540}>
            Keep an eye on your proxy traffic, wallet and usage from your desktop, without opening the web dashboard.
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" className={classes.choices}>
          <Card p="xl">
            <Stack gap="md">
              <ChoiceHeading icon={<IconKey size={20} />} title="Connect your account" />
              <ConnectForm />
            </Stack>
          </Card>
          <DemoChoice />
        </SimpleGrid>
        <Text size="xs" c="dimmed" ta="center" mt="xl">
          <IconLock size={12} style={{ verticalAlign: '-1px' }} aria-hidden="true" /> Your token and key are kept in
          your operating system's keychain and never leave this computer except to talk to Thordata.
        </Text>
      </Container>
    </Box>
  )
}

function DemoChoice() {
  const startDemo = useStartDemo()
  return (
    <Card p="xl" className={classes.demo}>
      <Stack h="100%" gap="md">
        <ChoiceHeading icon={<IconFlask2 size={20} />} title="Just looking?" color="teal" />
        <Text size="sm" c="dimmed">
          Try every screen against a built-in simulator of the Thordata API. Nothing is sent to Thordata and no account
          is needed.
        </Text>
        <List
          size="sm"
          spacing="xs"
          icon={
            <ThemeIcon size={18} radius="xl" variant="light" color="teal">
              <IconCheck size={12} />
            </ThemeIcon>
          }
        >
          <List.Item>Realistic traffic, wallet and usage figures</List.Item>
          <List.Item>Safe to click anything: it is all simulated</List.Item>
          <List.Item>Connect your real account any time from Settings</List.Item>
        </List>
        <Box mt="auto">
          {startDemo.isError ? (
            <Box mb="sm">
              <ErrorAlert error={startDemo.error} onRetry={() => startDemo.mutate()} />
            </Box>
          ) : null}
          <Button
            fullWidth
            variant="light"
            color="teal"
            onClick={() => startDemo.mutate()}
            loading={startDemo.isPending}
          >
            Explore demo
          </Button>
        </Box>
      </Stack>
    </Card>
  )
}

function ChoiceHeading({ icon, title, color }: { icon: ReactNode; title: string; color?: string }) {
  return (
    <Stack gap="sm">
      <ThemeIcon size={40} radius="md" variant="light" color={color}>
        {icon}
      </ThemeIcon>
      <Title order={2} fz={20}>
        {title}
      </Title>
    </Stack>
  )
}
