import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin, NotFoundPage, RouteErrorPage } from './feedback.tsx';
import { RequirePermission } from './guards.tsx';

/** Route-level code splitting: each page is its own chunk, loaded when first visited. */
function page(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: await load() }) };
}

function guarded(path: string, permission: string, load: () => Promise<ComponentType>): RouteObject {
  return {
    path,
    element: <RequirePermission permission={permission} />,
    children: [{ index: true, ...page(load) }],
  };
}

export const routes: RouteObject[] = [
  {
    HydrateFallback: FullPageSpin,
    ErrorBoundary: RouteErrorPage,
    children: [
      { path: '/login', ...page(() => import('../features/identity/pages/LoginPage.tsx').then((m) => m.LoginPage)) },
      {
        path: '/portal',
        ...page(() => import('../portal/PortalLayout.tsx').then((m) => m.PortalLayout)),
        children: [
          { index: true, ...page(() => import('../portal/PortalPage.tsx').then((m) => m.PortalPage)) },
          {
            path: 'certificates/check',
            ...page(() => import('../portal/CertificateCheckPage.tsx').then((m) => m.CertificateCheckPage)),
          },
          { path: 'subjects', ...page(() => import('../portal/PublicSubjectsPage.tsx').then((m) => m.PublicSubjectsPage)) },
          { path: 'powers', ...page(() => import('../portal/powers/PublicPowersPage.tsx').then((m) => m.PublicPowersPage)) },
          { path: 'powers/:code', ...page(() => import('../portal/powers/PublicPowerPage.tsx').then((m) => m.PublicPowerPage)) },
          { path: 'decisions', ...page(() => import('../portal/decisions/PublicDecisionsPage.tsx').then((m) => m.PublicDecisionsPage)) },
          { path: 'decisions/:id', ...page(() => import('../portal/decisions/PublicDecisionPage.tsx').then((m) => m.PublicDecisionPage)) },
          { path: 'complaints', ...page(() => import('../portal/complaints/ComplaintChannelsPage.tsx').then((m) => m.ComplaintChannelsPage)) },
          { path: 'complaints/new', ...page(() => import('../portal/complaints/ComplaintNewPage.tsx').then((m) => m.ComplaintNewPage)) },
          { path: 'complaints/track', ...page(() => import('../portal/complaints/ComplaintTrackPage.tsx').then((m) => m.ComplaintTrackPage)) },
          { path: 'accountability', ...page(() => import('../portal/accountability/AccountabilityPage.tsx').then((m) => m.AccountabilityPage)) },
          { path: 'supervisor/login', ...page(() => import('../portal/supervisor/SupervisorLoginPage.tsx').then((m) => m.SupervisorLoginPage)) },
          { path: 'supervisor', ...page(() => import('../portal/supervisor/SupervisorHomePage.tsx').then((m) => m.SupervisorHomePage)) },
          { path: 'survey', ...page(() => import('../portal/survey/SurveyPage.tsx').then((m) => m.SurveyPage)) },
          { path: '*', ...page(() => import('../portal/PortalNotFoundPage.tsx').then((m) => m.PortalNotFoundPage)) },
        ],
      },
      {
        path: '/',
        // Lazy: the console shell is not part of the portal's first load.
        lazy: async () => ({ Component: (await import('./layout/ConsoleRoot.tsx')).ConsoleRoot }),
        ErrorBoundary: RouteErrorPage,
        children: [
          { index: true, ...page(() => import('../features/workbench/WorkbenchPage.tsx').then((m) => m.WorkbenchPage)) },
          guarded('users', 'user:read', () => import('../features/users/UsersPage.tsx').then((m) => m.UsersPage)),
          guarded('departments', 'department:manage', () =>
            import('../features/departments/DepartmentsPage.tsx').then((m) => m.DepartmentsPage),
          ),
          guarded('roles', 'role:assign', () => import('../features/security/RolesPage.tsx').then((m) => m.RolesPage)),
          guarded('security/policy', 'policy:manage', () => import('../features/security/PolicyPage.tsx').then((m) => m.PolicyPage)),
          guarded('cases', 'case:read', () => import('../features/cases/CasesPage.tsx').then((m) => m.CasesPage)),
          guarded('cases/:id', 'case:read', () => import('../features/cases/CaseDetailPage.tsx').then((m) => m.CaseDetailPage)),
          guarded('deadlines', 'case:read', () => import('../features/deadlines/DeadlinesPage.tsx').then((m) => m.DeadlinesPage)),
          guarded('calendar', 'config:manage', () => import('../features/calendar/CalendarPage.tsx').then((m) => m.CalendarPage)),
          guarded('complaints', 'complaint:read', () => import('../features/complaints/ComplaintsPage.tsx').then((m) => m.ComplaintsPage)),
          guarded('complaints/:id', 'complaint:read', () =>
            import('../features/complaints/ComplaintDetailPage.tsx').then((m) => m.ComplaintDetailPage),
          ),
          guarded('accountability', 'business:read', () =>
            import('../features/accountability/AccountabilityRulesPage.tsx').then((m) => m.AccountabilityRulesPage),
          ),
          guarded('disclosure', 'disclosure:publish', () => import('../features/disclosure/DisclosurePage.tsx').then((m) => m.DisclosurePage)),
          guarded('surveys', 'business:read', () => import('../features/surveys/SurveysPage.tsx').then((m) => m.SurveysPage)),
          guarded('supervision', 'supervision:manage', () => import('../features/supervision/SupervisionPage.tsx').then((m) => m.SupervisionPage)),
          guarded('property', 'case:read', () => import('../features/evidence/PropertyRegisterPage.tsx').then((m) => m.PropertyRegisterPage)),
          guarded('payments/reconciliation', 'payment:reconcile', () => import('../features/payments/ReconciliationPage.tsx').then((m) => m.ReconciliationPage)),
          guarded('officers', 'officer:read', () => import('../features/officers/OfficersPage.tsx').then((m) => m.OfficersPage)),
          guarded('officers/:id', 'officer:read', () =>
            import('../features/officers/OfficerDetailPage.tsx').then((m) => m.OfficerDetailPage),
          ),
          guarded('subjects', 'subject:read', () => import('../features/subjects/SubjectsPage.tsx').then((m) => m.SubjectsPage)),
          guarded('legal', 'law:read', () => import('../features/legal-basis/LegalLibraryPage.tsx').then((m) => m.LegalLibraryPage)),
          guarded('legal/documents/:id', 'law:read', () =>
            import('../features/legal-basis/LegalDocumentPage.tsx').then((m) => m.LegalDocumentPage),
          ),
          guarded('legal/articles/:id', 'law:read', () =>
            import('../features/legal-basis/LegalArticlePage.tsx').then((m) => m.LegalArticlePage),
          ),
          guarded('powers', 'power:read', () => import('../features/powers/PowersPage.tsx').then((m) => m.PowersPage)),
          guarded('powers/lists', 'power:read', () => import('../features/powers/lists/PowerListsPage.tsx').then((m) => m.PowerListsPage)),
          guarded('powers/lists/:id', 'power:read', () =>
            import('../features/powers/lists/PowerListPage.tsx').then((m) => m.PowerListPage),
          ),
          guarded('powers/:id', 'power:read', () => import('../features/powers/PowerDetailPage.tsx').then((m) => m.PowerDetailPage)),
          guarded('coverage', 'power:read', () => import('../features/powers/coverage/CoveragePage.tsx').then((m) => m.CoveragePage)),
          guarded('org', 'org:manage', () => import('../features/org/OrgPage.tsx').then((m) => m.OrgPage)),
          guarded('audit', 'audit:read', () => import('../features/audit/AuditPage.tsx').then((m) => m.AuditPage)),
          { path: 'account', ...page(() => import('../features/identity/pages/AccountPage.tsx').then((m) => m.AccountPage)) },
          {
            path: 'account/password',
            ...page(() => import('../features/identity/pages/PasswordPage.tsx').then((m) => m.PasswordPage)),
          },
          { path: 'account/totp', ...page(() => import('../features/identity/pages/TotpPage.tsx').then((m) => m.TotpPage)) },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter(routes);
