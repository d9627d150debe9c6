import type {
  AppointmentStatus,
  AuditSubject,
  ContactChannel,
  DentistColour,
  Language,
  Role,
} from '@clinic/domain';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Appointment,
  AuditEntry,
  Clinic,
  Dashboard,
  Paged,
  Service,
  UpdateClinicBody,
  User,
} from './api';

// Checked by the type checker (`tsc -b`): each line fails to compile if the contract and the
// app stop agreeing.
describe('the app’s API types, computed from the contract', () => {
  it('say what the server sends: an empty phone or description is "", never null', () => {
    expectTypeOf<User['phone']>().toEqualTypeOf<string>();
    expectTypeOf<Service['description']>().toEqualTypeOf<string>();
  });

  it('camel-case every key and keep the domain’s enumerations', () => {
    expectTypeOf<User>().toEqualTypeOf<{
      id: number;
      email: string;
      name: string;
      phone: string;
      role: Role;
      isDentist: boolean;
      isActive: boolean;
      language: Language | null;
      colour: DentistColour | null;
      emailVerified: boolean;
      pendingEmail: string | null;
      createdAt: string;
      guardian: number | null;
      guardianName?: string | null | undefined;
      // A patient's record, present only for readers allowed it.
      dateOfBirth?: string | null | undefined;
      contactChannel?: ContactChannel | null | undefined;
      medicalAlerts?: string[] | undefined;
      notes?: string | undefined;
    }>();
    expectTypeOf<Appointment['status']>().toEqualTypeOf<AppointmentStatus>();
    expectTypeOf<Appointment['dentistName']>().toEqualTypeOf<string | null>();
    expectTypeOf<AuditEntry['subject']>().toEqualTypeOf<AuditSubject>();
    expectTypeOf<Paged<Appointment>['results']>().toEqualTypeOf<Appointment[]>();
  });

  it('keep the dashboard a union told apart by role, converted deep', () => {
    type Team = Extract<Dashboard, { role: 'team' }>;
    expectTypeOf<Team['weekOutcomes']>().toEqualTypeOf<{
      completed: number;
      cancelled: number;
      noShow: number;
    } | null>();
    expectTypeOf<
      Extract<Dashboard, { role: 'patient' }>['nextAppointment']
    >().toEqualTypeOf<Appointment | null>();
  });

  it('send only what the server reads: the clinic’s read-only flags are no input', () => {
    expectTypeOf<UpdateClinicBody>().not.toHaveProperty('timezoneLocked');
    expectTypeOf<UpdateClinicBody>().not.toHaveProperty('emailNotifications');
    expectTypeOf<UpdateClinicBody['openingHours']>().toEqualTypeOf<
      Clinic['openingHours'] | undefined
    >();
  });
});
