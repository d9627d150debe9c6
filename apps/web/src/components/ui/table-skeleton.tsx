import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" role="status" aria-label={t('loading')}>
      {Array.from({ length: rows }, (_, index) => (
        // The rows are identical placeholders, so their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Skeleton key={index} height={36} />
      ))}
    </Stack>
  );
}
