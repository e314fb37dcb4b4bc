import { AppShell, Box, Skeleton, Stack, Tabs } from '@mantine/core'
import { LeaveGuardProvider, useLeaveGuards } from '@renderer/lib/leave-guard'
import { OpenTabProvider } from '@renderer/lib/navigation'
import { ConfirmAction } from '@renderer/ui/ConfirmAction'
import type { SessionInfo } from '@shared/domain/session'
import { Suspense, useLayoutEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CredentialsBanner } from './CredentialsBanner'
import { ErrorBoundary } from './ErrorBoundary'
import { Header } from './Header'
import classes from './Shell.module.css'
import { tabs } from './tabs'
import { UpdateReadyBanner } from './UpdateReadyBanner'

/** Resolves when the opening section's code is in, so the shell's first render shows it without suspending. */
export const openingTabReady = tabs[0].Panel.preload()

/** The signed-in app: header, section sidebar, and the open section (whose PageLayout holds the one h1). */
export function Shell({ session }: { session: SessionInfo }) {
  const { t } = useTranslation(['app', 'settings'])
  const [active, setActive] = useState(tabs[0].value)
  const [leavingFor, setLeavingFor] = useState<string | null>(null)
  const guards = useLeaveGuards()
  // Onboarding may have been scrolled (its buttons sit low at 900×600); the window keeps that offset unless told.
  // Each newly opened section starts at its top too.
  // Braces: newer Chromium's scrollTo returns a promise, which React would take for a cleanup function.
  useLayoutEffect(() => {
    window.scrollTo(0, 0)
  }, [active])

  const open = (value: string | null) => {
    if (!value || value === active) return
    if (guards.mayLeave()) setActive(value)
    else setLeavingFor(value)
  }

  return (
    <LeaveGuardProvider value={guards}>
      <Tabs
        value={active}
        onChange={open}
        orientation="vertical"
        variant="pills"
        keepMounted={false}
        classNames={{ root: classes.tabsRoot, list: classes.list, tab: classes.tab, tabLabel: classes.tabLabel }}
      >
        <AppShell
          header={{ height: 60 }}
          navbar={{ width: 220, breakpoint: 0 }}
          padding="xl"
          classNames={{ header: classes.header, navbar: classes.navbar, main: classes.main }}
        >
          <AppShell.Header>
            <Header session={session} />
          </AppShell.Header>
          <AppShell.Navbar p="sm" aria-label={t('tabs.label')}>
            <Tabs.List aria-label={t('tabs.label')}>
              {tabs.map(({ value, label, icon: Icon, pinned }) => (
                <Tabs.Tab
                  key={value}
                  value={value}
                  className={pinned ? classes.pinned : undefined}
                  leftSection={<Icon size={18} stroke={1.7} aria-hidden="true" />}
                >
                  {t(label)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </AppShell.Navbar>
          <AppShell.Main>
            <Box maw={1120} mx="auto">
              <CredentialsBanner session={session} />
              <UpdateReadyBanner />
              <OpenTabProvider value={open}>
                {tabs.map(({ value, Panel }) => (
                  <Tabs.Panel key={value} value={value}>
                    <ErrorBoundary resetKey={active}>
                      <Suspense fallback={<PanelSkeleton />}>
                        <Panel />
                      </Suspense>
                    </ErrorBoundary>
                  </Tabs.Panel>
                ))}
              </OpenTabProvider>
            </Box>
          </AppShell.Main>
        </AppShell>
      </Tabs>
      <ConfirmAction
        opened={leavingFor !== null}
        onClose={() => setLeavingFor(null)}
        title={t('settings:leave.title')}
        body={t('settings:leave.body')}
        confirmLabel={t('settings:leave.confirm')}
        danger
        action={async () => leavingFor}
        onSuccess={(next) => next && setActive(next)}
      />
    </LeaveGuardProvider>
  )
}

function PanelSkeleton() {
  const { t } = useTranslation('app')
  return (
    <Stack gap="lg" aria-busy="true" aria-label={t('loadingSection')}>
      <Skeleton h={36} w={220} />
      <Skeleton h={120} />
      <Skeleton h={320} />
    </Stack>
  )
}
