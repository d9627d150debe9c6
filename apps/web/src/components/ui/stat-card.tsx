import { Anchor, Paper, Skeleton, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface StatCardProps {
  label: string;
  value: number | undefined;
  isError: boolean;
  to: string;
  linkLabel: string;
}

export function StatCard({ label, value, isError, to, linkLabel }: StatCardProps) {
  let figure: ReactNode;
  if (isError) {
    figure = (
      <Text size="sm" c="red.9">
        Could not load
      </Text>
    );
  } else if (value === undefined) {
    figure = <Skeleton height={36} width={60} my={2} role="status" aria-label="Loading" />;
  } else {
    figure = (
      <Text fz={32} fw={700} lh={1.2}>
        {value}
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
