import { SegmentedControl } from '@mantine/core'
import { labelKey, type ProductIn, productsIn, type Section } from '@shared/products'
import { useTranslation } from 'react-i18next'

interface ProductSwitchProps<S extends Section> {
  /** The section whose products are listed, from the registry (src/shared/products.ts). */
  section: S
  value: ProductIn<S>
  onChange: (product: ProductIn<S>) => void
}

/** Which Thordata product a tab shows (users, whitelist and locations are kept per product). */
export function ProductSwitch<S extends Section>({ section, value, onChange }: ProductSwitchProps<S>) {
  const { t } = useTranslation(['common'])
  return (
    <SegmentedControl
      aria-label={t('products.label')}
      value={value}
      onChange={(next) => onChange(next as ProductIn<S>)}
      data={productsIn(section).map((product) => ({ value: product, label: t(labelKey(product)) }))}
    />
  )
}
