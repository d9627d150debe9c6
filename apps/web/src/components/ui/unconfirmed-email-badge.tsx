import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Beside an address its holder has not confirmed yet: the team knows it may be mistyped. */
export function UnconfirmedEmailBadge({
  user,
}: {
  user: { email: string; emailVerified: boolean };
}) {
  const { t } = useTranslation();
  if (user.emailVerified || !user.email) return null;
  return (
    <Tooltip label={t('badges.emailUnconfirmedHint')}>
      <Badge color="yellow" variant="light" ml="xs">
        {t('badges.emailUnconfirmed')}
      </Badge>
    </Tooltip>
  );
}
