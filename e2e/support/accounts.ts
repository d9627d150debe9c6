/** The owner created by the first-run journey; every later journey signs in with it. */
export const owner = {
  clinicName: 'Bright Smile Dental',
  name: 'Olivia Owner',
  email: 'owner@bright-smile.test',
  password: 'harbour-lantern-42',
} as const;

export interface Person {
  name: string;
  email: string;
  phone: string;
  password: string;
}

/** A fresh person per call, so journeys and retries never collide on an email address. */
export function newPerson(label: string): Person {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return {
    name: `${label} ${id}`,
    email: `${label.toLowerCase().replace(/\s+/g, '-')}-${id}@bright-smile.test`,
    phone: '+351 210 000 000',
    password: `quiet-meadow-${id}`,
  };
}
