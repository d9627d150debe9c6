import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { activeLocale, formatLongDate } from '../../../lib/dates';
import type { AppointmentReport, ReportRow } from '../../../types/api';
import { dentistLabel } from '../utils/report-format';
import { type ReportMeasure, reportMeasures } from '../utils/report-measures';
import { ReportFigure } from './report-figure';

/** What the table and its phone-sized cards both show. */
export interface ReportLinesProps {
  report: AppointmentReport;
}

interface ReportTableRowProps {
  label: string;
  row: ReportRow;
  measures: readonly ReportMeasure[];
}

function ReportTableRow({ label, row, measures }: ReportTableRowProps) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      {measures.map((measure) => (
        <Table.Td key={measure.key} ta="right">
          <ReportFigure text={measure.value(row)} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

export function ReportTable({ report }: ReportLinesProps) {
  const { t } = useTranslation('reports');
  const measures = reportMeasures(t, activeLocale());
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" tabularNums>
        <Table.Caption>
          {/* The period is already written above the table; the caption names it for screen readers. */}
          <VisuallyHidden>
            {t('table.caption', {
              from: formatLongDate(report.dateFrom),
              to: formatLongDate(report.dateTo),
            })}
          </VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.dentist')}</Table.Th>
            {measures.map((measure) => (
              <Table.Th key={measure.key} scope="col" ta="right">
                {measure.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.dentists.map((row) => (
            <ReportTableRow
              key={row.dentist ?? 'unassigned'}
              label={dentistLabel(row, t)}
              row={row}
              measures={measures}
            />
          ))}
        </Table.Tbody>
        {/* A heavier rule sets the totals apart from the last dentist. */}
        <Table.Tfoot style={{ borderTop: '2px solid var(--table-border-color)' }}>
          <ReportTableRow label={t('table.totals')} row={report.totals} measures={measures} />
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
