import { Card, Divider } from '@mantine/core'
import { PageLayout } from '@renderer/ui/PageLayout'
import { ProductSwitch } from '@renderer/ui/ProductSwitch'
import type { WhitelistProduct } from '@shared/domain/whitelist'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AddBar } from './AddBar'
import { IpList } from './IpList'
import { ipKey } from './ip'
import { useWhitelist } from './queries'

/** How long a just-added row stays marked. */
const HIGHLIGHT_MS = 3000

/** The IPs that may use the proxies without a password, per product: the list, with a compact add bar above. */
export default function WhitelistTab() {
  const { t } = useTranslation('whitelist')
  const [product, setProduct] = useState<WhitelistProduct>('residential')
  const whitelist = useWhitelist(product)
  const [highlight, setHighlight] = useState<string | null>(null)
  useEffect(() => {
    if (highlight === null) return
    const timer = setTimeout(() => setHighlight(null), HIGHLIGHT_MS)
    return () => clearTimeout(timer)
  }, [highlight])

  return (
    <PageLayout
      title={t('title')}
      description={t('description')}
      productSwitch={<ProductSwitch section="whitelist" value={product} onChange={setProduct} />}
      queries={[whitelist]}
    >
      <Card>
        <AddBar product={product} query={whitelist} onAdded={(ip) => setHighlight(ipKey(ip))} />
        <Divider my="sm" />
        <IpList product={product} query={whitelist} highlight={highlight} />
      </Card>
    </PageLayout>
  )
}
