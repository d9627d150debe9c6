import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { VisitAnswer } from '../../../features/visit-answers/components/visit-answer';
import { takeAnswerLink } from '../../../features/visit-answers/utils/answer-link';
import { ClockSync } from '../../clock-sync';

/** "I'll be there" / "I can't come" from a message about a visit: no sign-in needed. */
export function VisitAnswerRoute() {
  const { t } = useTranslation('visitAnswers');
  const [link] = useState(takeAnswerLink);
  return (
    <Stack>
      {/* Times on the clinic's clock, as on the signed-in pages. */}
      <ClockSync />
      <PageHeader title={t('title')} />
      <VisitAnswer token={link.token} hint={link.hint} />
    </Stack>
  );
}
