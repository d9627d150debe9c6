import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from './http.ts';

export const FORM_TYPE = 'application/x-www-form-urlencoded';

/**
 * Routes that take form-encoded bodies, as webhooks of other services (a text provider's) and
 * mail programs' one-click unsubscribes post them. Everything else in the API takes JSON
 * only; the form parser exists inside this scope alone. Repeated names keep their last value.
 */
export function registerFormRoutes(app: App, register: (forms: App) => void): void {
  app.register(async (scope) => {
    const forms = scope.withTypeProvider<ZodTypeProvider>() as App;
    forms.addContentTypeParser(FORM_TYPE, { parseAs: 'string' }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    register(forms);
  });
}
