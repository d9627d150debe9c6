import { canBeDentist, editableUserFields } from '@clinic/domain';
import { Checkbox, Divider, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormActions } from '../../../components/ui/form-actions';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import { optionalPassword, requireEmail, requireName } from '../../../lib/validators';
import type { User } from '../../../types/api';
import { type UpdateUserInput, useUpdateUser } from '../api/update-user';
import { currentPasswordRule, passwordChange } from '../utils/password-change';
import { AccountStatusControl } from './account-status-control';

interface EditUserModalProps {
  user: User;
  /** The signed-in user; what they may change decides which fields are offered. */
  actor: User;
  onClose: () => void;
}

/** Mounted only while open, so its form always starts from the user being edited. */
export function EditUserModal({ user, actor, onClose }: EditUserModalProps) {
  const updateUser = useUpdateUser();
  const editable = new Set(editableUserFields(actor, user));
  const canEditEmail = editable.has('email');
  const canEditDentist = editable.has('isDentist') && canBeDentist(user.role);
  const form = useForm({
    initialValues: {
      name: user.name,
      email: user.email,
      phone: user.phone,
      isDentist: user.isDentist,
      password: '',
      currentPassword: '',
    },
    validate: {
      name: requireName,
      email: requireEmail,
      password: optionalPassword,
      currentPassword: currentPasswordRule(actor.id, user.id),
    },
  });
  const isSelf = actor.id === user.id;

  const save = form.onSubmit((values) => {
    const input: UpdateUserInput = {
      name: values.name.trim(),
      phone: values.phone.trim(),
      ...passwordChange(actor.id, user.id, values),
    };
    if (canEditEmail) input.email = values.email.trim();
    if (canEditDentist) input.isDentist = values.isDentist;
    updateUser.mutate(
      { id: user.id, input },
      {
        onSuccess: (updated) => {
          notifySuccess(`${updated.name} was saved.`);
          onClose();
        },
        onError: (error) => showFormError(form, error, 'Could not save the changes'),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={`Edit ${user.name}`}>
      <Stack>
        <form noValidate onSubmit={save}>
          <Stack>
            <TextInput label="Full name" required {...form.getInputProps('name')} />
            <TextInput
              label="Email"
              type="email"
              required
              readOnly={!canEditEmail}
              {...form.getInputProps('email')}
            />
            <TextInput label="Phone" type="tel" {...form.getInputProps('phone')} />
            {canEditDentist ? (
              <Checkbox
                label="Dentist (patients can be booked with them)"
                {...form.getInputProps('isDentist', { type: 'checkbox' })}
              />
            ) : null}
            <PasswordInput
              label="New password"
              description="Leave empty to keep the current password."
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            {isSelf ? (
              <PasswordInput
                label="Current password"
                description="Needed only to change your own password."
                autoComplete="current-password"
                {...form.getInputProps('currentPassword')}
              />
            ) : null}
            <FormActions
              submitLabel="Save changes"
              isPending={updateUser.isPending}
              onCancel={onClose}
            />
          </Stack>
        </form>
        {editable.has('isActive') ? (
          <>
            <Divider />
            <AccountStatusControl user={user} onChanged={onClose} />
          </>
        ) : null}
      </Stack>
    </Modal>
  );
}
