import { Button, Group, Select } from '@mantine/core'
import type { StaticProxyFormat } from '@shared/domain/proxies'
import { staticProxyFormats } from '@shared/domain/proxies'
import { IconCopy, IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatKey } from './formats'

interface ToolbarProps {
  /** How many rows are shown (after the search). */
  shownCount: number
  /** How many rows are picked, anywhere in the list. */
  selectedCount: number
  onCopy: () => void
  onExport: () => void
  copying: boolean
  exporting: boolean
}

/** Copying all shown (or the selected) in the chosen format, and the CSV of what is shown. */
export function Toolbar({ shownCount, selectedCount, onCopy, onExport, copying, exporting }: ToolbarProps) {
  const { t } = useTranslation(['staticProxies', 'table'])
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        leftSection={<IconCopy size={16} aria-hidden="true" />}
        onClick={onCopy}
        loading={copying}
        disabled={(selectedCount || shownCount) === 0}
        style={{ flex: 'none' }}
      >
        {selectedCount > 0 ? t('copy.selected', { count: selectedCount }) : t('copy.all', { count: shownCount })}
      </Button>
      <Button
        variant="default"
        leftSection={<IconDownload size={16} aria-hidden="true" />}
        onClick={onExport}
        loading={exporting}
        disabled={shownCount === 0}
        style={{ flex: 'none' }}
      >
        {selectedCount > 0 ? t('export.selected', { count: selectedCount }) : t('table:exportCsv')}
      </Button>
    </Group>
  )
}

/** The one format every copy on the page uses: the toolbar's, and each row's. */
export function FormatPicker({
  value,
  onChange,
}: {
  value: StaticProxyFormat
  onChange: (format: StaticProxyFormat) => void
}) {
  const { t } = useTranslation('staticProxies')
  return (
    <Select
      label={t('copy.format')}
      allowDeselect={false}
      checkIconPosition="right"
      value={value}
      onChange={(next) => next && onChange(next as StaticProxyFormat)}
      data={staticProxyFormats.map((format) => ({ value: format, label: t(formatKey[format]) }))}
      styles={{
        root: { display: 'flex', alignItems: 'center', gap: 8 },
        label: { whiteSpace: 'nowrap', fontWeight: 500 },
        wrapper: { width: 240 },
        input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
      }}
    />
  )
}
