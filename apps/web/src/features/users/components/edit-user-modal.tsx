import { canBeDentist, editableUserFields } from '@clinic/domain';
import { Checkbox, Divider, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { showFormError } from '../../../lib/form-errors';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { optionalPassword, requireEmail, requireName } from '../../../lib/validators';
import type { User } from '../../../types/api';
import { DentistFeedControl } from '../../calendar-feed';
import { type UpdateUserInput, useUpdateUser } from '../api/update-user';
import { useHandOver } from '../hooks/use-hand-over';
import { currentPasswordRule, passwordChange } from '../utils/password-change';
import { AccountStatusControl } from './account-status-control';
import { ComingVisitsChoice } from './coming-visits-choice';
import { DentistColourPicker } from './dentist-colour-picker';
import { HandOverReport } from './hand-over-report';

interface EditUserModalProps {
  user: User;
  /** The signed-in user; what they may change decides which fields are offered. */
  actor: User;
  onClose: () => void;
}

/** Mounted only while open, so its form always starts from the user being edited. */
export function EditUserModal({ user, actor, onClose }: EditUserModalProps) {
  const updateUser = useUpdateUser();
  const { t } = useTranslation(['users', 'common', 'dentists']);
  const handOver = useHandOver(user.id);
  const editable = new Set(editableUserFields(actor, user));
  const canEditEmail = editable.has('email');
  const canEditDentist = editable.has('isDentist') && canBeDentist(user.role);
  const form = useForm({
    initialValues: {
      name: user.name,
      email: user.email,
      phone: user.phone,
      isDentist: user.isDentist,
      colour: user.colour,
      password: '',
      currentPassword: '',
    },
    validate: {
      name: requireName,
      email: requireEmail,
      password: optionalPassword,
      currentPassword: currentPasswordRule(
        actor.id,
        user.id,
        t('validation.currentPasswordRequired'),
      ),
    },
  });
  const isSelf = actor.id === user.id;
  // Unticking the flag takes the dentist off the book: their coming visits are asked about.
  const stopsBeingDentist = canEditDentist && user.isDentist && !form.values.isDentist;
  const canEditColour = editable.has('colour') && user.isDentist && form.values.isDentist;

  const save = form.onSubmit(async (values) => {
    const input: UpdateUserInput = {
      name: values.name.trim(),
      phone: values.phone.trim(),
      ...passwordChange(actor.id, user.id, values),
    };
    if (canEditEmail) input.email = values.email.trim();
    if (canEditDentist) input.isDentist = values.isDentist;
    if (canEditColour && values.colour && values.colour !== user.colour)
      input.colour = values.colour;
    let leftBehind = 0;
    if (stopsBeingDentist) {
      try {
        const applied = await handOver.apply();
        if (!applied) return;
        leftBehind = applied.result?.failed.length ?? 0;
      } catch (error) {
        notifyError(error, t('dentists:handOver.error'));
        return;
      }
    }
    updateUser.mutate(
      { id: user.id, input },
      {
        onSuccess: (updated) => {
          notifySuccess(t('edit.saved', { name: updated.name }));
          // Visits left behind stay listed until the owner closes the dialog.
          if (leftBehind === 0) onClose();
        },
        onError: (error) => showFormError(form, error, t('edit.error')),
      },
    );
  });

  return (
    <Modal opened onClose={onClose} title={t('edit.title', { name: user.name })}>
      <Stack>
        <form noValidate onSubmit={save}>
          <Stack>
            <TextInput label={t('fields.fullName')} required {...form.getInputProps('name')} />
            <TextInput
              label={t('fields.email')}
              type="email"
              required
              readOnly={!canEditEmail}
              {...form.getInputProps('email')}
            />
            <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
            {canEditDentist ? (
              <Checkbox
                label={t('fields.isDentist')}
                {...form.getInputProps('isDentist', { type: 'checkbox' })}
              />
            ) : null}
            {stopsBeingDentist && !handOver.result ? (
              <ComingVisitsChoice
                dentist={user}
                choice={handOver.choice}
                onChange={handOver.change}
                missing={handOver.missing}
              />
            ) : null}
            {handOver.result && handOver.result.failed.length > 0 ? (
              <HandOverReport result={handOver.result} />
            ) : null}
            {canEditColour ? (
              <DentistColourPicker
                value={form.values.colour}
                onChange={(colour) => form.setFieldValue('colour', colour)}
              />
            ) : null}
            <PasswordInput
              label={t('fields.newPassword')}
              description={t('hints.keepPassword')}
              autoComplete="new-password"
              {...form.getInputProps('password')}
            />
            {isSelf ? (
              <PasswordInput
                label={t('fields.currentPassword')}
                description={t('hints.ownPasswordOnly')}
                autoComplete="current-password"
                {...form.getInputProps('currentPassword')}
              />
            ) : null}
            <FormActions
              submitLabel={t('common:actions.saveChanges')}
              isPending={updateUser.isPending || handOver.isPending}
              onCancel={onClose}
            />
          </Stack>
        </form>
        {actor.role === 'owner' && user.isDentist && user.isActive ? (
          <>
            <Divider />
            <DentistFeedControl dentist={user} />
          </>
        ) : null}
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
