import { Box, Button, Card, Stack, Text } from '@mantine/core'
import { useSession } from '@renderer/lib/session'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { EXTRACT_RETRY_MS, type ExtractInput, type ExtractProduct } from '@shared/domain/extract'
import { buildExtractUrl } from '@shared/extract-url'
import { IconDeviceFloppy } from '@tabler/icons-react'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { waitUntil } from './countdown'
import classes from './ExtractLinks.module.css'
import { checkForm, defaultForm, type ExtractForm, formOf } from './form-model'
import { LinkForm } from './LinkForm'
import { LinkPreview } from './LinkPreview'
import { SavePresetDialog } from './PresetDialogs'
import { PresetList } from './PresetList'
import { useExtractTarget, useSettings, useTestLink } from './queries'
import { TestFailure, TestResult } from './TestResult'

/** The link builder: fields, the live link, Copy and Test, and the saved presets. Ready to use as it opens. */
export default function ExtractLinksTab() {
  const { t } = useTranslation('extract')
  const session = useSession().data
  const target = useExtractTarget()
  const settings = useSettings()
  const [form, setForm] = useState<ExtractForm>(defaultForm)
  const [saving, setSaving] = useState(false)
  const test = useTestLink()
  const [waitEnds, setWaitEnds] = useState<number | null>(null)

  const set = useCallback(<K extends keyof ExtractForm>(field: K, value: ExtractForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }))
  }, [])
  const switchProduct = (product: ExtractProduct) => {
    setForm((current) => ({ ...current, product, server: '', state: '', city: '' }))
    test.reset()
  }

  const checked = useMemo(() => checkForm(form), [form])
  const input = checked.ok ? checked.input : null
  const url = useMemo(
    () => (input && target.data ? buildExtractUrl(target.data.baseUrl, target.data.accountName, input) : null),
    [input, target.data],
  )

  const runTest = (sent: ExtractInput) =>
    test.mutate(sent, {
      onSuccess: (result) =>
        setWaitEnds(result.outcome === 'refused' && result.code === 111 ? Date.now() + EXTRACT_RETRY_MS : null),
    })
  const retest = () => {
    if (!input) return
    const wait =
      test.data?.outcome === 'refused' && test.data.code === 111 && waitEnds !== null ? waitUntil(waitEnds) : null
    if (wait) void wait.then(() => runTest(input))
    else runTest(input)
  }
  const presets = settings.data?.presets ?? []

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      productSwitch={<ProductSwitch section="locations" value={form.product} onChange={switchProduct} />}
    >
      <Box className={classes.layout}>
        <Card className={classes.link}>
          <LinkPreview
            url={url}
            input={input}
            loading={target.isPending}
            onTest={() => input && runTest(input)}
            testing={test.isPending}
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
                  retesting={test.isPending}
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
            {t('presets.label')}
          </Text>
          <PresetList
            presets={presets}
            defaultId={settings.data?.defaultPresetId ?? null}
            onUse={(preset) => {
              setForm(formOf(preset.input))
              test.reset()
            }}
          />
        </Card>
      </Box>
      {saving ? <SavePresetDialog onClose={() => setSaving(false)} presets={presets} input={input} /> : null}
    </PageLayout>
  )
}
