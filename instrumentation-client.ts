import { z } from "zod";

// Runs in the browser before the app's code. zod probes `new Function` to decide whether to
// compile fast parsers; under our CSP (no 'unsafe-eval') the probe is blocked and reported as a
// violation, so the browser uses zod's plain parsers from the start.
z.config({ jitless: true });
