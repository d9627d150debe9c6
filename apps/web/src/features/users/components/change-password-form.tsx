import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { matchesField, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { MIN_PASSWORD_LENGTH, requirePassword } from '../../../lib/validators';
import { useUpdateUser } from '../api/update-user';
import { currentPasswordRule, passwordChange } from '../utils/password-change';

/** The signed-in user's own password: the current one first, then the new one twice. */
export function ChangePasswordForm({ userId }: { userId: number }) {
  const updateUser = useUpdateUser();
  const { t } = useTranslation('users');
  const form = useForm({
    initialValues: { currentPassword: '', password: '', confirmPassword: '' },
    validate: {
      currentPassword: currentPasswordRule(userId, userId, t('validation.currentPasswordRequired')),
      password: requirePassword,
      confirmPassword: matchesField('password', t('validation.passwordsDiffer')),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        updateUser.mutate(
          { id: userId, input: passwordChange(userId, userId, values) },
          {
            onSuccess: () => {
              form.reset();
              notifySuccess(t('password.changed'));
            },
            onError: (error) => showFormError(form, error, t('password.error')),
          },
        ),
      )}
    >
      <Stack>
        <PasswordInput
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('fields.newPassword')}
          description={t('hints.minLength', { count: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('fields.repeatPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={updateUser.isPending}>
            {t('password.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
