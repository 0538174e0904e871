import { startChromium } from '/work/wt-leren/scripts/chromium.ts';
import { preview } from 'astro';
const [root, pagina, ...selectors] = process.argv.slice(2);
const server = await preview({ root: root!, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const browser = await startChromium(process.env);
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.port}/${pagina}`);
  for (const [i, s] of selectors.entries()) await page.locator(s).first().screenshot({ path: `/tmp/x/el-${i}.png` });
} finally { await browser.close(); await server.stop(); }
