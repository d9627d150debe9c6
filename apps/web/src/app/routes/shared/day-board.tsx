import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { DayBoard } from '../../../features/day-board/components/day-board';

/** The same page serves /owner/day and /staff/day: the front desk's and the chair's today. */
export function DayBoardRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.dayBoard')} />
      <DayBoard />
    </Stack>
  );
}
