import { describe, expect, it } from 'vitest';
import {
  actsFor,
  dependantAdditionProblem,
  dependantLoginProblem,
  familyRoleProblem,
  guardianLinkProblem,
  MAX_DEPENDANTS,
  patientsActedFor,
  visitEmailAddressee,
} from './families.ts';

const guardian = { id: 10, role: 'patient' } as const;
const otherGuardian = { id: 20, role: 'patient' } as const;
const staff = { id: 2, role: 'staff' } as const;

describe('actsFor', () => {
  it('lets a patient act for themselves and for their own dependants', () => {
    expect(actsFor(guardian, { id: 10, guardianId: null })).toBe(true);
    expect(actsFor(guardian, { id: 11, guardianId: 10 })).toBe(true);
  });

  it('never lets a patient act for another family’s dependant or another patient', () => {
    expect(actsFor(otherGuardian, { id: 11, guardianId: 10 })).toBe(false);
    expect(actsFor(guardian, { id: 30, guardianId: null })).toBe(false);
  });

  it('lets no dependant act for their guardian', () => {
    expect(actsFor({ id: 11, role: 'patient' }, { id: 10, guardianId: null })).toBe(false);
  });

  it('makes no guardian of the team, whose wider rights are separate', () => {
    expect(actsFor(staff, { id: 11, guardianId: 2 })).toBe(false);
  });
});

describe('patientsActedFor', () => {
  it('is the patient and their dependants', () => {
    expect(patientsActedFor(guardian, [11, 12])).toEqual([10, 11, 12]);
    expect(patientsActedFor(guardian, [])).toEqual([10]);
  });
  it('gives the team no family of patients', () => {
    expect(patientsActedFor(staff, [11])).toEqual([2]);
  });
});

describe('dependantAdditionProblem', () => {
  const ok = { role: 'patient', isActive: true, guardianId: null, dependantCount: 0 } as const;
  it('lets a patient who is no dependant add one', () => {
    expect(dependantAdditionProblem(ok)).toBeNull();
  });
  it('refuses a dependant, the team and a full family', () => {
    expect(dependantAdditionProblem({ ...ok, guardianId: 3 })).toMatch(/cannot add/);
    expect(dependantAdditionProblem({ ...ok, role: 'staff' })).toMatch(/Only a patient/);
    expect(dependantAdditionProblem({ ...ok, dependantCount: MAX_DEPENDANTS })).toMatch(/at most/);
  });
});

describe('guardianLinkProblem', () => {
  const child = {
    id: 11,
    name: 'Leo Silva',
    role: 'patient',
    isActive: true,
    guardianId: null,
    dependantCount: 0,
  } as const;
  const parent = {
    id: 10,
    name: 'Ana Silva',
    role: 'patient',
    isActive: true,
    guardianId: null,
  } as const;

  it('links a patient to an active patient who is no dependant', () => {
    expect(guardianLinkProblem(child, { ...parent })).toBeNull();
  });

  it('refuses a guardian who is missing, the person themselves, staff or inactive', () => {
    expect(guardianLinkProblem(child, undefined)).toMatch(/registered patient/);
    expect(guardianLinkProblem(child, { ...child })).toMatch(/own guardian/);
    expect(guardianLinkProblem(child, { ...parent, role: 'staff' })).toMatch(/active patient/);
    expect(guardianLinkProblem(child, { ...parent, isActive: false })).toMatch(/active patient/);
  });

  it('keeps families one level deep', () => {
    expect(guardianLinkProblem(child, { ...parent, guardianId: 5 })).toMatch(
      /Ana Silva is a dependant/,
    );
    expect(guardianLinkProblem({ ...child, dependantCount: 1 }, parent)).toMatch(
      /Leo Silva books for dependants/,
    );
  });

  it('links patients only', () => {
    expect(guardianLinkProblem({ ...child, role: 'staff' }, parent)).toMatch(/Only patients/);
  });
});

describe('dependantLoginProblem', () => {
  it('gives no new sign-in to a linked dependant without one', () => {
    const linked = { guardianId: 10, hadEmail: false };
    expect(dependantLoginProblem(linked, { email: true, password: false })).toMatch(/unlink/);
    expect(dependantLoginProblem(linked, { email: false, password: true })).toMatch(/unlink/);
    expect(dependantLoginProblem(linked, { email: false, password: false })).toBeNull();
  });
  it('lets a dependant who had a sign-in keep changing it, and anyone unlinked get one', () => {
    const change = { email: true, password: true };
    expect(dependantLoginProblem({ guardianId: 10, hadEmail: true }, change)).toBeNull();
    expect(dependantLoginProblem({ guardianId: null, hadEmail: false }, change)).toBeNull();
  });
});

describe('familyRoleProblem', () => {
  it('keeps dependants and guardians patients', () => {
    expect(familyRoleProblem({ guardianId: 10, dependantCount: 0 }, 'staff')).toMatch(/Unlink/);
    expect(familyRoleProblem({ guardianId: null, dependantCount: 2 }, 'staff')).toMatch(
      /dependants/,
    );
    expect(familyRoleProblem({ guardianId: null, dependantCount: 0 }, 'staff')).toBeNull();
    expect(familyRoleProblem({ guardianId: 10, dependantCount: 0 }, 'patient')).toBeNull();
  });
});

describe('visitEmailAddressee', () => {
  const child = { email: '', isActive: true };
  const parent = { email: 'ana@example.com', isActive: true };
  it('writes to the patient who has an address, not to their guardian', () => {
    const teen = { email: 'leo@example.com', isActive: true };
    expect(visitEmailAddressee(teen, parent)).toEqual({ to: teen, onBehalf: false });
  });
  it('writes to the guardian about a dependant without an address', () => {
    expect(visitEmailAddressee(child, parent)).toEqual({ to: parent, onBehalf: true });
  });
  it('writes to nobody when neither can be reached', () => {
    expect(visitEmailAddressee(child, undefined)).toBeNull();
    expect(visitEmailAddressee(child, { ...parent, isActive: false })).toBeNull();
    expect(visitEmailAddressee(child, { ...parent, email: '' })).toBeNull();
  });
});
