import { Button, Card, Divider, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useSession } from '@renderer/lib/session'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { PresetList } from '@renderer/ui/presets/PresetList'
import { ProxyTestPanel } from '@renderer/ui/proxy-test/ProxyTestPanel'
import { defaultSettings } from '@shared/domain/settings'
import { IconBookmark } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EndpointPreview } from './EndpointPreview'
import { check, type EndpointField, type EndpointForm, emptyForm, fromInput, toInput } from './form-model'
import { GatewayFields } from './GatewayFields'
import { endpointProductList } from './products'
import { useSettings } from './queries'
import { SaveEndpointPreset } from './SaveEndpointPreset'
import { SessionFields } from './SessionFields'
import { TargetingFields } from './TargetingFields'

/** Builds a user:pass endpoint for a scraper's config, copies it in three forms, and tests it through the proxy. */
export default function EndpointsTab() {
  const { t } = useTranslation(['endpoints', 'common'])
  const [form, setForm] = useState<EndpointForm>(() => emptyForm())
  const settings = useSettings()
  const session = useSession()
  const demo = session.data?.mode === 'demo'
  const checked = useMemo(() => check(form), [form])
  const echoUrl = settings.data?.ipEchoUrl ?? defaultSettings.ipEchoUrl
  const presets = settings.data?.presets ?? []
  const endpointPresets = presets.filter((p) => p.kind === 'endpoint')
  const [saving, setSaving] = useState(false)
  // The preset the form was last loaded from (shown in the picker and the list), while it exists.
  const [loadedId, setLoadedId] = useState<string | null>(null)
  const loaded = endpointPresets.some((p) => p.id === loadedId) ? loadedId : null
  const load = (preset: (typeof endpointPresets)[number]) => {
    setForm(fromInput(preset.input))
    setLoadedId(preset.id)
  }

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
    >
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <Card component="form" onSubmit={(e) => e.preventDefault()} aria-label={t('title')}>
          <Stack gap="md">
            {endpointPresets.length > 0 ? (
              <Select
                label={t('presets.load')}
                placeholder={t('presets.loadPlaceholder')}
                data={endpointPresets.map((p) => ({ value: p.id, label: p.name }))}
                value={loaded}
                onChange={(id) => {
                  const preset = endpointPresets.find((p) => p.id === id)
                  if (preset) load(preset)
                }}
                allowDeselect={false}
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
          <Card>
            <Text fw={600} size="sm" component="h2" mb="xs">
              {t('common:presets.label')}
            </Text>
            <PresetList
              presets={presets}
              kind="endpoint"
              defaultId={settings.data?.defaultPresetId ?? null}
              activeId={loaded}
              onUse={load}
            />
          </Card>
        </Stack>
      </SimpleGrid>
      {saving ? (
        <SaveEndpointPreset
          onClose={() => setSaving(false)}
          presets={presets}
          input={checked.input ? toInput(form) : null}
        />
      ) : null}
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
