// One formatter for every count the app shows: "100,000 events" reads better
// than "100000 events", and `toLocaleString` would build a new one per call.
const COUNT = new Intl.NumberFormat('en');

export function formatCount(count: number): string {
  return COUNT.format(count);
}
