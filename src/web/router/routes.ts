import { type ComponentType, type LazyExoticComponent, lazy } from "react";
import type { RouteParams } from "../../pages/match-route.ts";
import { notFoundPage, type WebPage, webPages } from "../../pages/web-pages.ts";

/** What every page receives from the router. */
export interface PageProps {
  params: RouteParams;
  query: URLSearchParams;
}

/** One page of the app: its path pattern, its title and the lazily loaded component. */
export interface AppRoute {
  path: string;
  title: string;
  page: LazyExoticComponent<ComponentType<PageProps>>;
}

// Each page is its own file, loaded when first shown.
const modules = import.meta.glob<{ default: ComponentType<PageProps> }>("../pages/*-page.tsx");
const loaded = new Map<string, LazyExoticComponent<ComponentType<PageProps>>>();

function routeOf(page: WebPage): AppRoute {
  const load = modules[`../pages/${page.module}.tsx`];
  if (!load) throw new Error(`No page module src/web/pages/${page.module}.tsx for ${page.path}.`);
  const component = loaded.get(page.module) ?? lazy(load);
  loaded.set(page.module, component);
  return { path: page.path, title: page.title, page: component };
}

/** Every page of the app (`src/pages/web-pages.ts`), first match wins. */
export const routes: readonly AppRoute[] = webPages.map(routeOf);

/** The page shown when no route fits. */
export const notFoundRoute: AppRoute = routeOf(notFoundPage);
