import { WEEKDAYS } from '@clinic/domain';
import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../../components/ui/row-actions';
import { formatLongDate } from '../../../lib/dates';
import type { WorkingHours } from '../api/types';
import { sortPatterns } from '../utils/weekly-pattern';

interface PatternsListProps {
  patterns: readonly WorkingHours[];
  /** The pattern in force today, marked as such. */
  currentId: number | null;
  onShow: (pattern: WorkingHours) => void;
  onEdit: (pattern: WorkingHours) => void;
  onDelete: (pattern: WorkingHours) => void;
}

export function validFromLabel(pattern: WorkingHours): string {
  return pattern.validFrom === null ? '' : formatLongDate(pattern.validFrom);
}

/** A dentist's patterns in the order they take over, each until the next one starts. */
export function PatternsList({ patterns, currentId, onShow, onEdit, onDelete }: PatternsListProps) {
  const { t } = useTranslation(['schedule', 'common']);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('patterns.validFrom')}</Table.Th>
            <Table.Th>{t('patterns.workingDays')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('patterns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortPatterns(patterns).map((pattern) => {
            const from = validFromLabel(pattern) || t('patterns.sinceAlways');
            const days = WEEKDAYS.filter((day) => pattern.days[day].length > 0);
            return (
              <Table.Tr key={pattern.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm">{from}</Text>
                    {pattern.id === currentId ? (
                      <Badge size="sm" color="teal" variant="light">
                        {t('patterns.inForce')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {days.length === 0
                      ? t('patterns.noDays')
                      : days.map((day) => t(`common:weekdays.${day}`)).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RowActions
                    end
                    actions={[
                      {
                        label: t('patterns.show'),
                        name: t('patterns.showLabel', { from }),
                        onClick: () => onShow(pattern),
                      },
                      {
                        label: t('common:actions.edit'),
                        name: t('patterns.editLabel', { from }),
                        onClick: () => onEdit(pattern),
                      },
                      {
                        label: t('common:actions.delete'),
                        name: t('patterns.deleteLabel', { from }),
                        onClick: () => onDelete(pattern),
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
