// Imported first by the form's browser entry (bijdragen.ts): zod's fast path compiles validators with
// `new Function`, which the site's CSP (no 'unsafe-eval') forbids, and merely probing for it raises a CSP
// violation. The probe runs when a schema object is built, i.e. while src/schema/index.ts loads, so the
// setting must come before it. Any other browser code that builds a zod schema must import this first too.
import { z } from 'zod';

z.config({ jitless: true });
