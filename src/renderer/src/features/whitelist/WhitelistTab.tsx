import { Stack } from '@mantine/core'
import { PageHeader } from '@renderer/ui/PageHeader'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import { type WhitelistProduct, whitelistProduct } from '@shared/domain/whitelist'
import { useState } from 'react'
import { AddSection } from './AddSection'
import { useWhitelist } from './queries'
import { WhitelistSection } from './WhitelistSection'

/** The IPs that may use the proxies without a password, per product. */
export default function WhitelistTab() {
  const [product, setProduct] = useState<WhitelistProduct>('residential')
  const whitelist = useWhitelist(product)

  return (
    <Stack gap="lg">
      <PageHeader
        title="Whitelist IPs"
        description="Computers connecting from these IPs use your proxies without a username or password"
        actions={<ProductSwitch value={product} onChange={setProduct} products={whitelistProduct.options} />}
      />
      <AddSection product={product} list={whitelist.data} />
      <WhitelistSection product={product} query={whitelist} />
    </Stack>
  )
}
