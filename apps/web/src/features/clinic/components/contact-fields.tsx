import { CLINIC_CONTACT_LIMITS } from '@clinic/domain';
import { Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClinicSettingsValues } from './clinic-settings-values';

/** How patients reach the clinic: shown on their pages wherever they are told to get in touch. */
export function ContactFields({ form }: { form: UseFormReturnType<ClinicSettingsValues> }) {
  const { t } = useTranslation('clinic');
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('contact.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('contact.intro')}
      </Text>
      <TextInput
        label={t('contact.phone')}
        type="tel"
        autoComplete="tel"
        maxLength={CLINIC_CONTACT_LIMITS.phone}
        {...form.getInputProps('phone')}
      />
      <Textarea
        label={t('contact.address')}
        description={t('contact.addressHint')}
        autosize
        minRows={2}
        maxRows={5}
        maxLength={CLINIC_CONTACT_LIMITS.address}
        {...form.getInputProps('address')}
      />
      <TextInput
        label={t('contact.email')}
        type="email"
        autoComplete="email"
        {...form.getInputProps('email')}
      />
    </Stack>
  );
}
