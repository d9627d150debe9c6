import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReportRow } from '../../../types/api';
import { dentistLabel } from '../utils/report-format';
import { REPORT_MEASURES } from '../utils/report-measures';
import { ReportFigure } from './report-figure';
import type { ReportLinesProps } from './report-table';

function ReportCard({ label, row }: { label: string; row: ReportRow }) {
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={label}>
      <Text fw={600} mb="xs">
        {label}
      </Text>
      {/* Two figures a line: eight one under the other would make each card a screen tall. */}
      <SimpleGrid component="dl" cols={2} spacing="sm" verticalSpacing="xs" m={0}>
        {REPORT_MEASURES.map((measure) => (
          <div key={measure.label}>
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
  return (
    <Stack gap="sm">
      {report.dentists.map((row) => (
        <ReportCard key={row.dentist ?? 'unassigned'} label={dentistLabel(row)} row={row} />
      ))}
      <ReportCard label="Totals" row={report.totals} />
    </Stack>
  );
}
