/**
 * A promise rejected with nobody to catch it is a fault to fix, but not a reason to stop serving every
 * other request: Node's default ends the process. It is reported (without the values of a failed
 * statement) and the server keeps running (ADR 0015). Uncaught exceptions keep Node's default: the state
 * of the process is unknown after one.
 */
import { loggableError } from './http/loggable-error.js';

type RejectionReporter = (reason: unknown) => void;

let reporter: RejectionReporter = (reason) => {
  console.error(
    '未处理的 Promise 拒绝 / unhandled promise rejection (still serving):',
    JSON.stringify(loggableError(reason)),
  );
};

/** Installs the process-wide handler once; `reportTo` (e.g. the app's logger) replaces stderr later. */
export function keepServingOnUnhandledRejection(reportTo?: RejectionReporter): void {
  if (reportTo) reporter = reportTo;
  if (!process.listeners('unhandledRejection').includes(onUnhandledRejection))
    process.on('unhandledRejection', onUnhandledRejection);
}

function onUnhandledRejection(reason: unknown): void {
  reporter(reason);
}
