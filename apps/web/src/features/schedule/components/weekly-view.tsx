import { WEEKDAYS } from '@clinic/domain';
import { Badge, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpeningHours } from '../../../types/api';
import { formatInterval } from '../utils/format';
import { sortedIntervals, type Week } from '../utils/weekly-pattern';

interface WeeklyViewProps {
  dentistName: string;
  /** The pattern in force; null when the dentist has none and works the opening hours. */
  week: Week | null;
  openingHours: OpeningHours;
}

/** A dentist's week beside the clinic's opening hours, one column a day. */
export function WeeklyView({ dentistName, week, openingHours }: WeeklyViewProps) {
  const { t } = useTranslation(['schedule', 'common']);
  return (
    <Stack gap="xs">
      {week ? null : (
        <Text size="sm" c="dimmed">
          {t('week.worksOpeningHours', { name: dentistName })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={760}>
        <Table
          withTableBorder
          withColumnBorders
          layout="fixed"
          verticalSpacing="xs"
          captionSide="top"
        >
          <Table.Caption>{t('week.caption', { name: dentistName })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>
                <VisuallyHidden>{t('week.row')}</VisuallyHidden>
              </Table.Th>
              {WEEKDAYS.map((day) => (
                <Table.Th key={day} scope="col">
                  {t(`common:weekdays.${day}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{dentistName}</Table.Th>
              {WEEKDAYS.map((day) => {
                const period = openingHours[day];
                const intervals = week
                  ? sortedIntervals(week[day])
                  : period
                    ? [{ start: period.open, end: period.close }]
                    : [];
                return (
                  <Table.Td key={day} data-day={day}>
                    {intervals.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('week.off')}
                      </Text>
                    ) : (
                      <Stack gap={4}>
                        {intervals.map((interval) => (
                          <Badge
                            key={interval.start}
                            variant={week ? 'light' : 'outline'}
                            radius="sm"
                            size="lg"
                            fw={500}
                            tt="none"
                            fullWidth
                          >
                            {formatInterval(interval)}
                          </Badge>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('week.clinicHours')}</Table.Th>
              {WEEKDAYS.map((day) => {
                const period = openingHours[day];
                return (
                  <Table.Td key={day}>
                    <Text size="sm" c="dimmed">
                      {period
                        ? formatInterval({ start: period.open, end: period.close })
                        : t('week.closed')}
                    </Text>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
