import { afterEach, describe, expect, it, vi } from 'vitest';
import { takeAnswerLink } from './answer-link';

function visit(hash: string) {
  const replaceState = vi.fn();
  vi.stubGlobal('location', { hash, pathname: '/visit-answer' });
  vi.stubGlobal('history', { replaceState });
  return replaceState;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('takeAnswerLink', () => {
  it('reads the token and the answer chosen in the message, and clears the address bar', () => {
    const replaceState = visit('#token=abc_-1&answer=cancel');
    expect(takeAnswerLink()).toEqual({ token: 'abc_-1', hint: 'cancel' });
    expect(replaceState).toHaveBeenCalledWith(null, '', '/visit-answer');
  });

  it('takes no hint it does not know, and leaves an address without a token alone', () => {
    visit('#token=abc&answer=maybe');
    expect(takeAnswerLink().hint).toBeNull();
    const replaceState = visit('');
    expect(takeAnswerLink()).toEqual({ token: '', hint: null });
    expect(replaceState).not.toHaveBeenCalled();
  });
});
