// Mantine's base styles; each component's own stylesheet comes with the chunk that uses it
// (see build/mantine-styles.ts).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/router';
import { publicClinic } from './features/clinic/api/public-clinic';
import { setupStatus } from './features/setup/api/get-setup-status';
import { sessionUser } from './lib/session';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain an element with id "root".');

// Every page asks these first; asked now, the answers and the page's code arrive while React
// renders the frame, not after it.
for (const value of [sessionUser, setupStatus, publicClinic]) void value.load();
preloadPage(window.location.pathname);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
