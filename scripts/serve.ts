// npm run serve: serve the built site (dist/) on http://127.0.0.1:4321
import { fileURLToPath } from "node:url";
import { serve } from "./static-server.ts";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const port = Number(process.env.PORT ?? 4321);
const { url } = await serve(dist, port);
console.log(`Serving ${dist} at ${url}/`);
