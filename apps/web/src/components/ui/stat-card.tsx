import { Anchor, Paper, Skeleton, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/dates';

interface StatCardProps {
  label: string;
  value: number | undefined;
  isError: boolean;
  to: string;
  linkLabel: string;
}

export function StatCard({ label, value, isError, to, linkLabel }: StatCardProps) {
  const { t } = useTranslation();
  let figure: ReactNode;
  if (isError) {
    figure = (
      <Text size="sm" c="red.9">
        {t('load.short')}
      </Text>
    );
  } else if (value === undefined) {
    figure = <Skeleton height={36} width={60} my={2} role="status" aria-label={t('loading')} />;
  } else {
    figure = (
      <Text fz={32} fw={700} lh={1.2}>
        {formatNumber(value)}
      </Text>
    );
  }
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      {figure}
      <Anchor component={Link} to={to} size="sm">
        {linkLabel}
      </Anchor>
    </Paper>
  );
}
