import { Table, VisuallyHidden } from '@mantine/core';
import { formatLongDate } from '../../../lib/dates';
import type { AppointmentReport, ReportRow } from '../../../types/api';
import { dentistLabel } from '../utils/report-format';
import { REPORT_MEASURES } from '../utils/report-measures';
import { ReportFigure } from './report-figure';

/** What the table and its phone-sized cards both show. */
export interface ReportLinesProps {
  report: AppointmentReport;
}

function ReportTableRow({ label, row }: { label: string; row: ReportRow }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      {REPORT_MEASURES.map((measure) => (
        <Table.Td key={measure.label} ta="right">
          <ReportFigure text={measure.value(row)} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

export function ReportTable({ report }: ReportLinesProps) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" tabularNums>
        <Table.Caption>
          {/* The period is already written above the table; the caption names it for screen readers. */}
          <VisuallyHidden>
            Appointments per dentist from {formatLongDate(report.dateFrom)} to{' '}
            {formatLongDate(report.dateTo)}, with the totals last
          </VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Dentist</Table.Th>
            {REPORT_MEASURES.map((measure) => (
              <Table.Th key={measure.label} scope="col" ta="right">
                {measure.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.dentists.map((row) => (
            <ReportTableRow key={row.dentist ?? 'unassigned'} label={dentistLabel(row)} row={row} />
          ))}
        </Table.Tbody>
        {/* A heavier rule sets the totals apart from the last dentist. */}
        <Table.Tfoot style={{ borderTop: '2px solid var(--table-border-color)' }}>
          <ReportTableRow label="Totals" row={report.totals} />
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
