import { BOOKING_HORIZON_DAYS, MIN_NOTICE_MINUTES, SLOT_STEP_MINUTES } from '@clinic/domain';
import { NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClinicSettingsValues } from './clinic-settings-values';

/** What patients booking themselves must keep to; owner and staff are not bound. */
export function BookingRulesFields({ form }: { form: UseFormReturnType<ClinicSettingsValues> }) {
  const { t } = useTranslation('clinic');
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('bookingRules.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('bookingRules.intro')}
      </Text>
      <NumberInput
        label={t('bookingRules.minNotice')}
        description={t('bookingRules.minNoticeHint')}
        min={MIN_NOTICE_MINUTES.min}
        max={MIN_NOTICE_MINUTES.max}
        step={15}
        allowDecimal={false}
        allowNegative={false}
        required
        {...form.getInputProps('minNoticeMinutes')}
      />
      <NumberInput
        label={t('bookingRules.horizon')}
        description={t('bookingRules.horizonHint')}
        min={BOOKING_HORIZON_DAYS.min}
        max={BOOKING_HORIZON_DAYS.max}
        allowDecimal={false}
        allowNegative={false}
        required
        {...form.getInputProps('bookingHorizonDays')}
      />
      <Select
        label={t('bookingRules.slotStep')}
        description={t('bookingRules.slotStepHint')}
        data={SLOT_STEP_MINUTES.map((step) => ({
          value: String(step),
          label: t('bookingRules.minutes', { count: step }),
        }))}
        allowDeselect={false}
        required
        {...form.getInputProps('slotStepMinutes')}
      />
    </Stack>
  );
}
