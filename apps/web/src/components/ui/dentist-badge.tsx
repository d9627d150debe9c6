import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DentistBadge() {
  const { t } = useTranslation();
  return <Badge color="cyan">{t('badges.dentist')}</Badge>;
}
