import { Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paged } from '../../types/api';
import { EmptyState } from './empty-state';
import { PagingFooter } from './paging-footer';
import { QueryError } from './query-error';
import { TableSkeleton } from './table-skeleton';

interface PagedResultsProps<T> {
  query: { data: Paged<T> | undefined; error: unknown; refetch: () => unknown };
  errorTitle: string;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  /** Fewer page buttons, for phones. */
  compact: boolean;
  /** Set while filters narrow the list: what to say when they leave nothing, and how to undo. */
  filtered: { title: string; description?: string; onReset: () => void } | null;
  /** What to show when there is nothing at all. */
  empty: { title: string; description?: string; action?: ReactNode };
  children: (results: T[]) => ReactNode;
}

/**
 * A filtered, paged list's every state: loading, failed, empty for each reason, and the rows
 * with their paging footer.
 */
export function PagedResults<T>({
  query,
  errorTitle,
  page,
  pageSize,
  onPageChange,
  compact,
  filtered,
  empty,
  children,
}: PagedResultsProps<T>) {
  const { t } = useTranslation();
  if (query.error) {
    return (
      <QueryError title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  if (!query.data) return <TableSkeleton rows={8} />;
  const { results, count } = query.data;
  if (results.length > 0) {
    return (
      <Stack>
        {children(results)}
        <PagingFooter
          page={page}
          pageSize={pageSize}
          shown={results.length}
          count={count}
          onChange={onPageChange}
          compact={compact}
        />
      </Stack>
    );
  }
  if (page > 1) {
    return (
      <EmptyState
        title={t('lists.nothingOnPage')}
        description={t('lists.listShorter')}
        action={<Button onClick={() => onPageChange(1)}>{t('lists.firstPage')}</Button>}
      />
    );
  }
  if (filtered) {
    return (
      <EmptyState
        title={filtered.title}
        description={filtered.description}
        action={
          <Button variant="default" onClick={filtered.onReset}>
            {t('lists.resetFilters')}
          </Button>
        }
      />
    );
  }
  return <EmptyState {...empty} />;
}
