import { notificationsStore } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { dismissNotice, notifyError, notifySuccess } from './notify';

const shown = () =>
  [...notificationsStore.getState().notifications, ...notificationsStore.getState().queue].map(
    (notice) => String(notice.title),
  );

const refusal = () =>
  new ApiError({ status: 409, message: 'That time was just taken.', code: 'double_booking' });

describe('a form’s failure notice', () => {
  afterEach(() =>
    notificationsStore.setState((state) => ({ ...state, notifications: [], queue: [] })),
  );

  it('is taken down when the form is sent again, so it never sits beside Done', () => {
    notifyError(refusal(), 'Could not book the appointment', 'booking-form');
    expect(shown()).toEqual(['Could not book the appointment']);
    dismissNotice('booking-form');
    notifySuccess('Booked.');
    expect(shown()).toEqual(['Done']);
  });

  it('replaces the same form’s earlier failure instead of stacking another', () => {
    notifyError(refusal(), 'Could not book the appointment', 'booking-form');
    notifyError(refusal(), 'Could not book the appointment', 'booking-form');
    expect(shown()).toEqual(['Could not book the appointment']);
  });

  it('leaves other notices alone', () => {
    notifyError(refusal(), 'Could not save the service');
    notifyError(refusal(), 'Could not book the appointment', 'booking-form');
    dismissNotice('booking-form');
    expect(shown()).toEqual(['Could not save the service']);
  });
});
