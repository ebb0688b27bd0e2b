// The build every first-load figure is measured with (scripts/size.mjs, scripts/floor.mjs): the app
// bundled for the browser as a production bundler would (ESM, code splitting, minified, NODE_ENV
// "production"), in memory, with the metafile that tells which chunk holds what.
export const firstLoadBuild = {
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  outdir: 'size-out',
  write: false,
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
}
