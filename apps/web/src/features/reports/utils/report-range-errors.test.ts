import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { reportRangeErrors } from './report-range-errors';

const refusal = (status: number, fieldErrors: Record<string, string>) =>
  new ApiError({ status, message: 'Invalid input', fieldErrors });

describe('reportRangeErrors', () => {
  it('puts the server’s messages about the days next to From and To', () => {
    expect(
      reportRangeErrors(refusal(400, { dateFrom: 'Must be on or before the end date.' })),
    ).toEqual({ from: 'Must be on or before the end date.' });
    expect(
      reportRangeErrors(
        refusal(400, { dateFrom: 'Not a real date.', dateTo: 'At most 366 days.' }),
      ),
    ).toEqual({ from: 'Not a real date.', to: 'At most 366 days.' });
  });

  it('leaves other failures to the page’s error message', () => {
    expect(reportRangeErrors(refusal(400, {}))).toBeNull();
    expect(reportRangeErrors(refusal(400, { page: 'Unknown.' }))).toBeNull();
    expect(reportRangeErrors(refusal(403, { dateFrom: 'x' }))).toBeNull();
    expect(reportRangeErrors(new Error('offline'))).toBeNull();
    expect(reportRangeErrors(null)).toBeNull();
  });
});
