/** Vite's `?inline`: a stylesheet as a string, for the overlay's shadow root. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
