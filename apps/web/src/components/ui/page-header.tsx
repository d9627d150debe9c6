import { Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  action?: ReactNode;
}

/** Every page names itself once, both on screen and in the browser tab. */
export function PageHeader({ title, action }: PageHeaderProps) {
  useDocumentTitle(`${title} · Dental clinic`);
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Title order={1} size="h2">
        {title}
      </Title>
      {action}
    </Group>
  );
}
