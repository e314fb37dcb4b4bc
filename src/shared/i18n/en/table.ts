/** The `table` namespace: the kit's DataTable and its cells. */
export const table = {
  search: {
    placeholder: 'Search',
    clear: 'Clear search',
  },
  count: '{{shown}} of {{total}}',
  noMatch: 'No match for “{{query}}”',
  empty: 'Nothing here yet',
  exportCsv: 'Export CSV',
  details: {
    show: 'Show details',
    hide: 'Hide details',
  },
  sort: {
    ascending: 'Sorted ascending',
    descending: 'Sorted descending',
    by: 'Sort by {{column}}',
  },
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Couldn’t copy',
  reveal: 'Show',
  hide: 'Hide',
  actions: 'Actions',
  actionsFor: 'Actions for {{name}}',
  select: {
    allShown: 'Select every row shown',
    row: 'Select {{name}}',
  },
}
