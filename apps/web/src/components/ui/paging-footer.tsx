import { Group, Pagination, Text } from '@mantine/core';

interface PagingFooterProps {
  page: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  count: number;
  onChange: (page: number) => void;
  /** Fewer page buttons, for phones. */
  compact?: boolean;
}

/** "Showing 51–100 of 240" and page buttons whose names a screen reader can say. */
export function PagingFooter({
  page,
  pageSize,
  shown,
  count,
  onChange,
  compact,
}: PagingFooterProps) {
  const totalPages = Math.max(1, Math.ceil(count / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" aria-live="polite">
        Showing {first}–{first + shown - 1} of {count}
      </Text>
      {totalPages > 1 ? (
        <Pagination
          total={totalPages}
          value={Math.min(page, totalPages)}
          onChange={onChange}
          siblings={compact ? 0 : 1}
          getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        />
      ) : null}
    </Group>
  );
}
