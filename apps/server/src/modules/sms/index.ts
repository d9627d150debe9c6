// The sms module's public face: other modules and the app import only from here.
export { registerPatientMessageRoutes } from './patient-messages.routes.ts';
export { type SmsReplyWorker, startSmsReplyWorker } from './reply-sender.ts';
export { forgetTextsOf } from './sms.repository.ts';
export { type SmsProvider, SmsSendError } from './sms-provider.ts';
export { type SmsReplyActions, smsReplyActions } from './sms-reply-actions.ts';
export { registerSmsWebhookRoutes } from './sms-webhooks.routes.ts';
export { createTwilioProvider } from './twilio-provider.ts';
export { createVisitTextSender, type VisitTextSender } from './visit-texts.ts';
