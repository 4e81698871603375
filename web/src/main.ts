import './styles.css';
import { analyzePage } from './pages/analyze-page.js';
import { articlePage } from './pages/article-page.js';
import { claimsPage } from './pages/claims-page.js';
import { dyadPage } from './pages/dyad-page.js';
import { entityPage } from './pages/entity-page.js';
import { graphPage } from './pages/graph-page.js';
import { searchPage } from './pages/search-page.js';
import { storiesPage } from './pages/stories-page.js';
import { startRouter, type Route } from './router.js';

const routes: readonly Route[] = [
  { pattern: /^\/$/, page: searchPage },
  { pattern: /^\/articles\/([^/]+)\/?$/, page: articlePage },
  { pattern: /^\/entities\/([^/]+)\/?$/, page: entityPage },
  { pattern: /^\/dyads\/([^/]+)\/([^/]+)\/?$/, page: dyadPage },
  { pattern: /^\/graph\/?$/, page: graphPage },
  { pattern: /^\/claims\/?$/, page: claimsPage },
  { pattern: /^\/stories\/?$/, page: storiesPage },
  { pattern: /^\/analyze\/?$/, page: analyzePage },
];

startRouter(routes, document.getElementById('main')!);
