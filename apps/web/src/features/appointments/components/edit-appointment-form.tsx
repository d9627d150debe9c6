import { availableTransitions, isActiveStatus, isRealDate, normalizeTime } from '@clinic/domain';
import {
  Alert,
  Button,
  Group,
  List,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusTitle } from '../../../components/ui/status-badge';
import { isApiError } from '../../../lib/api-error';
import { dismissNotice, notifySuccess } from '../../../lib/notify';
import { serverNow } from '../../../lib/server-clock';
import type { Appointment } from '../../../types/api';
import { useClinicClock } from '../../clinic';
import { useUpdateAppointment } from '../api/update-appointment';
import {
  type AppointmentFormValues,
  toFormValues,
  toUpdateInput,
  validateAppointmentForm,
} from '../utils/appointment-form';
import { describeTheirChanges, rebaseFormValues } from '../utils/concurrent-edit';
import { showAppointmentFormError } from '../utils/show-appointment-form-error';
import { ScheduleFields } from './schedule-fields';

interface EditAppointmentFormProps {
  /** The latest copy; live updates replace it while the form is open. */
  appointment: Appointment;
  onSaved: (appointment: Appointment) => void;
  onCancel: () => void;
}

export function EditAppointmentForm({ appointment, onSaved, onCancel }: EditAppointmentFormProps) {
  const { t } = useTranslation(['appointments', 'common']);
  const clock = useClinicClock();
  const updateAppointment = useUpdateAppointment();
  const noticeId = useId();
  // The copy the form started from: what "changed" means, and what a newer copy is compared to.
  const [base, setBase] = useState(appointment);
  // The newer version the server answered a save with (412), when live updates had not yet
  // brought it: the save was refused, nothing was overwritten.
  const [refusedAgainst, setRefusedAgainst] = useState<Appointment>();
  const initial = toFormValues(base);
  const form = useForm<AppointmentFormValues>({
    // A refusal describes the form as it was sent; once the person changes it, it is old news.
    onValuesChange: () => dismissNotice(noticeId),
    initialValues: initial,
    validate: (values) => {
      if (!clock) return {};
      const time = normalizeTime(values.time.trim());
      const isMoved = values.date.trim() !== initial.date || time !== initial.time;
      const isReinstated = !isActiveStatus(initial.status) && isActiveStatus(values.status);
      return validateAppointmentForm(values, {
        zone: clock.zone,
        now: serverNow(),
        // Only a booking that takes a slot anew must lie in the future; marking a past visit
        // completed must not be refused for being past.
        mustBeFuture: isActiveStatus(values.status) && (isMoved || isReinstated),
      });
    },
  });

  const statusDate = isRealDate(form.values.date) ? form.values.date : base.date;
  const statuses = [
    base.status,
    ...(clock ? availableTransitions(base.status, statusDate, clock.today) : []),
  ];
  // While this form saves, the live echo of its own save arrives first; that is not news.
  const live = updateAppointment.isPending ? undefined : appointment;
  const theirs = [refusedAgainst, live]
    .filter((copy): copy is Appointment => copy !== undefined && copy.version > base.version)
    .sort((a, b) => b.version - a.version)[0];

  const moveOnto = (newer: Appointment, values: AppointmentFormValues) => {
    setBase(newer);
    setRefusedAgainst(undefined);
    form.setValues(values);
    form.resetDirty(toFormValues(newer));
    form.clearErrors();
  };
  const keepMine = (newer: Appointment) =>
    moveOnto(newer, rebaseFormValues(form.getValues(), initial, toFormValues(newer)));
  const startOver = (newer: Appointment) => moveOnto(newer, toFormValues(newer));

  const save = form.onSubmit((values) => {
    dismissNotice(noticeId);
    const input = toUpdateInput(values, initial);
    if (Object.keys(input).length === 0) {
      // Saved as it stands: the same word as any save, rather than a dialog that just vanishes.
      notifySuccess(t('editForm.saved', { patient: base.patientName }));
      onSaved(base);
      return;
    }
    updateAppointment.mutate(
      { id: base.id, input, expectedVersion: base.version },
      {
        onSuccess: (saved) => {
          notifySuccess(t('editForm.saved', { patient: saved.patientName }));
          onSaved(saved);
        },
        onError: (error) => {
          if (isApiError(error, 412) && error.current) {
            setRefusedAgainst(error.current as Appointment);
          } else {
            showAppointmentFormError(form, error, t('editForm.error'), noticeId);
          }
        },
      },
    );
  });

  return (
    <form noValidate onSubmit={save}>
      <Stack>
        {theirs ? (
          <ChangedElsewhere
            before={base}
            after={theirs}
            wasRefused={theirs === refusedAgainst}
            onKeepMine={() => keepMine(theirs)}
            onStartOver={() => startOver(theirs)}
          />
        ) : null}
        <TextInput
          label={t('fields.patient')}
          description={t('editForm.patientHint')}
          value={t('editForm.patientValue', { name: base.patientName, email: base.patientEmail })}
          readOnly
          variant="filled"
        />
        <Select
          label={t('fields.status')}
          data={statuses.map((status) => ({ value: status, label: statusTitle(status) }))}
          allowDeselect={false}
          description={t('editForm.statusHint')}
          {...form.getInputProps('status')}
        />
        <ScheduleFields
          form={form}
          minDate={clock?.today}
          current={base}
          teamAvailability={{ excludeAppointment: base.id }}
        />
        <Textarea
          label={t('fields.notes')}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={updateAppointment.isPending}>
            {t('editForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface ChangedElsewhereProps {
  before: Appointment;
  after: Appointment;
  /** True when a save was refused for it; otherwise live updates brought the news first. */
  wasRefused: boolean;
  onKeepMine: () => void;
  onStartOver: () => void;
}

/** A colleague saved first: what they changed, and the two ways on from here. */
function ChangedElsewhere({
  before,
  after,
  wasRefused,
  onKeepMine,
  onStartOver,
}: ChangedElsewhereProps) {
  const { t } = useTranslation(['appointments', 'common']);
  const changes = describeTheirChanges(before, after);
  return (
    <Alert color="yellow" title={t('concurrent.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {wasRefused ? `${t('concurrent.notSaved')} ` : ''}
          {changes.length > 0 ? t('concurrent.theyChanged') : t('concurrent.noVisibleChanges')}
        </Text>
        {changes.length > 0 ? (
          <List size="sm">
            {changes.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        ) : null}
        <Group gap="xs">
          <Button size="xs" variant="white" color="dark" onClick={onKeepMine}>
            {t('concurrent.keepMine')}
          </Button>
          <Button size="xs" variant="subtle" color="dark" onClick={onStartOver}>
            {t('concurrent.discardMine')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
