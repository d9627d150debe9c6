import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeLocale } from '../../../lib/dates';
import type { ReportRow } from '../../../types/api';
import { dentistLabel } from '../utils/report-format';
import { type ReportMeasure, reportMeasures } from '../utils/report-measures';
import { ReportFigure } from './report-figure';
import type { ReportLinesProps } from './report-table';

interface ReportCardProps {
  label: string;
  row: ReportRow;
  measures: readonly ReportMeasure[];
}

function ReportCard({ label, row, measures }: ReportCardProps) {
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={label}>
      <Text fw={600} mb="xs">
        {label}
      </Text>
      {/* Two figures a line: eight one under the other would make each card a screen tall. */}
      <SimpleGrid component="dl" cols={2} spacing="sm" verticalSpacing="xs" m={0}>
        {measures.map((measure) => (
          <div key={measure.key}>
            <Text component="dt" size="xs" c="dimmed" fw={500}>
              {measure.label}
            </Text>
            <Text component="dd" m={0} size="sm">
              <ReportFigure text={measure.value(row)} />
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

/** The table's lines as cards, for phones, where nine columns do not fit side by side. */
export function ReportCards({ report }: ReportLinesProps) {
  const { t } = useTranslation('reports');
  const measures = reportMeasures(t, activeLocale());
  return (
    <Stack gap="sm">
      {report.dentists.map((row) => (
        <ReportCard
          key={row.dentist ?? 'unassigned'}
          label={dentistLabel(row, t)}
          row={row}
          measures={measures}
        />
      ))}
      <ReportCard label={t('table.totals')} row={report.totals} measures={measures} />
    </Stack>
  );
}
