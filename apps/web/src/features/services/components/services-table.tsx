import { Button, Group, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Service } from '../../../types/api';

interface ServicesTableProps {
  services: Service[];
  onEdit: (service: Service) => void;
  onDelete: (service: Service) => void;
  onToggleActive: (service: Service) => void;
  /** The service whose active state is being saved. */
  pendingId: number | null;
}

export function ServicesTable({
  services,
  onEdit,
  onDelete,
  onToggleActive,
  pendingId,
}: ServicesTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>Duration</Table.Th>
            <Table.Th>Price</Table.Th>
            <Table.Th>Active</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => (
            <Table.Tr key={service.id}>
              <Table.Td fw={500}>{service.name}</Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {service.description || '—'}
                </Text>
              </Table.Td>
              <Table.Td>{service.durationMinutes} min</Table.Td>
              <Table.Td>{service.price}</Table.Td>
              <Table.Td>
                <Switch
                  label={service.isActive ? 'Active' : 'Inactive'}
                  aria-label={`${service.name}: ${service.isActive ? 'Active' : 'Inactive'}`}
                  checked={service.isActive}
                  disabled={pendingId === service.id}
                  onChange={() => onToggleActive(service)}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={`Edit ${service.name}`}
                    onClick={() => onEdit(service)}
                  >
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${service.name}`}
                    onClick={() => onDelete(service)}
                  >
                    Delete
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
