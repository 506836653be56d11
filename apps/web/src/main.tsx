import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { configureApi } from './app/api.ts';
import { currentCsrfToken, meKey } from './app/me.ts';
import { Providers } from './app/providers.tsx';
import { queryClient } from './app/query-client.ts';
import { router } from './app/router.tsx';
import { loginPath } from './app/session.ts';
import './app/global.css';

configureApi({
  csrfToken: currentCsrfToken,
  onSessionLost: (code) => {
    const { pathname, search } = router.state.location;
    if (pathname === '/login' || pathname.startsWith('/portal')) return;
    void router
      .navigate(loginPath(pathname + search, code === 'AUTH_SESSION_EXPIRED' ? 'expired' : undefined), { replace: true })
      .then(() => {
        queryClient.clear();
      });
  },
  onSessionStateChanged: () => {
    void queryClient.invalidateQueries({ queryKey: meKey });
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  </StrictMode>,
);
