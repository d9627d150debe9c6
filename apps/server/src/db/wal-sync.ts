import { open } from 'node:fs/promises';

/**
 * Durability for SQLite without stopping the event loop. With synchronous=FULL every commit
 * waits for an fsync of the write-ahead log (about 3 ms on the benchmark disk) inside
 * better-sqlite3's synchronous call, and for those milliseconds the server can do nothing
 * else. With synchronous=NORMAL a commit only writes the log; this syncer then fsyncs the log
 * on libuv's thread pool and answers callers once every write they may have seen is on disk.
 * A commit whose log frames are on disk survives a power loss exactly as under FULL: recovery
 * replays the log up to its last complete commit.
 *
 * One fsync covers every write made before it started, so concurrent callers share them.
 */
export interface WalSync {
  /** Called before each statement that may write, so the next fsync is known to be needed. */
  noteWrite(): void;
  /** Resolves once every write noted so far is on disk; at once when there is none. */
  untilDurable(): Promise<void>;
  /** Whether every write noted so far is on disk. */
  isDurable(): boolean;
}

interface Waiter {
  target: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createWalSync(walFile: string, fsyncFile = fsyncPath): WalSync {
  let written = 0;
  let synced = 0;
  let syncing = false;
  let waiters: Waiter[] = [];

  function settle(upTo: number, error?: unknown) {
    const remaining: Waiter[] = [];
    for (const waiter of waiters) {
      if (waiter.target > upTo) remaining.push(waiter);
      else if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
    waiters = remaining;
  }

  function syncNext() {
    if (syncing || waiters.length === 0) return;
    syncing = true;
    const target = written;
    fsyncFile(walFile)
      .then(
        () => {
          synced = Math.max(synced, target);
          settle(target);
        },
        // What the log held is not known to be on disk: nobody it covered hears success.
        (error: unknown) => settle(target, error),
      )
      .finally(() => {
        syncing = false;
        // Writes that came while this fsync ran need the next one.
        syncNext();
      });
  }

  return {
    noteWrite() {
      written++;
    },
    isDurable: () => synced >= written,
    untilDurable() {
      if (synced >= written) return Promise.resolve();
      const target = written;
      return new Promise<void>((resolve, reject) => {
        waiters.push({ target, resolve, reject });
        syncNext();
      });
    },
  };
}

/** Opens the file anew each time, so a log SQLite recreated is the one synced. */
async function fsyncPath(file: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, 'r+');
  } catch (error) {
    // No log file means no log frames waiting for the disk.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
