import { PasswordInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../lib/validators';

export interface AccountValues {
  name: string;
  email: string;
  phone: string;
  password: string;
}

interface AccountFieldsProps<Values extends AccountValues> {
  form: UseFormReturnType<Values>;
  nameLabel: string;
  phoneDescription: string;
}

/** The fields of a new account with a password: patient sign-up and the owner at setup. */
export function AccountFields<Values extends AccountValues>({
  form,
  nameLabel,
  phoneDescription,
}: AccountFieldsProps<Values>) {
  const { t } = useTranslation('auth');
  return (
    <>
      <TextInput label={nameLabel} autoComplete="name" required {...form.getInputProps('name')} />
      <TextInput
        label={t('fields.email')}
        type="email"
        autoComplete="email"
        required
        {...form.getInputProps('email')}
      />
      <TextInput
        label={t('fields.phone')}
        description={phoneDescription}
        type="tel"
        autoComplete="tel"
        {...form.getInputProps('phone')}
      />
      <PasswordInput
        label={t('fields.password')}
        description={t('fields.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        required
        {...form.getInputProps('password')}
      />
    </>
  );
}
