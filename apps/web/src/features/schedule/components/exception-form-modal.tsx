import { Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';
import { FormActions } from '../../../components/ui/form-actions';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { useCreateScheduleException } from '../api/schedule-exceptions';
import type { ScheduleExceptionKind } from '../api/types';
import {
  type ExceptionFormValues,
  initialExceptionValues,
  lastDayAfterFirstChange,
  toExceptionBody,
  validateException,
} from './exception-form-values';

interface ExceptionFormModalProps {
  kind: ScheduleExceptionKind;
  today: string;
  /** The dentist it is for; null with `dentists` to choose one, or for a closure. */
  dentist: number | null;
  dentists?: readonly { id: number; name: string }[] | undefined;
  onClose: () => void;
}

/** Mounted only while open. Records a closure, time off or extra hours. */
export function ExceptionFormModal({
  kind,
  today,
  dentist,
  dentists,
  onClose,
}: ExceptionFormModalProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const create = useCreateScheduleException();
  const choosesDentist = kind !== 'closure' && dentist === null;
  const form = useForm<ExceptionFormValues>({
    initialValues: initialExceptionValues(kind, today, dentist),
    validate: (values) => validateException(values, choosesDentist),
  });

  const save = form.onSubmit((values) =>
    create.mutate(toExceptionBody(values, kind), {
      onSuccess: () => {
        notifySuccess(t(`kinds.${kind}.saved`));
        onClose();
      },
      onError: (error) => showFormError(form, error, t('exceptions.error')),
    }),
  );

  return (
    <Modal opened onClose={onClose} title={t(`kinds.${kind}.add`)}>
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
          <Group grow align="flex-start">
            <DateField
              label={t('exceptions.dateFrom')}
              required
              minDate={today}
              value={form.values.dateFrom}
              onChange={(value) => {
                form.setFieldValue('dateTo', lastDayAfterFirstChange(form.values, value));
                form.setFieldValue('dateFrom', value);
              }}
              error={form.errors.dateFrom}
            />
            <DateField
              label={t('exceptions.dateTo')}
              minDate={form.values.dateFrom || today}
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
            submitLabel={t(`kinds.${kind}.submit`)}
            isPending={create.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
