import { Anchor, Breadcrumbs, Text } from '@mantine/core'
import type { Place } from './place'

interface LocationTrailProps {
  place: Place
  onAllCountries: () => void
  onCountry: () => void
}

/** "All countries › United States › Texas": where you are, each step back one click away. */
export function LocationTrail({ place, onAllCountries, onCountry }: LocationTrailProps) {
  const { country, state } = place
  const steps = [
    { label: 'All countries', onClick: country ? onAllCountries : undefined },
    ...(country ? [{ label: country.name, onClick: state ? onCountry : undefined }] : []),
    ...(country && state ? [{ label: state.name, onClick: undefined }] : []),
  ]
  return (
    <nav aria-label="Location path">
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
