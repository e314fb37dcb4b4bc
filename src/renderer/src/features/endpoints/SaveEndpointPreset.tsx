import { Select } from '@mantine/core'
import { SavePresetDialog } from '@renderer/ui/presets/PresetDialogs'
import { type EndpointFormat, type EndpointInput, endpointFormats } from '@shared/domain/endpoint'
import type { Preset } from '@shared/domain/presets'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface SaveEndpointPresetProps {
  onClose: () => void
  presets: readonly Preset[]
  input: EndpointInput | null
}

/** The kit's save dialog with what an endpoint preset adds: the format the tray and the shortcut copy it in. */
export function SaveEndpointPreset({ onClose, presets, input }: SaveEndpointPresetProps) {
  const { t } = useTranslation('endpoints')
  // Mounted only while open (see EndpointsTab), so each opening starts from the first format.
  const [format, setFormat] = useState<EndpointFormat>('hostPortUserPass')
  return (
    <SavePresetDialog
      opened
      onClose={onClose}
      title={t('presets.title')}
      hint={t('presets.hint')}
      placeholder={t('presets.placeholder')}
      presets={presets}
      draft={input ? { kind: 'endpoint', input, format } : null}
    >
      <Select
        label={t('presets.format')}
        data={endpointFormats.map((f) => ({ value: f, label: t(`preview.formats.${f}`) }))}
        value={format}
        onChange={(next) => next && setFormat(next as EndpointFormat)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
    </SavePresetDialog>
  )
}
