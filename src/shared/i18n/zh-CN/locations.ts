import type { CatalogShape } from '../catalog'
import type { locations as en } from '../en/locations'

export const locations = {
  title: '地区',
  description: '可定向的国家/地区、州/省、城市和 ASN，以及对应代码',
  trail: {
    label: '地区路径',
    allCountries: '全部国家/地区',
  },
  lists: {
    countries: '国家/地区',
    states: '州/省',
    cities: '城市',
    asns: 'ASN',
    switchLabel: '{{country}}的列表',
  },
  search: {
    countries: '搜索国家/地区',
    states: '搜索州/省',
    cities: '搜索城市',
    asns: '搜索 ASN',
    placeholder: '名称或代码',
  },
  columns: {
    country: '国家/地区',
    state: '州/省',
    city: '城市',
    asn: '网络',
    code: '代码',
  },
  copyCode: '复制代码 {{code}}',
  allCities: '{{country}}的全部城市',
  allCitiesShort: '全部城市',
  empty: {
    countries: 'Thordata 暂无{{product}}代理可用的国家/地区',
    states: 'Thordata 暂无{{place}}的州/省',
    cities: 'Thordata 暂无{{place}}的城市',
    asns: 'Thordata 暂无{{place}}的 ASN',
  },
  choose: '选择一个国家/地区，查看其州/省、城市和 ASN，并复制代码到代理设置中。',
  notOffered: '{{product}}代理不提供{{country}}',
} satisfies CatalogShape<typeof en>
