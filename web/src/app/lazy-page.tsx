import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A page loaded when first opened, in a chunk of its own: keeps the first page's JavaScript
 * small. The pages export by name, so `name` picks the component out of the module.
 */
export const lazyPage = <Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType => {
  const Page = lazy(async () => {
    const component: ComponentType = (await load())[name];
    return { default: component };
  });
  const LazyPage = () => (
    <Suspense fallback={<div aria-busy="true" className="page-loading" />}>
      <Page />
    </Suspense>
  );
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
};
