import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ActiveBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={isActive ? 'green' : 'gray'}>
      {isActive ? t('badges.active') : t('badges.inactive')}
    </Badge>
  );
}
