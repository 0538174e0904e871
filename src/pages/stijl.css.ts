// The site's one stylesheet, made at build time from NL Design System packages (see src/lib/stijl.ts).
import type { APIRoute } from 'astro';
import html from '@utrecht/component-library-css/dist/html.css?raw';
import thema from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?raw';
import eigen from '../styles/basis.css?raw';
import { bouwStijl, herkomstRegel, siteSelector } from '../lib/stijl.ts';
import { SITE } from '../site.config.ts';

// The pages' own stylesheets come with their page; the theme tokens they read are defined here.
const paginas = Object.entries(import.meta.glob<string>('../styles/*.css', { query: '?raw', import: 'default', eager: true }))
  .filter(([pad]) => !pad.endsWith('/basis.css'))
  .map(([, css]) => css);

export const GET: APIRoute = () =>
  new Response(bouwStijl({ html, thema, eigen: eigen + herkomstRegel(SITE), paginas, houd: siteSelector }), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
