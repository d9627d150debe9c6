import { Button, Group } from '@mantine/core';

export interface RowAction {
  /** The visible text, e.g. "Edit". */
  label: string;
  /** The accessible name, saying which row it acts on: a screen reader may reach it alone. */
  name: string;
  onClick: () => void;
  /** Deleting and the like, in red. */
  danger?: boolean;
}

/** A table row's actions, as small text buttons side by side. */
export function RowActions({ actions, end = false }: { actions: RowAction[]; end?: boolean }) {
  return (
    <Group gap={4} justify={end ? 'flex-end' : undefined} wrap="nowrap">
      {actions.map((action) => (
        <Button
          key={action.label}
          size="xs"
          variant="subtle"
          color={action.danger ? 'red' : undefined}
          aria-label={action.name}
          onClick={action.onClick}
        >
          {action.label}
        </Button>
      ))}
    </Group>
  );
}
