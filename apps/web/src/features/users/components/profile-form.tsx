import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { requireName } from '../../../lib/validators';
import type { User } from '../../../types/api';
import { useUpdateUser } from '../api/update-user';

/** A patient's name and phone; the email has its own section, since a new one is confirmed first. */
export function ProfileForm({ user }: { user: User }) {
  const updateUser = useUpdateUser();
  const { t } = useTranslation('users');
  const form = useForm({
    initialValues: { name: user.name, phone: user.phone },
    validate: { name: requireName },
  });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        updateUser.mutate(
          { id: user.id, input: { name: values.name.trim(), phone: values.phone.trim() } },
          {
            onSuccess: (updated) => {
              form.resetDirty({ name: updated.name, phone: updated.phone ?? '' });
              notifySuccess(t('profile.saved'));
            },
            onError: (error) => showFormError(form, error, t('profile.error')),
          },
        ),
      )}
    >
      <Stack>
        <TextInput
          label={t('fields.fullName')}
          autoComplete="name"
          required
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('fields.phone')}
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('phone')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={updateUser.isPending} disabled={!form.isDirty()}>
            {t('profile.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
