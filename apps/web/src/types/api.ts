import type { OpeningHours, Role } from '@clinic/domain';

export type { OpeningHours, OpeningPeriod, Role, Weekday } from '@clinic/domain';

// Wire objects after the API client has converted their keys to camelCase.

export interface User {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  isDentist: boolean;
  isActive: boolean;
  createdAt: string;
}

export interface Service {
  id: number;
  name: string;
  description: string | null;
  durationMinutes: number;
  /** A decimal string in the clinic's currency, such as "80.00". */
  price: string;
  isActive: boolean;
}

export interface Clinic {
  name: string;
  timezone: string;
  /** True when the server's CLINIC_TIMEZONE setting fixes the zone; it cannot be changed here. */
  timezoneLocked: boolean;
  /** A null day means the clinic is closed that day. */
  openingHours: OpeningHours;
  reminderLeadHours: number;
}

export interface Paged<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface SessionResponse {
  token: string;
  user: User;
}
