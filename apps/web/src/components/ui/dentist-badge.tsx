import { Badge } from '@mantine/core';

export function DentistBadge() {
  return <Badge color="cyan">Dentist</Badge>;
}
