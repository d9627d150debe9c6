import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { requireEmail } from '../../../lib/validators';
import type { User } from '../../../types/api';
import { useUpdateUser } from '../../users';

/**
 * A new sign-in address. With email on, the clinic sends a link to it and the old address
 * stays in use until it is opened; the current password guards the change either way.
 */
export function EmailChangeForm({ user, mailOn }: { user: User; mailOn: boolean }) {
  const { t } = useTranslation('users');
  const updateUser = useUpdateUser();
  const form = useForm({
    initialValues: { email: user.pendingEmail ?? user.email, currentPassword: '' },
    validate: {
      email: requireEmail,
      currentPassword: (value) => (value ? null : t('validation.currentPasswordRequired')),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        updateUser.mutate(
          {
            id: user.id,
            input: { email: values.email.trim(), currentPassword: values.currentPassword },
          },
          {
            onSuccess: (updated) => {
              form.setValues({ currentPassword: '' });
              form.resetDirty({
                email: updated.pendingEmail ?? updated.email,
                currentPassword: '',
              });
              notifySuccess(
                updated.pendingEmail
                  ? t('account.linkSent', { email: updated.pendingEmail })
                  : t('account.emailChanged'),
              );
            },
            onError: (error) => showFormError(form, error, t('account.emailError')),
          },
        ),
      )}
    >
      <Stack>
        <Text size="sm">{mailOn ? t('account.emailIntroMail') : t('account.emailIntro')}</Text>
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('fields.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={updateUser.isPending} disabled={!form.isDirty('email')}>
            {t('account.emailSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
