import { Box, Button, Card, Stack, Text } from '@mantine/core'
import { useSession } from '@renderer/lib/session'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { SavePresetDialog } from '@renderer/ui/presets/PresetDialogs'
import { PresetList } from '@renderer/ui/presets/PresetList'
import type { ExtractProduct } from '@shared/domain/extract'
import { buildExtractUrl } from '@shared/extract-url'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import classes from './ExtractLinks.module.css'
import { checkForm, defaultForm, type ExtractForm, formOf } from './form-model'
import { LinkForm } from './LinkForm'
import { LinkPreview } from './LinkPreview'
import { useExtractTarget, useSettings } from './queries'
import { TestFailure, TestResult } from './TestResult'
import { useLinkTest } from './use-link-test'

/** The link builder: fields, the live link, Copy and Test, and the saved presets. Ready to use as it opens. */
export default function ExtractLinksTab() {
  const { t } = useTranslation(['extract', 'common'])
  const session = useSession().data
  const target = useExtractTarget()
  const settings = useSettings()
  const [form, setForm] = useState<ExtractForm>(defaultForm)
  const [saving, setSaving] = useState(false)
  const [loadedId, setLoadedId] = useState<string | null>(null)
  const { test, waitEnds, waiting, run, retry, cancel, reset } = useLinkTest()

  const set = useCallback(<K extends keyof ExtractForm>(field: K, value: ExtractForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }))
  }, [])
  const switchProduct = (product: ExtractProduct) => {
    setForm((current) => ({ ...current, product, server: '', state: '', city: '' }))
    reset()
  }

  const checked = useMemo(() => checkForm(form), [form])
  const input = checked.ok ? checked.input : null
  const url = useMemo(
    () => (input && target.data ? buildExtractUrl(target.data.baseUrl, target.data.accountName, input) : null),
    [input, target.data],
  )
  // A waiting retry was for the link as it was: a changed link drops it.
  const inputKey = input ? JSON.stringify(input) : null
  useEffect(() => cancel(), [inputKey, cancel])
  const retest = () => input && retry(input)
  const presets = settings.data?.presets ?? []

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      productSwitch={<ProductSwitch section="extractLinks" value={form.product} onChange={switchProduct} />}
    >
      <Box className={classes.layout}>
        <Card className={classes.link}>
          <LinkPreview
            url={url}
            input={input}
            loading={target.isPending}
            onTest={() => input && run(input)}
            testing={test.isPending || waiting}
            extra={
              <Button
                variant="default"
                leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
                onClick={() => setSaving(true)}
                disabled={!input}
              >
                {t('presets.save')}
              </Button>
            }
          />
          {test.data || test.isError ? (
            <Stack mt="md">
              {test.isError ? (
                <TestFailure error={test.error} onRetry={retest} retrying={test.isPending} />
              ) : test.data ? (
                <TestResult
                  product={form.product}
                  accountName={session?.accountName ?? null}
                  result={test.data}
                  waitUntil={waitEnds}
                  onRetest={retest}
                  retesting={test.isPending || waiting}
                />
              ) : null}
            </Stack>
          ) : null}
        </Card>
        <Card className={classes.form}>
          <LinkForm
            form={form}
            set={set}
            errors={checked.ok ? {} : checked.errors}
            accountName={session?.accountName ?? null}
            accountNameRejected={session?.accountNameRejected === true}
          />
        </Card>
        <Card className={classes.presets}>
          <Text fw={600} size="sm" component="h2" mb="xs">
            {t('common:presets.label')}
          </Text>
          <PresetList
            presets={presets}
            kind="extract"
            defaultId={settings.data?.defaultPresetId ?? null}
            activeId={loadedId}
            onUse={(preset) => {
              setForm(formOf(preset.input))
              setLoadedId(preset.id)
              reset()
            }}
          />
        </Card>
      </Box>
      <SavePresetDialog
        opened={saving}
        onClose={() => setSaving(false)}
        title={t('presets.saveTitle')}
        placeholder={t('presets.namePlaceholder')}
        presets={presets}
        draft={input ? { kind: 'extract', input } : null}
      />
    </PageLayout>
  )
}
