import { Button, Divider, Stack, TextInput } from '@mantine/core';
import { isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, TimezoneSelect } from '../../../components/ui/timezone-select';
import { showFormError } from '../../../lib/form-errors';
import { optionalText, requireEmail, requireName, requirePassword } from '../../../lib/validators';
import { AccountFields } from '../../auth';
import { useCompleteSetup } from '../api/complete-setup';

interface SetupFormProps {
  /** Set when the server's configuration fixes the clinic's time zone. */
  lockedTimezone?: string | undefined;
  onSuccess?: () => void;
}

/** Creates the clinic and its owner; the owner is signed in and the route guard moves on. */
export function SetupForm({ lockedTimezone, onSuccess }: SetupFormProps) {
  const { t } = useTranslation('setup');
  const setup = useCompleteSetup();
  const form = useForm({
    initialValues: {
      clinicName: '',
      timezone: browserTimeZone(),
      name: '',
      email: '',
      phone: '',
      password: '',
    },
    validate: {
      clinicName: (value) => isNotEmpty(t('clinicNameRequired'))(value),
      timezone: (value) => isNotEmpty(t('timeZoneRequired'))(value),
      name: requireName,
      email: requireEmail,
      password: requirePassword,
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        setup.mutate(
          {
            ...values,
            timezone: lockedTimezone ?? values.timezone,
            clinicName: values.clinicName.trim(),
            name: values.name.trim(),
            phone: optionalText(values.phone),
          },
          {
            onSuccess,
            onError: (error) => showFormError(form, error, t('failed')),
          },
        ),
      )}
    >
      <Stack>
        <TextInput
          label={t('clinicName')}
          autoComplete="organization"
          required
          {...form.getInputProps('clinicName')}
        />
        <TimezoneSelect required lockedZone={lockedTimezone} {...form.getInputProps('timezone')} />
        <Divider label={t('ownerAccount')} labelPosition="left" />
        <AccountFields form={form} nameLabel={t('yourName')} phoneDescription={t('phoneHint')} />
        <Button type="submit" loading={setup.isPending} fullWidth>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
