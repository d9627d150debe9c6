import { describe, expect, it } from 'vitest';
import { composeMessage, type MessageFacts } from './messages.ts';

const facts: MessageFacts = {
  clinicName: 'Bright Smile Dental',
  recipientName: 'Ana Lima',
  patientName: 'Ana Lima',
  date: '2026-12-02',
  time: '09:30',
  dentistName: 'Dr. Sam Reed',
  serviceName: 'Cleaning',
  language: 'en',
  timeFormat: '24h',
};

describe('composeMessage', () => {
  it('writes English as before', () => {
    const message = composeMessage('appointment_confirmed', facts);
    expect(message.subject).toBe(
      'Your appointment on Wednesday 2 December 2026 at 09:30 is confirmed',
    );
    expect(message.text).toContain('Hello Ana Lima,');
    expect(message.text).toContain('  with Dr. Sam Reed');
  });

  it('writes to a Spanish reader in Spanish, with a Spanish date', () => {
    const message = composeMessage('appointment_confirmed', { ...facts, language: 'es' });
    expect(message.subject).toMatch(/^Su cita del miércoles, 2 de diciembre de 2026 a las 09:30/);
    expect(message.subject).toMatch(/está confirmada$/);
    expect(message.text).toContain('Hola, Ana Lima:');
    expect(message.text).toContain('  con Dr. Sam Reed');
    expect(message.text).not.toMatch(/Wednesday|December|Hello/);
  });

  it('writes German times with "Uhr" on the 24-hour clock', () => {
    const message = composeMessage('reminder', { ...facts, language: 'de' });
    expect(message.subject).toContain('Erinnerung: Ihr Termin am Mittwoch, 2. Dezember 2026');
    expect(message.subject).toContain('um 09:30 Uhr');
  });

  it('writes French to the front desk about a request', () => {
    const message = composeMessage('request_received', { ...facts, language: 'fr' });
    expect(message.subject).toBe('Nouvelle demande de rendez-vous : Ana Lima');
    expect(message.text).toContain('mercredi 2 décembre 2026 à 09:30');
  });

  it('tells the front desk of a patient’s cancellation and move, in every language', () => {
    const subjects = (['en', 'es', 'de', 'fr'] as const).map((language) => [
      composeMessage('patient_cancelled', { ...facts, language }).subject,
      composeMessage('patient_moved', { ...facts, language }).subject,
    ]);
    expect(subjects).toEqual([
      ['Ana Lima cancelled an appointment', 'Ana Lima moved an appointment'],
      ['Ana Lima ha cancelado una cita', 'Ana Lima ha cambiado una cita'],
      ['Ana Lima hat einen Termin abgesagt', 'Ana Lima hat einen Termin verlegt'],
      ['Rendez-vous annulé par Ana Lima', 'Rendez-vous déplacé par Ana Lima'],
    ]);
    const moved = composeMessage('patient_moved', facts);
    expect(moved.text).toContain('Ana Lima moved their appointment online. It is now:');
    expect(moved.text).toContain('  Wednesday 2 December 2026 at 09:30');
  });

  it('follows a clinic that writes times on the 12-hour clock', () => {
    const message = composeMessage('appointment_moved', {
      ...facts,
      time: '14:30',
      timeFormat: '12h',
    });
    expect(message.subject).toMatch(/at 2:30\spm$/i);
  });
});
