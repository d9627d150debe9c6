import { describe, expect, it } from 'vitest';
import { createWalSync } from './wal-sync.ts';

/** An fsync the test finishes by hand, to see who is answered when. */
function manualFsync() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    calls: () => pending.length,
    fsync: () =>
      new Promise<void>((resolve, reject) => {
        pending.push({ resolve, reject });
      }),
    finish: async (index: number, error?: Error) => {
      const call = pending[index];
      if (error) call?.reject(error);
      else call?.resolve();
      // Let the syncer's handlers and the waiters' continuations run.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

const state = (promise: Promise<void>) => {
  let settled = 'pending';
  promise.then(
    () => {
      settled = 'durable';
    },
    () => {
      settled = 'failed';
    },
  );
  return () => settled;
};

describe('createWalSync', () => {
  it('answers at once when nothing was written since the last fsync', async () => {
    const disk = manualFsync();
    const wal = createWalSync('clinic.sqlite-wal', disk.fsync);
    await wal.untilDurable();
    expect(disk.calls()).toBe(0);
  });

  it('answers a writer only after an fsync that started after its write', async () => {
    const disk = manualFsync();
    const wal = createWalSync('clinic.sqlite-wal', disk.fsync);
    wal.noteWrite();
    const first = state(wal.untilDurable());
    wal.noteWrite();
    const second = state(wal.untilDurable());
    expect(disk.calls()).toBe(1);

    await disk.finish(0);
    expect(first()).toBe('durable');
    // The second write came after the first fsync began: it needs one of its own.
    expect(second()).toBe('pending');
    expect(disk.calls()).toBe(2);
    await disk.finish(1);
    expect(second()).toBe('durable');
  });

  it('shares one fsync among everyone waiting for the same writes', async () => {
    const disk = manualFsync();
    const wal = createWalSync('clinic.sqlite-wal', disk.fsync);
    wal.noteWrite();
    wal.noteWrite();
    const waiting = [state(wal.untilDurable()), state(wal.untilDurable())];
    await disk.finish(0);
    expect(waiting.map((w) => w())).toEqual(['durable', 'durable']);
    expect(disk.calls()).toBe(1);
  });

  it('fails the writes a failed fsync covered, and tries again for later ones', async () => {
    const disk = manualFsync();
    const wal = createWalSync('clinic.sqlite-wal', disk.fsync);
    wal.noteWrite();
    const lost = state(wal.untilDurable());
    await disk.finish(0, new Error('EIO'));
    expect(lost()).toBe('failed');

    const retried = state(wal.untilDurable());
    expect(disk.calls()).toBe(2);
    await disk.finish(1);
    expect(retried()).toBe('durable');
  });
});
