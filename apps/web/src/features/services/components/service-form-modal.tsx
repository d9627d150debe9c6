import { MAX_BUFFER_MINUTES } from '@clinic/domain';
import {
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { isInRange, isNotEmpty, useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../components/ui/form-actions';
import { showFormError } from '../../../lib/form-errors';
import { notifySuccess } from '../../../lib/notify';
import type { Service } from '../../../types/api';
import { useDentists } from '../../users';
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
  bufferAfterMinutes: number | string;
  /** Ids as text, for the select; none means every dentist. */
  dentists: string[];
}

function toInput(values: ServiceFormValues): ServiceInput {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    durationMinutes: Number(values.durationMinutes),
    // The API keeps money as a decimal string so that no cent is lost to floating point.
    price: Number(values.price).toFixed(2),
    isActive: values.isActive,
    bufferAfterMinutes: Number(values.bufferAfterMinutes),
    dentists: values.dentists.map(Number),
  };
}

const DURATION = { min: 5, max: 480 } as const;
const BUFFER = { min: 0, max: MAX_BUFFER_MINUTES } as const;

/** Mounted only while open, so its form always starts from the service being edited. */
export function ServiceFormModal({ service, onClose }: ServiceFormModalProps) {
  const { t } = useTranslation(['services', 'common']);
  const createService = useCreateService();
  const updateService = useUpdateService();
  const dentists = useDentists();
  const form = useForm<ServiceFormValues>({
    initialValues: {
      name: service?.name ?? '',
      description: service?.description ?? '',
      durationMinutes: service?.durationMinutes ?? 30,
      price: service ? Number(service.price) : '',
      isActive: service?.isActive ?? true,
      bufferAfterMinutes: service?.bufferAfterMinutes ?? 0,
      dentists: (service?.dentists ?? []).map(String),
    },
    validate: {
      name: isNotEmpty(t('form.nameRequired')),
      durationMinutes: isInRange(DURATION, t('form.durationRange', DURATION)),
      price: isInRange({ min: 0 }, t('form.priceRange')),
      bufferAfterMinutes: isInRange(BUFFER, t('form.bufferRange', BUFFER)),
    },
  });

  const handlers = {
    onSuccess: (saved: Service) => {
      notifySuccess(t('form.saved', { name: saved.name }));
      onClose();
    },
    onError: (error: Error) => showFormError(form, error, t('form.error')),
  };

  const save = form.onSubmit((values) => {
    const input = toInput(values);
    if (service) updateService.mutate({ id: service.id, input }, handlers);
    else createService.mutate(input, handlers);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={service ? t('form.editTitle', { name: service.name }) : t('form.addTitle')}
    >
      <form noValidate onSubmit={save}>
        <Stack>
          <TextInput
            label={t('form.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('form.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('form.duration')}
              required
              min={DURATION.min}
              max={DURATION.max}
              // Out-of-range values stay as typed and are refused with a message: clamping them
              // on blur turned -5 into 5 and 100000 into 480 without a word.
              clampBehavior="none"
              step={5}
              allowDecimal={false}
              {...form.getInputProps('durationMinutes')}
            />
            <NumberInput
              label={t('form.price')}
              required
              min={0}
              clampBehavior="none"
              decimalScale={2}
              fixedDecimalScale
              {...form.getInputProps('price')}
            />
          </Group>
          <NumberInput
            label={t('form.buffer')}
            description={t('form.bufferHint')}
            min={BUFFER.min}
            max={BUFFER.max}
            clampBehavior="none"
            step={5}
            allowDecimal={false}
            {...form.getInputProps('bufferAfterMinutes')}
          />
          <MultiSelect
            label={t('form.dentists')}
            description={t('form.dentistsHint')}
            placeholder={form.values.dentists.length === 0 ? t('form.everyDentist') : undefined}
            data={(dentists.data ?? []).map((d) => ({ value: String(d.id), label: d.name }))}
            searchable
            clearable
            {...form.getInputProps('dentists')}
          />
          <Switch
            label={t('form.active')}
            {...form.getInputProps('isActive', { type: 'checkbox' })}
          />
          <FormActions
            submitLabel={service ? t('common:actions.saveChanges') : t('form.submitNew')}
            isPending={createService.isPending || updateService.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
