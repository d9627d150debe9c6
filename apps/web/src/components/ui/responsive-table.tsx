import { Table, VisuallyHidden } from '@mantine/core';
import { DataCards } from './data-cards';
import type { DataColumn } from './data-columns';
import { useIsPhone } from './use-is-phone';

interface ResponsiveTableProps<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** A card's accessible name on phones. */
  rowLabel: (row: Row) => string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
}

/**
 * A list as a table on wide screens and as cards on phones, from one set of columns: a phone
 * never scrolls sideways to reach a row's actions.
 */
export function ResponsiveTable<Row>({
  columns,
  rows,
  rowKey,
  rowLabel,
  minWidth,
}: ResponsiveTableProps<Row>) {
  const isPhone = useIsPhone();
  if (isPhone) {
    return <DataCards columns={columns} rows={rows} rowKey={rowKey} rowLabel={rowLabel} />;
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key}>
                {column.hideHeader ? (
                  <VisuallyHidden>{column.header}</VisuallyHidden>
                ) : (
                  column.header
                )}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td
                  key={column.key}
                  fw={column.card === 'title' ? 500 : undefined}
                  style={column.noWrap ? { whiteSpace: 'nowrap' } : undefined}
                >
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
