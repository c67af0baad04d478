// Runs graphql-http's server audits against a live endpoint and prints one JSON line per audit:
//   node audit.mjs http://127.0.0.1:5000/graphql
// Exits 1 when any audit (MUST, SHOULD or MAY) is not ok, 2 on bad usage or a crash.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  try {
    const result = await audit.fn();
    const entry = { id: result.id, name: result.name, status: result.status };
    if (result.status !== 'ok') {
      entry.reason = result.reason;
      entry.response = await describe(result.response);
    }
    results.push(entry);
  } catch (error) {
    // A throw that is not an assertion failure is fatal for that audit (e.g. connection refused).
    results.push({ id: audit.id, name: audit.name, status: 'fatal', reason: String(error?.stack ?? error) });
  }
}

for (const entry of results) console.log(JSON.stringify(entry));
const failed = results.filter((r) => r.status !== 'ok');
console.log(JSON.stringify({ summary: true, total: results.length, passed: results.length - failed.length, failed: failed.length }));
process.exit(failed.length === 0 ? 0 : 1);

async function describe(response) {
  if (!response) return undefined;
  let body;
  try {
    body = (await response.text()).slice(0, 500);
  } catch {
    body = '<body already read>';
  }
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}
