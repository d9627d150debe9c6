import { Box } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import type { InboxPanelProps } from './inbox-panel';

const Panel = lazy(async () => ({ default: (await import('./inbox-panel')).InboxPanel }));

/** The list downloads when the bell is first opened; most pages never open it. */
export function InboxPanel(props: InboxPanelProps) {
  return (
    <Suspense
      fallback={
        <Box p="sm">
          <TableSkeleton rows={3} />
        </Box>
      }
    >
      <Panel {...props} />
    </Suspense>
  );
}
