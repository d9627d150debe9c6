import { Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { VisitAnswer } from '../../../features/visit-answers/components/visit-answer';
import { takeAnswerLink } from '../../../features/visit-answers/utils/answer-link';
import { ClockSync } from '../../clock-sync';

/** "I'll be there" / "I can't come" from a message about a visit: no sign-in needed. */
export function VisitAnswerRoute() {
  const { t } = useTranslation('visitAnswers');
  const [link, setLink] = useState(() => ({ ...takeAnswerLink(), opening: 0 }));
  useEffect(() => {
    // Another link opened in this tab (or the same one again) changes only the part after
    // `#`: no new page loads, so the answer starts afresh here.
    const follow = () => {
      if (!globalThis.location.hash.includes('token=')) return;
      const next = takeAnswerLink();
      setLink((shown) => ({ ...next, opening: shown.opening + 1 }));
    };
    globalThis.addEventListener('hashchange', follow);
    return () => globalThis.removeEventListener('hashchange', follow);
  }, []);
  return (
    <Stack>
      {/* Times on the clinic's clock, as on the signed-in pages. */}
      <ClockSync />
      <PageHeader title={t('title')} />
      <VisitAnswer key={link.opening} token={link.token} hint={link.hint} />
    </Stack>
  );
}
