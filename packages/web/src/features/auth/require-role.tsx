import type { ReactNode } from 'react';
import type { Role } from '@qudao/contract';
import { NotFoundPage } from '../../ui/not-found-page';
import { useMe } from './use-me';

/** Renders its children only for the given role; others see "not found", as the navigation hides it. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const me = useMe().data;
  if (me?.role !== role) return <NotFoundPage />;
  return <>{children}</>;
}
