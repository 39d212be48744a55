import { Route, Routes } from 'react-router';
import { GraphiQLPage } from '../pages/GraphiQLPage';
import { HomePage } from '../pages/HomePage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { UnitsPage } from '../pages/UnitsPage';
import { UsersPage } from '../pages/UsersPage';
import { RequireAuth, RequireCapability } from './guards';
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
