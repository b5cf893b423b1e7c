import { lazy } from 'react';
import { useAuth } from '../../auth/auth-context';

const HomePage = lazy(() => import('../../pages/HomePage'));
const PortalHomePage = lazy(() => import('./PortalHomePage'));

/** `/`: the public portal for visitors, the user's own home once signed in. */
export default function HomeSwitch() {
  const { status } = useAuth();
  return status === 'authenticated' ? <HomePage /> : <PortalHomePage />;
}
