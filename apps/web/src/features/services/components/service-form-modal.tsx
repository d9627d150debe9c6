import { Group, Modal, NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { isInRange, isNotEmpty, useForm } from '@mantine/form';
import { FormActions } from '../../../components/ui/form-actions';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import type { Service } from '../../../types/api';
import { type ServiceInput, useCreateService } from '../api/create-service';
import { useUpdateService } from '../api/update-service';

interface ServiceFormModalProps {
  /** The service to edit, or null to create one. */
  service: Service | null;
  onClose: () => void;
}

interface ServiceFormValues {
  name: string;
  description: string;
  durationMinutes: number | string;
  price: number | string;
  isActive: boolean;
}

function toInput(values: ServiceFormValues): ServiceInput {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    durationMinutes: Number(values.durationMinutes),
    // The API keeps money as a decimal string so that no cent is lost to floating point.
    price: Number(values.price).toFixed(2),
    isActive: values.isActive,
  };
}

/** Mounted only while open, so its form always starts from the service being edited. */
export function ServiceFormModal({ service, onClose }: ServiceFormModalProps) {
  const createService = useCreateService();
  const updateService = useUpdateService();
  const form = useForm<ServiceFormValues>({
    initialValues: {
      name: service?.name ?? '',
      description: service?.description ?? '',
      durationMinutes: service?.durationMinutes ?? 30,
      price: service ? Number(service.price) : '',
      isActive: service?.isActive ?? true,
    },
    validate: {
      name: isNotEmpty('Enter a name'),
      durationMinutes: isInRange({ min: 5, max: 480 }, 'Between 5 and 480 minutes'),
      price: isInRange({ min: 0 }, 'Enter a price of 0 or more'),
    },
  });

  const handlers = {
    onSuccess: (saved: Service) => {
      notifySuccess(`${saved.name} was saved.`);
      onClose();
    },
    onError: (error: Error) => showFormError(form, error, 'Could not save the service'),
  };

  const save = form.onSubmit((values) => {
    const input = toInput(values);
    if (service) updateService.mutate({ id: service.id, input }, handlers);
    else createService.mutate(input, handlers);
  });

  return (
    <Modal opened onClose={onClose} title={service ? `Edit ${service.name}` : 'Add service'}>
      <form noValidate onSubmit={save}>
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Group grow align="flex-start">
            <NumberInput
              label="Duration (minutes)"
              required
              min={5}
              max={480}
              step={5}
              allowDecimal={false}
              {...form.getInputProps('durationMinutes')}
            />
            <NumberInput
              label="Price"
              required
              min={0}
              decimalScale={2}
              fixedDecimalScale
              allowNegative={false}
              {...form.getInputProps('price')}
            />
          </Group>
          <Switch
            label="Active (offered for booking)"
            {...form.getInputProps('isActive', { type: 'checkbox' })}
          />
          <FormActions
            submitLabel={service ? 'Save changes' : 'Add service'}
            isPending={createService.isPending || updateService.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
