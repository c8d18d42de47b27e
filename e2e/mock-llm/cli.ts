/** `npm run mock-llm`: the loopback model server for demos and manual testing, until Ctrl-C. */
import { startMockLlm } from './server';
import { SCENARIO_MARKERS } from './scenario';

const port = Number(process.env['PORT'] ?? 8787);
// --ollama: refuse browser-extension origins with 403, as a stock Ollama does (see README "Use a local model").
const refuseExtensionOrigins = process.argv.includes('--ollama');
const mock = await startMockLlm({ port, refuseExtensionOrigins });

console.log(`Mock Messages API listening on ${mock.url}${refuseExtensionOrigins ? ' (refusing extension origins, like a stock Ollama)' : ''}`);
console.log('  Use it as the API base URL in Settings, with any API key (keys starting sk-bad / sk-forbidden are refused).');
console.log(`  Put markers like [[mock:slow]] in the job description: ${SCENARIO_MARKERS.map((m) => `[[mock:${m}]]`).join(' ')}`);

const stop = () => {
  void mock.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
