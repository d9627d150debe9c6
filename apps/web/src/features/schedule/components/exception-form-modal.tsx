import { Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';
import { FormActions } from '../../../components/ui/form-actions';
import { notifySuccess } from '../../../lib/notify';
import { useCreateScheduleException, useUpdateScheduleException } from '../api/schedule-exceptions';
import type { ScheduleException, ScheduleExceptionKind } from '../api/types';
import {
  type ExceptionFormValues,
  initialExceptionValues,
  lastDayAfterFirstChange,
  toExceptionBody,
  toExceptionChanges,
  toExceptionFormValues,
  validateException,
} from './exception-form-values';
import { showScheduleSaveError } from './show-save-error';

interface ExceptionFormModalProps {
  kind: ScheduleExceptionKind;
  today: string;
  /** The one to edit, or null to record a new one. */
  exception: ScheduleException | null;
  /** The dentist it is for; null with `dentists` to choose one, or for a closure. */
  dentist: number | null;
  dentists?: readonly { id: number; name: string }[] | undefined;
  onClose: () => void;
}

/** Mounted only while open, so the form always starts from the entry being edited. */
export function ExceptionFormModal({
  kind,
  today,
  exception,
  dentist,
  dentists,
  onClose,
}: ExceptionFormModalProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const create = useCreateScheduleException();
  const update = useUpdateScheduleException();
  // An entry keeps its dentist: editing one never asks for it.
  const choosesDentist = exception === null && kind !== 'closure' && dentist === null;
  const initial = exception
    ? toExceptionFormValues(exception)
    : initialExceptionValues(kind, today, dentist);
  const form = useForm<ExceptionFormValues>({
    initialValues: initial,
    validate: (values) => validateException(values, choosesDentist),
  });
  // An entry under way may have begun before today; its first day stays pickable.
  const firstPickable = exception && exception.dateFrom < today ? exception.dateFrom : today;

  const handlers = {
    onSuccess: () => {
      notifySuccess(t(`kinds.${kind}.saved`));
      onClose();
    },
    onError: (error: Error) =>
      showScheduleSaveError(form, error, { title: t('exceptions.error'), onGone: onClose }),
  };

  const save = form.onSubmit((values) => {
    if (!exception) {
      create.mutate(toExceptionBody(values, kind), handlers);
      return;
    }
    const changes = toExceptionChanges(values, form.getInitialValues(), kind);
    // Saved as it stands: the same word as any save, rather than a dialog that just vanishes.
    if (Object.keys(changes).length === 0) handlers.onSuccess();
    else update.mutate({ id: exception.id, changes }, handlers);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={exception ? t(`kinds.${kind}.edit`) : t(`kinds.${kind}.add`)}
    >
      <form noValidate onSubmit={save}>
        <Stack>
          {choosesDentist ? (
            <Select
              label={t('exceptions.dentist')}
              required
              searchable
              data={(dentists ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
              {...form.getInputProps('dentist')}
            />
          ) : null}
          {exception?.dentistName ? (
            <TextInput
              label={t('exceptions.dentist')}
              value={exception.dentistName}
              readOnly
              variant="filled"
            />
          ) : null}
          <Group grow align="flex-start">
            <DateField
              label={t('exceptions.dateFrom')}
              required
              minDate={firstPickable}
              value={form.values.dateFrom}
              onChange={(value) => {
                form.setFieldValue('dateTo', lastDayAfterFirstChange(form.values, value));
                form.setFieldValue('dateFrom', value);
              }}
              error={form.errors.dateFrom}
            />
            <DateField
              label={t('exceptions.dateTo')}
              minDate={form.values.dateFrom || firstPickable}
              value={form.values.dateTo}
              onChange={(value) => form.setFieldValue('dateTo', value)}
              error={form.errors.dateTo}
            />
          </Group>
          <Switch
            label={t('exceptions.wholeDayLabel')}
            {...form.getInputProps('wholeDay', { type: 'checkbox' })}
          />
          {form.values.wholeDay ? null : (
            <Group grow align="flex-start">
              <TimeInput
                label={t('exceptions.from')}
                required
                {...form.getInputProps('startTime')}
              />
              <TimeInput label={t('exceptions.to')} required {...form.getInputProps('endTime')} />
            </Group>
          )}
          <TextInput
            label={t('exceptions.reason')}
            placeholder={t(`kinds.${kind}.reasonPlaceholder`)}
            maxLength={200}
            {...form.getInputProps('reason')}
          />
          <FormActions
            submitLabel={exception ? t('common:actions.saveChanges') : t(`kinds.${kind}.submit`)}
            isPending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
