import { Route, Routes } from 'react-router';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RequireAuth, RequireCapability, RequireCouncilAccess } from './guards';
import { Layout } from './Layout';
import { lazyPage } from './lazy-page';
import { PublicLayout } from './PublicLayout';

// The first page a person opens loads only what it needs; the others come when opened.
const BallotPage = lazyPage(() => import('../pages/BallotPage'), 'BallotPage');
const CampaignsPage = lazyPage(() => import('../pages/CampaignsPage'), 'CampaignsPage');
const CommendationsPage = lazyPage(() => import('../pages/CommendationsPage'), 'CommendationsPage');
const CandidacyPage = lazyPage(() => import('../pages/CandidacyPage'), 'CandidacyPage');
const CouncilPage = lazyPage(() => import('../pages/CouncilPage'), 'CouncilPage');
const CouncilsPage = lazyPage(() => import('../pages/CouncilsPage'), 'CouncilsPage');
const DecisionsPage = lazyPage(() => import('../pages/DecisionsPage'), 'DecisionsPage');
const DisclosurePage = lazyPage(() => import('../pages/DisclosurePage'), 'DisclosurePage');
const EditModelPage = lazyPage(() => import('../pages/EditModelPage'), 'EditModelPage');
const GraphiQLPage = lazyPage(() => import('../pages/GraphiQLPage'), 'GraphiQLPage');
const HonourEntryPage = lazyPage(() => import('../pages/HonourEntryPage'), 'HonourEntryPage');
const HonourRollPage = lazyPage(() => import('../pages/HonourRollPage'), 'HonourRollPage');
const ModelPage = lazyPage(() => import('../pages/ModelPage'), 'ModelPage');
const ModelsPage = lazyPage(() => import('../pages/ModelsPage'), 'ModelsPage');
const NewModelPage = lazyPage(() => import('../pages/NewModelPage'), 'NewModelPage');
const QueuePage = lazyPage(() => import('../pages/QueuePage'), 'QueuePage');
const RoundPage = lazyPage(() => import('../pages/RoundPage'), 'RoundPage');
const ScoringPage = lazyPage(() => import('../pages/ScoringPage'), 'ScoringPage');
const UnitsPage = lazyPage(() => import('../pages/UnitsPage'), 'UnitsPage');
const UsersPage = lazyPage(() => import('../pages/UsersPage'), 'UsersPage');
const VerifyPage = lazyPage(() => import('../pages/VerifyPage'), 'VerifyPage');

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The public site: no sign-in, so outside RequireAuth; staff read it the same way. */}
      <Route element={<PublicLayout />}>
        <Route path="vinh-danh" element={<HonourRollPage />} />
        <Route path="vinh-danh/:code" element={<HonourEntryPage />} />
        <Route path="cong-khai" element={<DisclosurePage />} />
        <Route path="xac-minh/:code?" element={<VerifyPage />} />
      </Route>
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="campaigns"
          element={
            <RequireCapability capability="readCampaigns">
              <CampaignsPage />
            </RequireCapability>
          }
        />
        <Route
          path="models"
          element={
            <RequireCapability capability="browseModels">
              <ModelsPage />
            </RequireCapability>
          }
        />
        <Route
          path="models/new"
          element={
            <RequireCapability capability="registerModels">
              <NewModelPage />
            </RequireCapability>
          }
        />
        {/* One model is read by its unit's people, its readers and its councils: the server decides. */}
        <Route path="models/:id" element={<ModelPage />} />
        <Route
          path="models/:id/edit"
          element={
            <RequireCapability capability="registerModels">
              <EditModelPage />
            </RequireCapability>
          }
        />
        <Route
          path="queue"
          element={
            <RequireCapability capability="reviewSubmissions">
              <QueuePage />
            </RequireCapability>
          }
        />
        {/* Council work comes from a seat on a council, not a role: the server checks each page. */}
        <Route
          path="councils"
          element={
            <RequireCouncilAccess>
              <CouncilsPage />
            </RequireCouncilAccess>
          }
        />
        <Route path="councils/:id" element={<CouncilPage />} />
        <Route path="rounds/:id" element={<RoundPage />} />
        <Route path="rounds/:id/score" element={<ScoringPage />} />
        <Route path="rounds/:id/ballot" element={<BallotPage />} />
        <Route path="candidacies/:id" element={<CandidacyPage />} />
        <Route
          path="commendations"
          element={
            <RequireCapability capability="manageCommendations">
              <CommendationsPage />
            </RequireCapability>
          }
        />
        <Route
          path="decisions"
          element={
            <RequireCapability capability="signDecisions">
              <DecisionsPage />
            </RequireCapability>
          }
        />
        <Route
          path="units"
          element={
            <RequireCapability capability="browseOrg">
              <UnitsPage />
            </RequireCapability>
          }
        />
        <Route
          path="users"
          element={
            <RequireCapability capability="browseOrg">
              <UsersPage />
            </RequireCapability>
          }
        />
        <Route path="graphiql" element={<GraphiQLPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
