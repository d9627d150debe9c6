import { Alert, Loader, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';
import { formatShortDate, formatTime } from '../../../lib/dates';
import type { User } from '../../../types/api';
import { useComingVisits } from '../api/dentist-visits';
import { useDentists } from '../api/get-dentists';
import type { HandOverChoice } from '../utils/hand-over';

interface ComingVisitsChoiceProps {
  dentist: User;
  choice: HandOverChoice;
  onChange: (choice: HandOverChoice) => void;
  /** The field the owner must still fill in, after a try to go on without it. */
  missing: 'to' | 'reason' | null;
}

const SHOWN = 5;

/**
 * What becomes of a dentist's coming visits when they stop working here: how many there are,
 * the first few, and the choice to give them to another dentist, cancel them or leave them.
 */
export function ComingVisitsChoice({
  dentist,
  choice,
  onChange,
  missing,
}: ComingVisitsChoiceProps) {
  const { t } = useTranslation('dentists');
  const visits = useComingVisits(dentist.id, true);
  const dentists = useDentists();
  if (visits.isPending) {
    return (
      <Text size="sm" c="dimmed">
        <Loader size="xs" mr="xs" role="status" aria-label={t('handOver.counting')} />
        {t('handOver.counting')}
      </Text>
    );
  }
  if (visits.error) {
    return (
      <QueryError
        title={t('handOver.countError')}
        error={visits.error}
        onRetry={() => void visits.refetch()}
      />
    );
  }
  if (visits.data.count === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('handOver.none', { name: dentist.name })}
      </Text>
    );
  }
  const others = (dentists.data ?? []).filter((each) => each.id !== dentist.id);
  return (
    <Alert color="yellow" title={t('handOver.count', { count: visits.data.count })}>
      <Stack gap="sm">
        <Text size="sm" component="ul" m={0} pl="md">
          {visits.data.results.slice(0, SHOWN).map((visit) => (
            <li key={visit.id}>
              {t('handOver.visit', {
                date: formatShortDate(visit.date),
                time: formatTime(visit.time),
                patient: visit.patientName,
              })}
            </li>
          ))}
          {visits.data.count > SHOWN ? (
            <li>{t('handOver.more', { count: visits.data.count - SHOWN })}</li>
          ) : null}
        </Text>
        <Radio.Group
          label={t('handOver.question')}
          value={choice.action}
          onChange={(action) => onChange({ ...choice, action: action as HandOverChoice['action'] })}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="reassign" label={t('handOver.reassign')} />
            <Radio value="cancel" label={t('handOver.cancel')} />
            <Radio value="leave" label={t('handOver.leave')} />
          </Stack>
        </Radio.Group>
        {choice.action === 'reassign' ? (
          <Select
            label={t('handOver.to')}
            description={t('handOver.toHint')}
            data={others.map((each) => ({ value: String(each.id), label: each.name }))}
            value={choice.to}
            onChange={(to) => onChange({ ...choice, to })}
            error={missing === 'to' ? t('handOver.toRequired') : undefined}
            required
          />
        ) : null}
        {choice.action === 'cancel' ? (
          <Textarea
            label={t('handOver.reason')}
            description={t('handOver.reasonHint')}
            value={choice.reason}
            onChange={(event) => onChange({ ...choice, reason: event.currentTarget.value })}
            error={missing === 'reason' ? t('handOver.reasonRequired') : undefined}
            maxLength={500}
            required
            autosize
            minRows={2}
          />
        ) : null}
      </Stack>
    </Alert>
  );
}
