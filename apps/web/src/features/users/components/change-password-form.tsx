import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { matchesField, useForm } from '@mantine/form';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { MIN_PASSWORD_LENGTH, requirePassword } from '../../../lib/validators';
import { useUpdateUser } from '../api/update-user';
import { currentPasswordRule, passwordChange } from '../utils/password-change';

/** The signed-in user's own password: the current one first, then the new one twice. */
export function ChangePasswordForm({ userId }: { userId: number }) {
  const updateUser = useUpdateUser();
  const form = useForm({
    initialValues: { currentPassword: '', password: '', confirmPassword: '' },
    validate: {
      currentPassword: currentPasswordRule(userId, userId),
      password: requirePassword,
      confirmPassword: matchesField('password', 'The passwords do not match'),
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
              notifySuccess('Your password was changed.');
            },
            onError: (error) => showFormError(form, error, 'Could not change your password'),
          },
        ),
      )}
    >
      <Stack>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters`}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label="Repeat new password"
          autoComplete="new-password"
          required
          {...form.getInputProps('confirmPassword')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={updateUser.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
