import { Button, type ButtonProps, Menu } from '@mantine/core';
import type { AppointmentStatus } from '../../../types/api';
import { statusActionLabel } from '../utils/status-actions';

/** Steps that end a visit without it taking place, shown in red wherever they are offered. */
export function isDestructiveStep(to: AppointmentStatus): boolean {
  return to === 'cancelled' || to === 'no_show';
}

interface NextStepButtonProps extends Omit<ButtonProps, 'children'> {
  status: AppointmentStatus;
  to: AppointmentStatus;
  isSaving: boolean;
  act: (to: AppointmentStatus) => void;
  /** Its accessible name from the step's label, saying which visit it acts on. */
  nameFor: (action: string) => string;
}

/** A visit's most likely next step as a button of its own (the book's rows, the day board). */
export function NextStepButton({
  status,
  to,
  isSaving,
  act,
  nameFor,
  ...button
}: NextStepButtonProps) {
  const action = statusActionLabel(status, to);
  return (
    <Button {...button} loading={isSaving} aria-label={nameFor(action)} onClick={() => act(to)}>
      {action}
    </Button>
  );
}

/** The other steps as menu items, then a divider before whatever the menu offers next. */
export function OtherStepItems({
  status,
  others,
  isSaving,
  act,
}: {
  status: AppointmentStatus;
  others: AppointmentStatus[];
  isSaving: boolean;
  act: (to: AppointmentStatus) => void;
}) {
  if (others.length === 0) return null;
  return (
    <>
      {others.map((to) => (
        <Menu.Item
          key={to}
          c={isDestructiveStep(to) ? 'red.9' : undefined}
          disabled={isSaving}
          onClick={() => act(to)}
        >
          {statusActionLabel(status, to)}
        </Menu.Item>
      ))}
      <Menu.Divider role="separator" />
    </>
  );
}
