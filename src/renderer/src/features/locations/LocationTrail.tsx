import { Anchor, Breadcrumbs, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

interface LocationTrailProps {
  /** The chosen country's name in the UI language, if one is chosen. */
  country: string | null
  state: string | null
  onAllCountries: () => void
  onCountry: () => void
}

/** "All countries › United States › Texas": where you are, each step back one click away. */
export function LocationTrail({ country, state, onAllCountries, onCountry }: LocationTrailProps) {
  const { t } = useTranslation('locations')
  const steps = [
    { label: t('trail.allCountries'), onClick: country ? onAllCountries : undefined },
    ...(country ? [{ label: country, onClick: state ? onCountry : undefined }] : []),
    ...(country && state ? [{ label: state, onClick: undefined }] : []),
  ]
  return (
    <nav aria-label={t('trail.label')}>
      <Breadcrumbs separatorMargin={6}>
        {steps.map((step, i) =>
          step.onClick ? (
            <Anchor key={i} component="button" type="button" size="sm" onClick={step.onClick}>
              {step.label}
            </Anchor>
          ) : (
            <Text key={i} size="sm" fw={600} aria-current="location">
              {step.label}
            </Text>
          ),
        )}
      </Breadcrumbs>
    </nav>
  )
}
