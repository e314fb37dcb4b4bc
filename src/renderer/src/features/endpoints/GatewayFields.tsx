import { Anchor, Autocomplete, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core'
import { useOpenTab } from '@renderer/lib/navigation'
import { endpointProtocols, gateways } from '@shared/domain/endpoint'
import { labelKey } from '@shared/products'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { EndpointField, EndpointForm } from './form-model'
import { useProxyUsers } from './queries'

interface GatewayProps {
  form: EndpointForm
  errors: Partial<Record<EndpointField, string>>
  set: <K extends EndpointField>(field: K, value: EndpointForm[K]) => void
}

/** Where the endpoint connects (host and port of the product's gateway), as whom, and over which protocol. */
export function GatewayFields({ form, errors, set }: GatewayProps) {
  const { t } = useTranslation(['endpoints', 'common', 'app'])
  const openTab = useOpenTab()
  const users = useProxyUsers(form.product)
  const gateway = gateways[form.product]
  const protocolLabel = useId()
  const userOptions = (users.data ?? []).map((u) => ({
    value: u.username,
    label: u.enabled ? u.username : t('user.disabled', { username: u.username }),
  }))
  const noUsers = users.isSuccess && userOptions.length === 0

  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Autocomplete
          label={t('gateway.host')}
          description={t('gateway.hostHint')}
          placeholder={gateway.hosts[0]}
          data={[...gateway.hosts]}
          value={form.host}
          onChange={(value) => set('host', value)}
          error={errors.host}
          // The hint under the field, so the host and the port inputs line up under their labels.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          style={{ flex: '3 1 240px' }}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('gateway.port')}
          value={String(gateway.port)}
          readOnly
          style={{ flex: '1 1 90px', maxWidth: 140 }}
        />
      </Group>
      <Select
        label={t('user.label')}
        placeholder={users.isPending ? t('common:state.loading') : t('user.placeholder')}
        data={userOptions}
        value={form.username || null}
        onChange={(next) => set('username', next ?? '')}
        searchable
        error={errors.username ?? (users.isError ? t('user.failed') : undefined)}
        comboboxProps={{ withinPortal: true }}
        disabled={noUsers}
      />
      {noUsers ? (
        <Text size="sm" c="dimmed">
          {t('user.none', { product: t(labelKey(form.product)) })}{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => openTab('proxy-users')}>
            {t('app:tabs.proxyUsers')}
          </Anchor>
        </Text>
      ) : null}
      <Stack gap={4}>
        <Text size="sm" fw={500} id={protocolLabel}>
          {t('protocol.label')}
        </Text>
        <SegmentedControl
          aria-labelledby={protocolLabel}
          value={form.protocol}
          onChange={(value) => set('protocol', value as EndpointForm['protocol'])}
          data={endpointProtocols.map((p) => ({ value: p, label: t(`protocol.${p}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
    </Stack>
  )
}
