import { Group, Paper, Stack, Text } from '@mantine/core';
import { cardParts, type DataColumn } from './data-columns';
import { type DetailItem, DetailList } from './detail-list';

interface DataCardsProps<Row> {
  columns: readonly DataColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  /** Each card's accessible name, so a screen reader can tell the cards apart. */
  rowLabel: (row: Row) => string;
}

/** A list's rows as cards, for phones, where its columns do not fit side by side. */
export function DataCards<Row>({ columns, rows, rowKey, rowLabel }: DataCardsProps<Row>) {
  const { titles, badges, lines, actions } = cardParts(columns);
  return (
    <Stack gap="sm">
      {rows.map((row) => {
        const items: DetailItem[] = lines.map((column) => ({
          label: column.header,
          value: column.cell(row),
        }));
        return (
          <Paper
            key={rowKey(row)}
            withBorder
            p="sm"
            radius="md"
            component="article"
            aria-label={rowLabel(row)}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb="xs">
              <div style={{ minWidth: 0 }}>
                {titles.map((column) => (
                  <Text key={column.key} fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {column.cell(row)}
                  </Text>
                ))}
              </div>
              {badges.length > 0 ? (
                <Group gap={6} justify="flex-end">
                  {badges.map((column) => (
                    <div key={column.key}>{column.cell(row)}</div>
                  ))}
                </Group>
              ) : null}
            </Group>
            <DetailList items={items} />
            {actions.length > 0 ? (
              <Group mt="sm" gap="xs">
                {actions.map((column) => (
                  <div key={column.key}>{column.cell(row)}</div>
                ))}
              </Group>
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
