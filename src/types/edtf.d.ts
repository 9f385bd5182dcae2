// The `edtf` package ships no type declarations; the domain layer narrows its output itself.
declare module 'edtf' {
  const edtf: (input: unknown, constraints?: { level?: number }) => unknown;
  export default edtf;
  export function parse(input: string, constraints?: { level?: number }): unknown;
}
