import { Group, Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface DashboardSectionProps {
  title: string;
  /** Beside the title, e.g. a count or a link to the full list. */
  aside?: ReactNode;
  children: ReactNode;
}

/** One widget of a dashboard, named by its heading for screen readers' landmarks. */
export function DashboardSection({ title, aside, children }: DashboardSectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Group justify="space-between" align="baseline" wrap="wrap" gap="xs" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Paper>
  );
}
