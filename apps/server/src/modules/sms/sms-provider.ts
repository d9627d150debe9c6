/** One text message to send. */
export interface SmsMessage {
  /** The recipient in E.164. */
  to: string;
  body: string;
  /** Where the provider reports the message's progress (sent, delivered, failed). */
  statusCallback?: string | undefined;
}

/** What the provider answered on accepting a message. */
export interface SmsAccepted {
  /** The provider's id of the message (Twilio's `SM…`), which its status reports name. */
  providerId: string;
  /** Its first status, as the provider words it (`queued`, `accepted`). */
  status: string;
}

/**
 * A send the provider refused or that did not reach it. `retryable`: the same message may
 * succeed later (the provider was down, busy or rate-limited us, the network failed); else it
 * never will as it is (an invalid or unsubscribed number), and is given up at once.
 */
export class SmsSendError extends Error {
  constructor(
    readonly retryable: boolean,
    /** The provider's error code (`21211`), or null when the provider was not reached. */
    readonly code: string | null,
    /** The provider's words, or what went wrong on the way. */
    readonly reason: string,
    readonly httpStatus: number | null = null,
    /** How long the provider asked us to wait (429 `Retry-After`), when it said. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(code === null ? reason : `${code} ${reason}`);
    this.name = 'SmsSendError';
  }
}

/** A text-message provider: one call sends one message, or throws an SmsSendError. */
export interface SmsProvider {
  send(message: SmsMessage): Promise<SmsAccepted>;
}
