import * as esbuild from 'esbuild';
import path from 'node:path';
await esbuild.build({
  entryPoints: [path.resolve(import.meta.dirname, 'decap-entry.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: path.resolve('decap-serializers.cjs'),
  loader: { '.js': 'jsx' },
  logLevel: 'warning',
  plugins: [
    {
      name: 'stub',
      setup(b) {
        b.onResolve({ filter: /MarkdownControl$/ }, () => ({ path: path.resolve(import.meta.dirname, 'decap-stub.js') }));
      },
    },
  ],
});
