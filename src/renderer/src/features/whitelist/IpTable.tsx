import { ActionIcon, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core'
import { formatMediumDate } from '@renderer/lib/format'
import { CopyButton } from '@renderer/ui/CopyButton'
import type { WhitelistEntry } from '@shared/domain/whitelist'
import { IconTrash } from '@tabler/icons-react'

interface IpTableProps {
  entries: WhitelistEntry[]
  onDelete: (ip: string) => void
}

export function IpTable({ entries, onDelete }: IpTableProps) {
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label="Whitelisted IPs" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>IP</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Added</Table.Th>
            <Table.Th w={56}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(({ ip, enabled, createdOn }) => (
            <Table.Tr key={ip}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Text size="sm" ff="monospace">
                    {ip}
                  </Text>
                  <CopyButton value={ip} label={`Copy ${ip}`} />
                </Group>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={enabled ? 'teal' : 'gray'} radius="sm">
                  {enabled ? 'Enabled' : 'Disabled'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {createdOn ? formatMediumDate(createdOn) : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <ActionIcon variant="subtle" color="red" aria-label={`Delete ${ip}`} onClick={() => onDelete(ip)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
