import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/dates';

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
  const { t } = useTranslation();
  const totalPages = Math.max(1, Math.ceil(count / pageSize));
  const first = (page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" aria-live="polite">
        {t('paging.showing', {
          first: formatNumber(first),
          last: formatNumber(first + shown - 1),
          count: formatNumber(count),
        })}
      </Text>
      {totalPages > 1 ? (
        <Pagination
          total={totalPages}
          value={Math.min(page, totalPages)}
          onChange={onChange}
          siblings={compact ? 0 : 1}
          getItemProps={(item) => ({ 'aria-label': t('paging.page', { page: item }) })}
          getControlProps={(control) => ({ 'aria-label': t(`paging.controls.${control}`) })}
        />
      ) : null}
    </Group>
  );
}
