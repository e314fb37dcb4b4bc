import { AppShell, Box, Skeleton, Stack, Tabs } from '@mantine/core'
import type { SessionInfo } from '@shared/domain/session'
import { Suspense, useState } from 'react'
import { ErrorBoundary } from './ErrorBoundary'
import { Header } from './Header'
import classes from './Shell.module.css'
import { tabs } from './tabs'

/** The signed-in app: header, section sidebar, and the open section. */
export function Shell({ session }: { session: SessionInfo }) {
  const [active, setActive] = useState(tabs[0].value)
  return (
    <Tabs
      value={active}
      onChange={(value) => value && setActive(value)}
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
        <AppShell.Navbar p="sm">
          <Tabs.List aria-label="Sections">
            {tabs.map(({ value, label, icon: Icon, pinned }) => (
              <Tabs.Tab
                key={value}
                value={value}
                className={pinned ? classes.pinned : undefined}
                leftSection={<Icon size={18} stroke={1.7} aria-hidden="true" />}
              >
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </AppShell.Navbar>
        <AppShell.Main>
          <Box maw={1120} mx="auto">
            {tabs.map(({ value, Panel }) => (
              <Tabs.Panel key={value} value={value}>
                <ErrorBoundary resetKey={active}>
                  <Suspense fallback={<PanelSkeleton />}>
                    <Panel />
                  </Suspense>
                </ErrorBoundary>
              </Tabs.Panel>
            ))}
          </Box>
        </AppShell.Main>
      </AppShell>
    </Tabs>
  )
}

function PanelSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading section">
      <Skeleton h={36} w={220} />
      <Skeleton h={120} />
      <Skeleton h={320} />
    </Stack>
  )
}
