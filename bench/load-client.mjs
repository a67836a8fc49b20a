/**
 * A closed-loop HTTP load client for the benchmarks, run as its own process so it does not share the event loop
 * of the server it measures: `node bench/load-client.mjs <json>` with { url, headers, connections, seconds }.
 * Prints one JSON line: requests, non-2xx answers, errors, requests per second, p50 / p95 / p99 in ms.
 */
import http from 'node:http';

const { url, headers = {}, connections = 50, seconds = 5 } = JSON.parse(process.argv[2]);
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const latencies = [];
let non2xx = 0;
let errors = 0;
const stopAt = performance.now() + seconds * 1000;

function once() {
  return new Promise((resolve) => {
    const start = performance.now();
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, headers, agent },
      (response) => {
        response.resume();
        response.on('end', () => {
          latencies.push(performance.now() - start);
          if (response.statusCode < 200 || response.statusCode > 299) non2xx++;
          resolve();
        });
      },
    );
    request.on('error', () => {
      errors++;
      resolve();
    });
    request.end();
  });
}

async function loop() {
  while (performance.now() < stopAt) await once();
}

const began = performance.now();
await Promise.all(Array.from({ length: connections }, loop));
const elapsed = (performance.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
console.log(
  JSON.stringify({
    requests: latencies.length,
    non2xx,
    errors,
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  }),
);
agent.destroy();
