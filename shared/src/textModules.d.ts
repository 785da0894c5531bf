/** Text files bundled as strings by esbuild's "text" loader (see esbuild.mjs). */
declare module '*.txt' {
  const text: string;
  export default text;
}
