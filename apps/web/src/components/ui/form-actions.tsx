import { Button, Group } from '@mantine/core';

interface FormActionsProps {
  submitLabel: string;
  isPending: boolean;
  onCancel: () => void;
}

/** The end of a form in a dialog: Cancel, then the submit button, which shows while it saves. */
export function FormActions({ submitLabel, isPending, onCancel }: FormActionsProps) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={isPending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
