import { dialableNumber } from '@clinic/domain';
import { Alert, Anchor, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/ui/status-badge';
import { describeError, isApiError } from '../../../lib/api-error';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { VisitAnswerPreview, VisitAnswerResult } from '../../../types/api';
import { answerVisit, previewVisitAnswer, type VisitAnswerChoice } from '../api/visit-answers';

type Visit = Omit<VisitAnswerPreview, 'answers'>;

type Status =
  | { state: 'loading' }
  | { state: 'open'; preview: VisitAnswerPreview; sending: VisitAnswerChoice | null }
  | { state: 'answered'; result: VisitAnswerResult; wasConfirmed: boolean }
  | { state: 'failed'; error: unknown; visit: Visit | null };

const LINK_CODES = ['link_used', 'link_expired', 'link_invalid', 'visit_moved'] as const;
type LinkCode = (typeof LINK_CODES)[number];
const isLinkCode = (code: string | undefined): code is LinkCode =>
  LINK_CODES.includes(code as LinkCode);

/** The clinic's phone as a link that dials it, or the plain request to phone without one. */
function PhoneTheClinic({ phone }: { phone: string }) {
  const { t } = useTranslation('visitAnswers');
  if (!phone) return <>{t('tooLate.noPhone')}</>;
  return (
    <Trans
      t={t}
      i18nKey="tooLate.phone"
      values={{ phone }}
      components={{ phoneLink: <Anchor href={`tel:${dialableNumber(phone)}`} /> }}
    />
  );
}

/** The visit as the link names it: whose, when, what, with whom, where. */
function VisitSummary({ visit }: { visit: Visit }) {
  const { t } = useTranslation('visitAnswers');
  const details = [
    visit.serviceName,
    visit.dentistName ? t('withDentist', { name: visit.dentistName }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="visit-answer-when">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('visitFor', { name: visit.patientFirstName })}
        </Text>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Title order={2} size="h4" id="visit-answer-when">
            {t('when', { date: formatLongDate(visit.date), time: formatTime(visit.time) })}
          </Title>
          <StatusBadge status={visit.status} />
        </Group>
        {details ? <Text size="sm">{details}</Text> : null}
        <Text size="sm">{visit.clinicName}</Text>
      </Stack>
    </Paper>
  );
}

/**
 * The page a link in a message about a visit opens, signed in or not. Opening it changes
 * nothing (mail scanners follow links too): it shows the visit and the answers still open,
 * the one chosen in the message first, and records one only when its button is pressed.
 */
export function VisitAnswer({ token, hint }: { token: string; hint: VisitAnswerChoice | null }) {
  const { t } = useTranslation('visitAnswers');
  const [status, setStatus] = useState<Status>({ state: 'loading' });

  useEffect(() => {
    if (!token) return;
    let current = true;
    // Reading changes nothing, so a second mount may read again: it sees the link as it is now.
    previewVisitAnswer(token).then(
      (preview) => current && setStatus({ state: 'open', preview, sending: null }),
      (error: unknown) => current && setStatus({ state: 'failed', error, visit: null }),
    );
    return () => {
      current = false;
    };
  }, [token]);

  if (!token) {
    return (
      <Alert color="red" title={t('failedTitle')} role="alert">
        {t('errors.link_invalid')}
      </Alert>
    );
  }
  if (status.state === 'loading') {
    return (
      <Stack align="center" py="md">
        <Loader size="sm" aria-label={t('loading')} />
      </Stack>
    );
  }
  const signIn = (
    <Text size="sm" ta="center">
      <Anchor component={Link} to="/patient/appointments">
        {t('seeVisits')}
      </Anchor>
    </Text>
  );
  if (status.state === 'failed') {
    const code = isApiError(status.error) ? status.error.code : undefined;
    return (
      <Stack>
        {status.visit ? <VisitSummary visit={status.visit} /> : null}
        <Alert color="red" title={t('failedTitle')} role="alert">
          {isLinkCode(code) ? t(`errors.${code}`) : describeError(status.error)}
        </Alert>
        {signIn}
      </Stack>
    );
  }
  if (status.state === 'answered') {
    const { result } = status;
    const when = { date: formatLongDate(result.date), time: formatTime(result.time) };
    return (
      <Stack>
        <VisitSummary visit={result} />
        {result.answered === 'attend' ? (
          <Alert color="green" title={t('attended.title', when)} role="status">
            {status.wasConfirmed ? t('attended.already') : t('attended.body')}
          </Alert>
        ) : (
          <Alert color="green" title={t('cancelled.title')} role="status">
            {t('cancelled.body')}
          </Alert>
        )}
        {signIn}
      </Stack>
    );
  }

  const { preview, sending } = status;
  const send = (answer: VisitAnswerChoice) => {
    setStatus({ state: 'open', preview, sending: answer });
    answerVisit(token, answer).then(
      (result) => setStatus({ state: 'answered', result, wasConfirmed: preview.patientConfirmed }),
      (error: unknown) => {
        // Too late to cancel: "I'll be there" still stands, the rest is a phone call.
        if (isApiError(error) && error.code === 'too_late' && answer === 'cancel') {
          const answers = { ...preview.answers, cancel: 'too_late' as const };
          setStatus({ state: 'open', preview: { ...preview, answers }, sending: null });
          return;
        }
        setStatus({ state: 'failed', error, visit: preview });
      },
    );
  };
  const attendOpen = preview.answers.attend === 'open';
  const cancelOpen = preview.answers.cancel === 'open';
  const attendButton = attendOpen ? (
    <Button
      key="attend"
      variant={hint === 'cancel' ? 'light' : 'filled'}
      loading={sending === 'attend'}
      disabled={sending !== null && sending !== 'attend'}
      onClick={() => send('attend')}
    >
      {t('attend')}
    </Button>
  ) : null;
  const cancelButton = cancelOpen ? (
    <Button
      key="cancel"
      color="red"
      variant={hint === 'cancel' ? 'filled' : 'light'}
      loading={sending === 'cancel'}
      disabled={sending !== null && sending !== 'cancel'}
      onClick={() => send('cancel')}
    >
      {t('cancel')}
    </Button>
  ) : null;
  let answers: ReactNode = null;
  if (attendOpen || cancelOpen) {
    answers = (
      <Stack gap="xs">
        <Text fw={500}>{t('question')}</Text>
        <Group gap="sm">
          {hint === 'cancel' ? [cancelButton, attendButton] : [attendButton, cancelButton]}
        </Group>
        {cancelOpen ? (
          <Text size="sm" c="dimmed">
            {t('cancelNote')}
          </Text>
        ) : null}
      </Stack>
    );
  }
  let notice: ReactNode = null;
  if (preview.answers.cancel === 'too_late' && preview.answers.attend !== 'closed') {
    notice = (
      <Alert color="yellow" title={t('tooLate.title')}>
        <PhoneTheClinic phone={preview.clinicPhone} />
      </Alert>
    );
  } else if (!attendOpen && !cancelOpen) {
    notice = (
      <Alert color="yellow" title={t('closed.title')}>
        {preview.status === 'cancelled' ? t('closed.cancelled') : t('closed.other')}
      </Alert>
    );
  }
  return (
    <Stack>
      <VisitSummary visit={preview} />
      {preview.patientConfirmed && attendOpen ? (
        <Text size="sm">{t('alreadyConfirmed')}</Text>
      ) : null}
      {answers}
      {notice}
      {signIn}
    </Stack>
  );
}
