import { Button, Group, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeLocale } from '../../../lib/dates';
import type { Service } from '../../../types/api';

interface ServicesTableProps {
  services: Service[];
  onEdit: (service: Service) => void;
  onDelete: (service: Service) => void;
  onToggleActive: (service: Service) => void;
  /** The service whose active state is being saved. */
  pendingId: number | null;
  /** Names of the dentists a service may list as performing it. */
  dentistNames: ReadonlyMap<number, string>;
}

export function ServicesTable({
  services,
  onEdit,
  onDelete,
  onToggleActive,
  pendingId,
  dentistNames,
}: ServicesTableProps) {
  const { t } = useTranslation(['services', 'common']);
  // Money is kept as a decimal string; shown with the reader's decimal mark, cents and all.
  const money = new Intl.NumberFormat(activeLocale(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.name')}</Table.Th>
            <Table.Th>{t('table.description')}</Table.Th>
            <Table.Th>{t('table.duration')}</Table.Th>
            <Table.Th>{t('table.buffer')}</Table.Th>
            <Table.Th>{t('table.dentists')}</Table.Th>
            <Table.Th>{t('table.price')}</Table.Th>
            <Table.Th>{t('table.active')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => {
            const state = service.isActive ? t('table.isActive') : t('table.isInactive');
            return (
              <Table.Tr key={service.id}>
                <Table.Td fw={500}>{service.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {service.description || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{t('table.minutes', { count: service.durationMinutes })}</Table.Td>
                <Table.Td>
                  {service.bufferAfterMinutes
                    ? t('table.minutes', { count: service.bufferAfterMinutes })
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {service.dentists?.length
                      ? service.dentists.map((id) => dentistNames.get(id) ?? `#${id}`).join(', ')
                      : t('table.everyDentist')}
                  </Text>
                </Table.Td>
                <Table.Td>{money.format(Number(service.price))}</Table.Td>
                <Table.Td>
                  <Switch
                    label={state}
                    aria-label={t('table.switchLabel', { name: service.name, state })}
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
                      aria-label={t('table.editLabel', { name: service.name })}
                      onClick={() => onEdit(service)}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('table.deleteLabel', { name: service.name })}
                      onClick={() => onDelete(service)}
                    >
                      {t('common:actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
