import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/ui/row-actions';
import type { ScheduleException } from '../api/types';
import { isPastException } from '../utils/exceptions-view';
import { formatDays, formatExceptionHours } from '../utils/format';

interface ExceptionsListProps {
  exceptions: readonly ScheduleException[];
  /** Entries that ended before it are marked past. */
  today: string;
  /** Whose exception each is, when the list holds several dentists'. */
  showDentist: boolean;
  onEdit: (exception: ScheduleException) => void;
  onDelete: (exception: ScheduleException) => void;
}

export function ExceptionsList({
  exceptions,
  today,
  showDentist,
  onEdit,
  onDelete,
}: ExceptionsListProps) {
  const { t } = useTranslation(['schedule', 'common']);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exceptions.days')}</Table.Th>
            <Table.Th>{t('exceptions.hours')}</Table.Th>
            {showDentist ? <Table.Th>{t('exceptions.dentist')}</Table.Th> : null}
            <Table.Th>{t('exceptions.reason')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('exceptions.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {exceptions.map((exception) => {
            const days = formatDays(exception);
            return (
              <Table.Tr key={exception.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{days}</Text>
                    {isPastException(exception, today) ? (
                      <Badge size="sm" color="gray" variant="light">
                        {t('exceptions.past')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{formatExceptionHours(exception)}</Table.Td>
                {showDentist ? <Table.Td>{exception.dentistName ?? '—'}</Table.Td> : null}
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {exception.reason || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RowActions
                    end
                    actions={[
                      {
                        label: t('common:actions.edit'),
                        name: t('exceptions.editLabel', { days }),
                        onClick: () => onEdit(exception),
                      },
                      {
                        label: t('common:actions.delete'),
                        name: t('exceptions.deleteLabel', { days }),
                        onClick: () => onDelete(exception),
                        danger: true,
                      },
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
