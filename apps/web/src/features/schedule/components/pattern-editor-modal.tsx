import { WEEKDAYS } from '@clinic/domain';
import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/ui/date-field';
import { FormActions } from '../../../components/ui/form-actions';
import { notifySuccess } from '../../../lib/notify';
import type { WorkingHours } from '../api/types';
import { useCreateWorkingHours, useUpdateWorkingHours } from '../api/working-hours';
import { copyMondayToWeekdays, type Week } from '../utils/weekly-pattern';
import { DayIntervalsField } from './day-intervals-field';
import {
  type PatternFormValues,
  toPatternBody,
  toPatternFormValues,
  validatePatternForm,
} from './pattern-form-values';
import { showScheduleSaveError } from './show-save-error';

interface PatternEditorModalProps {
  dentist: { id: number; name: string };
  /** The pattern to edit, or null for a new one starting from `start`. */
  pattern: WorkingHours | null;
  start: { week: Week; validFrom: string; sinceAlways: boolean };
  onClose: () => void;
}

/** Mounted only while open, so the form always starts from the pattern being edited. */
export function PatternEditorModal({ dentist, pattern, start, onClose }: PatternEditorModalProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const create = useCreateWorkingHours();
  const update = useUpdateWorkingHours();
  const form = useForm<PatternFormValues>({
    initialValues: toPatternFormValues(pattern, start),
    validate: validatePatternForm,
  });

  const handlers = {
    onSuccess: () => {
      notifySuccess(t('editor.saved', { name: dentist.name }));
      onClose();
    },
    onError: (error: Error) =>
      showScheduleSaveError(form, error, {
        title: t('editor.error'),
        onGone: onClose,
        // Another pattern of this dentist already starts that day: the day is what to change.
        conflictField: 'validFrom',
      }),
  };

  const save = form.onSubmit((values) => {
    const body = toPatternBody(values, dentist.id);
    if (pattern) {
      update.mutate(
        { id: pattern.id, changes: { validFrom: body.validFrom, days: body.days } },
        handlers,
      );
    } else {
      create.mutate(body, handlers);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        pattern
          ? t('editor.editTitle', { name: dentist.name })
          : t('editor.newTitle', { name: dentist.name })
      }
    >
      <form noValidate onSubmit={save}>
        <Stack>
          <Group align="flex-end" gap="lg">
            <Checkbox
              label={t('editor.sinceAlways')}
              description={t('editor.sinceAlwaysHint')}
              {...form.getInputProps('sinceAlways', { type: 'checkbox' })}
            />
            {form.values.sinceAlways ? null : (
              <DateField
                label={t('editor.validFrom')}
                description={t('editor.validFromHint')}
                required
                w={220}
                value={form.values.validFrom}
                onChange={(value) => form.setFieldValue('validFrom', value)}
                error={form.errors.validFrom}
              />
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('editor.clippedHint')}
          </Text>
          <Group>
            <Button
              size="xs"
              variant="default"
              onClick={() => form.setFieldValue('days', copyMondayToWeekdays(form.values.days))}
            >
              {t('editor.copyMonday')}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {WEEKDAYS.map((day) => (
              <DayIntervalsField key={day} form={form} day={day} />
            ))}
          </SimpleGrid>
          <FormActions
            submitLabel={t('editor.save')}
            isPending={create.isPending || update.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
