/** Images imported by the renderer become URLs (Vite). */
declare module '*.png' {
  const url: string
  export default url
}
