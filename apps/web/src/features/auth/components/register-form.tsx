import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../lib/form-errors';
import { chosenLanguage } from '../../../lib/i18n';
import { optionalText, requireEmail, requireName, requirePassword } from '../../../lib/validators';
import { useRegister } from '../api/register';
import { AccountFields } from './account-fields';

/** Creates a patient account and signs it in; the route guard then opens the patient area. */
export function RegisterForm() {
  const { t } = useTranslation('auth');
  const register = useRegister();
  const form = useForm({
    initialValues: { name: '', email: '', phone: '', password: '' },
    validate: { name: requireName, email: requireEmail, password: requirePassword },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        register.mutate(
          {
            ...values,
            name: values.name.trim(),
            phone: optionalText(values.phone),
            // A language picked on these pages becomes the new account's own.
            language: chosenLanguage(),
          },
          { onError: (error) => showFormError(form, error, t('register.failed')) },
        ),
      )}
    >
      <Stack>
        <AccountFields
          form={form}
          nameLabel={t('register.fullName')}
          phoneDescription={t('register.phoneHint')}
        />
        <Button type="submit" loading={register.isPending} fullWidth>
          {t('register.submit')}
        </Button>
      </Stack>
    </form>
  );
}
