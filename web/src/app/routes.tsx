import { Route, Routes } from 'react-router';
import { BallotPage } from '../pages/BallotPage';
import { CampaignsPage } from '../pages/CampaignsPage';
import { CandidacyPage } from '../pages/CandidacyPage';
import { CouncilPage } from '../pages/CouncilPage';
import { CouncilsPage } from '../pages/CouncilsPage';
import { EditModelPage } from '../pages/EditModelPage';
import { GraphiQLPage } from '../pages/GraphiQLPage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { ModelPage } from '../pages/ModelPage';
import { ModelsPage } from '../pages/ModelsPage';
import { NewModelPage } from '../pages/NewModelPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { QueuePage } from '../pages/QueuePage';
import { RoundPage } from '../pages/RoundPage';
import { ScoringPage } from '../pages/ScoringPage';
import { UnitsPage } from '../pages/UnitsPage';
import { UsersPage } from '../pages/UsersPage';
import { RequireAuth, RequireCapability, RequireCouncilAccess } from './guards';
import { Layout } from './Layout';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
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
