/** Whether a string is an absolute http(s) URL: the dataset's rule for links, shared by the schema and the fast checker. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
