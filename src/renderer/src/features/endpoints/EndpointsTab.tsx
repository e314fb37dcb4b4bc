import { Button, Card, Divider, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useSession } from '@renderer/lib/session'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { ProxyTestPanel } from '@renderer/ui/proxy-test/ProxyTestPanel'
import { defaultSettings } from '@shared/domain/settings'
import { IconBookmark } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EndpointPreview } from './EndpointPreview'
import { check, type EndpointField, type EndpointForm, emptyForm, fromInput, toInput } from './form-model'
import { GatewayFields } from './GatewayFields'
import { endpointProductList } from './products'
import { useProxyUsers, useSettings } from './queries'
import { SavePresetDialog } from './SavePresetDialog'
import { SessionFields } from './SessionFields'
import { TargetingFields } from './TargetingFields'

/** Builds a user:pass endpoint for a scraper's config, copies it in three forms, and tests it through the proxy. */
export default function EndpointsTab() {
  const { t } = useTranslation('endpoints')
  const [form, setForm] = useState<EndpointForm>(() => emptyForm())
  const users = useProxyUsers(form.product)
  const settings = useSettings()
  const session = useSession()
  const demo = session.data?.mode === 'demo'
  const checked = useMemo(() => check(form), [form])
  const echoUrl = settings.data?.ipEchoUrl ?? defaultSettings.ipEchoUrl
  const presets = settings.data?.presets ?? []
  const endpointPresets = presets.filter((p) => p.kind === 'endpoint')
  const [saving, setSaving] = useState(false)

  const set = <K extends EndpointField>(field: K, value: EndpointForm[K]) =>
    setForm((current) => ({ ...current, [field]: value }))
  const setProduct = (product: EndpointForm['product']) =>
    // Users and gateway hosts are per product; the targeting carries over.
    setForm((current) => ({ ...current, product, username: '', host: '' }))

  const hasErrors = Object.keys(checked.errors).length > 0
  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      productSwitch={
        <ProductSwitch section="proxyUsers" only={endpointProductList} value={form.product} onChange={setProduct} />
      }
      queries={[users]}
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <Card component="form" onSubmit={(e) => e.preventDefault()} aria-label={t('title')}>
          <Stack gap="md">
            {endpointPresets.length > 0 ? (
              <Select
                label={t('presets.load')}
                placeholder={t('presets.loadPlaceholder')}
                data={endpointPresets.map((p) => ({ value: p.id, label: p.name }))}
                value={null}
                onChange={(id) => {
                  const preset = endpointPresets.find((p) => p.id === id)
                  if (preset) setForm(fromInput(preset.input))
                }}
                comboboxProps={{ withinPortal: true }}
              />
            ) : null}
            <GatewayFields form={form} errors={checked.errors} set={set} />
            <Divider />
            <Stack gap={4}>
              <Text fw={600} size="sm" component="h2">
                {t('targeting.legend')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('targeting.hint')}
              </Text>
            </Stack>
            <TargetingFields form={form} errors={checked.errors} set={set} />
            <Divider />
            <Stack gap={4}>
              <Text fw={600} size="sm" component="h2">
                {t('session.legend')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('session.hint')}
              </Text>
            </Stack>
            <SessionFields form={form} errors={checked.errors} set={set} />
          </Stack>
        </Card>
        <Stack gap="lg">
          <Card>
            <EndpointPreview
              input={checked.input}
              reason={hasErrors ? 'fix' : 'incomplete'}
              curlTarget={echoUrl}
              demo={demo}
              extra={
                <Button
                  variant="default"
                  size="compact-sm"
                  leftSection={<IconBookmark size={14} aria-hidden="true" />}
                  disabled={!checked.input}
                  onClick={() => setSaving(true)}
                >
                  {t('presets.save')}
                </Button>
              }
            />
          </Card>
          <Card>
            <Stack gap="sm">
              <Text fw={600} size="sm" component="h2">
                {t('test.title')}
              </Text>
              <ProxyTestPanel
                input={checked.input ? { kind: 'endpoint', endpoint: checked.input } : null}
                echoSource={demo ? undefined : hostOf(echoUrl)}
              />
            </Stack>
          </Card>
        </Stack>
      </SimpleGrid>
      <SavePresetDialog
        opened={saving}
        onClose={() => setSaving(false)}
        presets={presets}
        input={checked.input ? toInput(form) : null}
      />
    </PageLayout>
  )
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}
