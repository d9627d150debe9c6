import { WEEKDAYS } from '@clinic/domain';
import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('patterns.showLabel', { from })}
                      onClick={() => onShow(pattern)}
                    >
                      {t('patterns.show')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-label={t('patterns.editLabel', { from })}
                      onClick={() => onEdit(pattern)}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('patterns.deleteLabel', { from })}
                      onClick={() => onDelete(pattern)}
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
