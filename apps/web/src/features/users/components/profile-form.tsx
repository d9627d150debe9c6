import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { requireName } from '../../../lib/validators';
import type { User } from '../../../types/api';
import { useUpdateUser } from '../api/update-user';

/** A patient may change their name and phone; the email is their sign-in and stays. */
export function ProfileForm({ user }: { user: User }) {
  const updateUser = useUpdateUser();
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
              form.resetDirty({ name: updated.name, phone: updated.phone });
              notifySuccess('Your details were saved.');
            },
            onError: (error) => showFormError(form, error, 'Could not save your details'),
          },
        ),
      )}
    >
      <Stack>
        <TextInput
          label="Email"
          description="Ask the clinic if your email address changes."
          value={user.email}
          variant="filled"
          readOnly
        />
        <TextInput label="Full name" autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput label="Phone" type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
        <Group justify="flex-end">
          <Button type="submit" loading={updateUser.isPending} disabled={!form.isDirty()}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
