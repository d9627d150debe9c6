import { Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DataColumn } from '../../../components/ui/data-columns';
import { ResponsiveTable } from '../../../components/ui/responsive-table';
import { RowActions } from '../../../components/ui/row-actions';
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

/** The clinic's services as a table, or as cards on a phone. */
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
  const columns: DataColumn<Service>[] = [
    { key: 'name', header: t('table.name'), card: 'title', cell: (service) => service.name },
    {
      key: 'description',
      header: t('table.description'),
      cell: (service) => (
        <Text size="sm" lineClamp={2}>
          {service.description || '—'}
        </Text>
      ),
    },
    {
      key: 'duration',
      header: t('table.duration'),
      cell: (service) => t('table.minutes', { count: service.durationMinutes }),
    },
    {
      key: 'buffer',
      header: t('table.buffer'),
      cell: (service) =>
        service.bufferAfterMinutes
          ? t('table.minutes', { count: service.bufferAfterMinutes })
          : '—',
    },
    {
      key: 'dentists',
      header: t('table.dentists'),
      cell: (service) => (
        <Text size="sm">
          {service.dentists?.length
            ? service.dentists.map((id) => dentistNames.get(id) ?? `#${id}`).join(', ')
            : t('table.everyDentist')}
        </Text>
      ),
    },
    {
      key: 'price',
      header: t('table.price'),
      cell: (service) => money.format(Number(service.price)),
    },
    {
      key: 'active',
      header: t('table.active'),
      cell: (service) => {
        const state = service.isActive ? t('table.isActive') : t('table.isInactive');
        return (
          <Switch
            label={state}
            aria-label={t('table.switchLabel', { name: service.name, state })}
            checked={service.isActive}
            disabled={pendingId === service.id}
            onChange={() => onToggleActive(service)}
          />
        );
      },
    },
    {
      key: 'actions',
      header: t('table.actions'),
      hideHeader: true,
      card: 'actions',
      cell: (service) => (
        <RowActions
          actions={[
            {
              label: t('common:actions.edit'),
              name: t('table.editLabel', { name: service.name }),
              onClick: () => onEdit(service),
            },
            {
              label: t('common:actions.delete'),
              name: t('table.deleteLabel', { name: service.name }),
              onClick: () => onDelete(service),
              danger: true,
            },
          ]}
        />
      ),
    },
  ];
  return (
    <ResponsiveTable
      columns={columns}
      rows={services}
      rowKey={(service) => service.id}
      rowLabel={(service) => service.name}
      minWidth={900}
    />
  );
}
