import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { showFormError } from '../../../lib/form-errors';
import { optionalText, requireEmail, requireName, requirePassword } from '../../../lib/validators';
import { useRegister } from '../api/register';
import { AccountFields } from './account-fields';

/** Creates a patient account and signs it in; the route guard then opens the patient area. */
export function RegisterForm() {
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
          { ...values, name: values.name.trim(), phone: optionalText(values.phone) },
          { onError: (error) => showFormError(form, error, 'Could not create your account') },
        ),
      )}
    >
      <Stack>
        <AccountFields
          form={form}
          nameLabel="Full name"
          phoneDescription="Optional, so the clinic can reach you"
        />
        <Button type="submit" loading={register.isPending} fullWidth>
          Create account
        </Button>
      </Stack>
    </form>
  );
}
