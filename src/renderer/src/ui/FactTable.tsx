import { Table } from '@mantine/core'
import type { ReactNode } from 'react'

export interface Fact {
  label: string
  value: ReactNode
}

/** Label / value rows (what will be ordered, what an order did): read by a screen reader as a table with row headers. */
export function FactTable({ facts, label }: { facts: readonly Fact[]; label: string }) {
  return (
    <Table aria-label={label} verticalSpacing={5} horizontalSpacing="sm" withTableBorder>
      <Table.Tbody>
        {facts.map((fact) => (
          <Table.Tr key={fact.label}>
            <Table.Th w="36%" fw={500} c="dimmed" scope="row" style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
              {fact.label}
            </Table.Th>
            <Table.Td fz="sm" style={{ overflowWrap: 'anywhere' }}>
              {fact.value}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
