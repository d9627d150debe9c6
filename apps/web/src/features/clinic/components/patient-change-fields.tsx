import { PATIENT_CHANGE_CUTOFF_HOURS } from '@clinic/domain';
import { NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClinicSettingsValues } from './clinic-settings-values';

/** How patients may cancel and move their own visits online; the team is not bound. */
export function PatientChangeFields({ form }: { form: UseFormReturnType<ClinicSettingsValues> }) {
  const { t } = useTranslation('clinic');
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('patientChanges.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('patientChanges.intro')}
      </Text>
      <NumberInput
        label={t('patientChanges.cutoff')}
        description={t('patientChanges.cutoffHint')}
        min={PATIENT_CHANGE_CUTOFF_HOURS.min}
        max={PATIENT_CHANGE_CUTOFF_HOURS.max}
        allowDecimal={false}
        allowNegative={false}
        required
        {...form.getInputProps('patientChangeCutoffHours')}
      />
      <Switch
        label={t('patientChanges.moveConfirmed')}
        description={t('patientChanges.moveConfirmedHint')}
        {...form.getInputProps('patientsMoveConfirmed', { type: 'checkbox' })}
      />
    </Stack>
  );
}
