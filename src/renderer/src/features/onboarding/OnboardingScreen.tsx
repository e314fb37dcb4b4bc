import { Box, Button, Card, Container, Group, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { ConnectForm } from '@renderer/features/credentials/ConnectForm'
import { ErrorAlert } from '@renderer/lib/errors'
import { useStartDemo } from '@renderer/lib/session'
import { ColorSchemeToggle } from '@renderer/ui/ColorSchemeToggle'
import { LogoMark } from '@renderer/ui/LogoMark'
import { IconCheck, IconFlask2, IconKey, IconLock } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './OnboardingScreen.module.css'

/**
 * First run: connect a real account, or look around in demo mode. Compact enough that both buttons show without
 * scrolling at 1024×640; focus starts in the token field.
 */
export function OnboardingScreen() {
  const { t } = useTranslation('onboarding')
  return (
    <Box component="main" className={classes.canvas}>
      <Box className={classes.toggle}>
        <ColorSchemeToggle />
      </Box>
      <Container size={940} py="lg">
        <Stack align="center" gap={6} mb="lg">
          <Group gap="sm" wrap="nowrap">
            <LogoMark size={40} />
            <Title order={1} ta="center" fz={26}>
              {t('title')}
            </Title>
          </Group>
          <Text c="dimmed" ta="center" maw={560} size="sm">
            {t('subtitle')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" className={classes.choices}>
          <Card p="lg" component="section" aria-labelledby="onboarding-connect">
            <Stack gap="sm">
              <ChoiceHeading id="onboarding-connect" icon={<IconKey size={20} />} title={t('connect.heading')} />
              <ConnectForm autoFocus />
            </Stack>
          </Card>
          <DemoChoice />
        </SimpleGrid>
        <Text size="xs" c="dimmed" ta="center" mt="lg">
          <IconLock size={12} style={{ verticalAlign: '-1px' }} aria-hidden="true" /> {t('privacy')}
        </Text>
      </Container>
    </Box>
  )
}

function DemoChoice() {
  const { t } = useTranslation('onboarding')
  const startDemo = useStartDemo()
  return (
    <Card p="lg" className={classes.demo} component="section" aria-labelledby="onboarding-demo">
      <Stack h="100%" gap="sm" w="100%">
        <ChoiceHeading id="onboarding-demo" icon={<IconFlask2 size={20} />} title={t('demo.heading')} color="teal" />
        <Text size="sm" c="dimmed">
          {t('demo.body')}
        </Text>
        <List
          size="sm"
          spacing="xs"
          icon={
            <ThemeIcon size={18} radius="xl" variant="light" color="teal" aria-hidden="true">
              <IconCheck size={12} />
            </ThemeIcon>
          }
        >
          <List.Item>{t('demo.pointFigures')}</List.Item>
          <List.Item>{t('demo.pointSafe')}</List.Item>
          <List.Item>{t('demo.pointLater')}</List.Item>
        </List>
        <Box mt="auto">
          {startDemo.isError ? (
            <Box mb="sm">
              <ErrorAlert error={startDemo.error} onRetry={() => startDemo.mutate()} />
            </Box>
          ) : null}
          <Button fullWidth color="teal" onClick={() => startDemo.mutate()} loading={startDemo.isPending}>
            {t('demo.start')}
          </Button>
        </Box>
      </Stack>
    </Card>
  )
}

function ChoiceHeading({ id, icon, title, color }: { id: string; icon: ReactNode; title: string; color?: string }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <ThemeIcon size={36} radius="md" variant="light" color={color} aria-hidden="true">
        {icon}
      </ThemeIcon>
      <Title order={2} fz={19} id={id}>
        {title}
      </Title>
    </Group>
  )
}
