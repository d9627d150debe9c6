interface Person<Id> {
  id: Id;
  name: string;
  /** False for a former dentist; absent for entries that are not people. */
  isActive?: boolean;
}

type Option = { value: string; label: string };

/**
 * Select options for a filter of people: current ones first, former dentists under a group of
 * their own at the end, so they stay findable without crowding today's team.
 */
export function peopleOptions<Id extends number | string>(
  people: readonly Person<Id>[],
  labels: { current: string; former: string },
): Option[] | { group: string; items: Option[] }[] {
  const toOption = (person: Person<Id>) => ({ value: String(person.id), label: person.name });
  const former = people.filter((person) => person.isActive === false);
  if (former.length === 0) return people.map(toOption);
  return [
    {
      group: labels.current,
      items: people.filter((person) => person.isActive !== false).map(toOption),
    },
    { group: labels.former, items: former.map(toOption) },
  ];
}
