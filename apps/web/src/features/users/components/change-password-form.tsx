import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { matchesField, useForm } from '@mantine/form';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { MIN_PASSWORD_LENGTH, requirePassword } from '../../../lib/validators';
import { useUpdateUser } from '../api/update-user';

export function ChangePasswordForm({ userId }: { userId: number }) {
  const updateUser = useUpdateUser();
  const form = useForm({
    initialValues: { password: '', confirmPassword: '' },
    validate: {
      password: requirePassword,
      confirmPassword: matchesField('password', 'The passwords do not match'),
    },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ password }) =>
        updateUser.mutate(
          { id: userId, input: { password } },
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
