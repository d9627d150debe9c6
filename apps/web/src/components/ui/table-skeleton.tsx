import { Skeleton, Stack } from '@mantine/core';

export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Stack gap="xs" role="status" aria-label="Loading">
      {Array.from({ length: rows }, (_, index) => (
        // The rows are identical placeholders, so their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Skeleton key={index} height={36} />
      ))}
    </Stack>
  );
}
