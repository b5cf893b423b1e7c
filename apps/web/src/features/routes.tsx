import { cloneElement, isValidElement } from 'react';
import { Route } from 'react-router';
import type { RouteAccess } from './feature';
import { webFeatures } from './index';

/** The `<Route>`s of every feature with this access, for routes.tsx to place in its public or signed-in branch. */
export function featureRoutes(access: RouteAccess) {
  return webFeatures.flatMap(({ name, routes = [] }) =>
    routes.flatMap((route, i) => {
      const key = `${name}-${i}`;
      if (isValidElement(route)) return access === 'signed-in' ? [cloneElement(route, { key })] : [];
      return (route.access ?? 'signed-in') === access
        ? [<Route key={key} path={route.path} element={route.element} />]
        : [];
    }),
  );
}
