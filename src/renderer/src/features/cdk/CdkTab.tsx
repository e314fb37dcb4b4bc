import { Alert, Button, Stack } from '@mantine/core'
import { DataTable } from '@renderer/ui/data-table'
import { EmptySection } from '@renderer/ui/EmptySection'
import { PageLayout } from '@renderer/ui/PageLayout'
import { QueryView } from '@renderer/ui/QueryView'
import type { Cdk } from '@shared/domain/cdk'
import { IconGift, IconPlus } from '@tabler/icons-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CdkDetails } from './CdkDetails'
import { CdkSkeleton, CdkSummary } from './CdkSummary'
import { CreateCodes } from './CreateCodes'
import { type CdkAction, useCdkActions, useCdkColumns } from './columns'
import { useCdkList, useTrafficBalance } from './queries'
import { RevokeCode } from './RevokeCode'
import { type StatusChoice, StatusFilter, withStatus } from './StatusFilter'

const codeOf = (cdk: Cdk) => cdk.code
const newestFirst = { columnId: 'created', direction: 'desc' } as const

/** The CDK gift codes: the traffic they take and hold, the list by status, creating, details and revoking. */
export default function CdkTab() {
  const { t } = useTranslation('cdk')
  const list = useCdkList()
  const balance = useTrafficBalance()
  const columns = useCdkColumns()
  const [status, setStatus] = useState<StatusChoice>('all')
  const [creating, setCreating] = useState(false)
  const [createKey, setCreateKey] = useState(0)
  const [details, setDetails] = useState<string | null>(null)
  const [revoking, setRevoking] = useState<Cdk | null>(null)
  const onAction = useCallback((action: CdkAction, cdk: Cdk) => {
    if (action === 'details') setDetails(cdk.code)
    else setRevoking(cdk)
  }, [])
  const actions = useCdkActions(onAction)
  const openCreate = () => {
    setCreateKey((key) => key + 1)
    setCreating(true)
  }
  const empty = list.data?.cdks.length === 0

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      queries={[list, balance]}
      actions={empty ? null : <CreateButton onClick={openCreate} />}
    >
      <QueryView query={list} skeleton={<CdkSkeleton />}>
        {(data) => (
          <Stack gap="lg">
            <CdkSummary cdks={data.cdks} />
            {data.skipped > 0 ? (
              <Alert color="orange" variant="light" role="note">
                {t('table.skipped', { count: data.skipped })}
              </Alert>
            ) : null}
            {data.cdks.length === 0 ? (
              <EmptyCodes onCreate={openCreate} />
            ) : (
              <Stack gap="sm">
                <StatusFilter cdks={data.cdks} value={status} onChange={setStatus} />
                <DataTable
                  rows={withStatus(data.cdks, status)}
                  columns={columns}
                  getRowId={codeOf}
                  label={t('table.label')}
                  actions={actions}
                  searchLabel={t('table.search')}
                  searchPlaceholder={t('table.searchPlaceholder')}
                  defaultSort={newestFirst}
                  empty={t('table.empty')}
                  csvFilename={`cdk-codes-${status}.csv`}
                />
              </Stack>
            )}
          </Stack>
        )}
      </QueryView>

      <CreateCodes opened={creating} formKey={createKey} onClose={() => setCreating(false)} />
      <CdkDetails code={details} onClose={() => setDetails(null)} onRevoke={setRevoking} />
      <RevokeCode cdk={revoking} onClose={() => setRevoking(null)} />
    </PageLayout>
  )
}

function CreateButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation('cdk')
  return (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onClick}>
      {t('actions.create')}
    </Button>
  )
}

function EmptyCodes({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation('cdk')
  return (
    <EmptySection
      label={t('table.label')}
      icon={<IconGift size={24} />}
      title={t('empty.title')}
      body={t('empty.body')}
      bodyWidth={440}
      action={<CreateButton onClick={onCreate} />}
    />
  )
}
