import type { CatalogShape } from '../catalog'
import type { table as en } from '../en/table'

export const table = {
  search: {
    placeholder: '搜索',
    clear: '清除搜索',
  },
  count: '{{shown}} / {{total}}',
  noMatch: '没有与“{{query}}”匹配的结果',
  empty: '暂无内容',
  exportCsv: '导出 CSV',
  details: {
    show: '展开详情',
    hide: '收起详情',
  },
  sort: {
    ascending: '升序',
    descending: '降序',
    by: '按{{column}}排序',
  },
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败',
  reveal: '显示',
  hide: '隐藏',
  actions: '操作',
  actionsFor: '{{name}} 的操作',
  select: {
    allShown: '选择显示的所有行',
    row: '选择 {{name}}',
  },
} satisfies CatalogShape<typeof en>
