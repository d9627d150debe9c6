import { Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  action?: ReactNode;
}

/** Every page names itself once, both on screen and in the browser tab. */
export function PageHeader({ title, action }: PageHeaderProps) {
  const { t } = useTranslation('app');
  useDocumentTitle(t('documentTitle', { title }));
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Title order={1} size="h2">
        {title}
      </Title>
      {action}
    </Group>
  );
}
