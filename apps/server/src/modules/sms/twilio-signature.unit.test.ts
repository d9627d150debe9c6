import { describe, expect, it } from 'vitest';
import { isTwilioSignatureValid, twilioSignature } from './twilio-signature.ts';

// The example of Twilio's own documentation and helper libraries.
const URL = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const PARAMS = {
  CallSid: 'CA1234567890ABCDE',
  Caller: '+14158675310',
  Digits: '1234',
  From: '+14158675310',
  To: '+18005551212',
};

describe('twilioSignature', () => {
  it('signs as Twilio does: URL, then each sorted parameter name and value', () => {
    expect(twilioSignature('12345', URL, PARAMS)).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
  });

  it('accepts the right signature and refuses any change to URL, parameters or token', () => {
    const good = 'GvWf1cFY/Q7PnoempGyD5oXAezc=';
    expect(isTwilioSignatureValid('12345', good, URL, PARAMS)).toBe(true);
    expect(isTwilioSignatureValid('12346', good, URL, PARAMS)).toBe(false);
    expect(isTwilioSignatureValid('12345', good, `${URL}&x=1`, PARAMS)).toBe(false);
    expect(isTwilioSignatureValid('12345', good, URL, { ...PARAMS, Digits: '1235' })).toBe(false);
    expect(isTwilioSignatureValid('12345', undefined, URL, PARAMS)).toBe(false);
    expect(isTwilioSignatureValid('12345', 'short', URL, PARAMS)).toBe(false);
  });
});
