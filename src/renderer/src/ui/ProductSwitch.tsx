import { SegmentedControl } from '@mantine/core'

const names = { residential: 'Residential', unlimited: 'Unlimited', mobile: 'Mobile' } as const
type Product = keyof typeof names

interface ProductSwitchProps<P extends Product> {
  value: P
  onChange: (product: P) => void
  products: readonly P[]
}

/** Which Thordata product a tab shows (users, whitelist and locations are kept per product). */
export function ProductSwitch<P extends Product>({ value, onChange, products }: ProductSwitchProps<P>) {
  return (
    <SegmentedControl
      aria-label="Product"
      value={value}
      onChange={(next) => onChange(next as P)}
      data={products.map((product) => ({ value: product, label: names[product] }))}
    />
  )
}
