import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import {
  applyAuditViewChange,
  auditActionVerb,
  isAuditFiltered,
  readAuditView,
} from './audit-view';

describe('readAuditView', () => {
  it('shows every change on page 1 by default', () => {
    expect(readAuditView(new URLSearchParams())).toEqual({
      subject: null,
      actor: null,
      action: null,
      from: '',
      to: '',
      page: 1,
    });
  });

  it('reads a bookmarked view', () => {
    expect(
      readAuditView(
        new URLSearchParams(
          'kind=account&actor=3&action=deleted&from=2026-11-01&to=2026-11-30&page=2',
        ),
      ),
    ).toEqual({
      subject: 'account',
      actor: 3,
      action: 'deleted',
      from: '2026-11-01',
      to: '2026-11-30',
      page: 2,
    });
  });

  it('ignores what it does not understand', () => {
    expect(
      readAuditView(
        new URLSearchParams('kind=invoice&actor=x&action=moved&from=2026-02-30&to=soon&page=0'),
      ),
    ).toEqual({ subject: null, actor: null, action: null, from: '', to: '', page: 1 });
  });
});

describe('applyAuditViewChange', () => {
  const current = new URLSearchParams('actor=3&page=4');

  it('goes back to page 1 when a filter changes', () => {
    expect(applyAuditViewChange(current, { action: 'updated' }).toString()).toBe(
      'actor=3&action=updated',
    );
  });

  it('keeps the kind in the address under its own name', () => {
    expect(applyAuditViewChange(current, { subject: 'service' }).toString()).toBe(
      'actor=3&kind=service',
    );
  });

  it('keeps the filters when only the page changes', () => {
    expect(applyAuditViewChange(current, { page: 5 }).toString()).toBe('actor=3&page=5');
    expect(applyAuditViewChange(current, { page: 1 }).toString()).toBe('actor=3');
  });

  it('drops cleared filters from the address', () => {
    const next = applyAuditViewChange(
      new URLSearchParams('kind=clinic&actor=3&action=created&from=2026-11-01'),
      {
        subject: null,
        actor: null,
        action: null,
        from: '',
      },
    );
    expect(next.toString()).toBe('');
  });
});

describe('isAuditFiltered', () => {
  it('is true for any filter but not for the page', () => {
    expect(isAuditFiltered(readAuditView(new URLSearchParams('page=2')))).toBe(false);
    expect(isAuditFiltered(readAuditView(new URLSearchParams('to=2026-11-30')))).toBe(true);
    expect(isAuditFiltered(readAuditView(new URLSearchParams('action=deleted')))).toBe(true);
    expect(isAuditFiltered(readAuditView(new URLSearchParams('kind=service')))).toBe(true);
  });
});

describe('auditActionVerb', () => {
  const t = i18n.getFixedT('en', 'audit');

  it('words lock-outs, and every other action as the history panel does', () => {
    expect(auditActionVerb('locked', t)).toBe('Locked out');
    expect(auditActionVerb('updated', t)).toBe('Changed');
  });

  it('reads a lock-out filter from the address', () => {
    expect(readAuditView(new URLSearchParams('action=locked')).action).toBe('locked');
  });
});
