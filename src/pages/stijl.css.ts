// The site's one stylesheet, made at build time from NL Design System packages (see src/lib/stijl.ts).
import type { APIRoute } from 'astro';
import html from '@utrecht/component-library-css/dist/html.css?raw';
import thema from '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css?raw';
import eigen from '../styles/basis.css?raw';
import { bouwStijl, siteSelector } from '../lib/stijl.ts';

export const GET: APIRoute = () =>
  new Response(bouwStijl({ html, thema, eigen, houd: siteSelector }), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
