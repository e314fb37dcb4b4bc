import { SegmentedControl } from '@mantine/core'
import { labelKey, type ProductIn, productsIn, type Section } from '@shared/products'
import { useTranslation } from 'react-i18next'

interface ProductSwitchProps<S extends Section, P extends ProductIn<S>> {
  /** The section whose products are listed, from the registry (src/shared/products.ts). */
  section: S
  value: P
  onChange: (product: P) => void
  /** Only these of the section's products (e.g. the endpoint generator: those with a shared gateway). */
  only?: readonly P[]
}

/** Which Thordata product a tab shows (users, whitelist and locations are kept per product). */
export function ProductSwitch<S extends Section, P extends ProductIn<S> = ProductIn<S>>({
  section,
  value,
  onChange,
  only,
}: ProductSwitchProps<S, P>) {
  const { t } = useTranslation(['common'])
  return (
    <SegmentedControl
      aria-label={t('products.label')}
      value={value}
      onChange={(next) => onChange(next as P)}
      data={productsIn(section)
        .filter((product) => !only || (only as readonly ProductIn<S>[]).includes(product))
        .map((product) => ({ value: product, label: t(labelKey(product)) }))}
    />
  )
}
