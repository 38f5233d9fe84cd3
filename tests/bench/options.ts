// `npm run bench -- [options]`: everything is on by default; skip parts to get an answer sooner.
export type Options = {
  runs: number;
  sizes: number[];
  lighthouse: boolean;
  scaling: boolean;
  floor: boolean;
  keep: boolean;
  port: number;
};

const usage = `usage: npm run bench -- [--runs 5] [--sizes 200,1000] [--skip-lighthouse] [--skip-scaling] [--skip-floor] [--keep] [--port 4430]
  --runs N           Lighthouse runs per page type; the median is reported (default 5)
  --sizes A,B        numbers of generated story pages for the build scaling (default 200,1000)
  --skip-lighthouse  only page weights and requests
  --skip-scaling     no builds with generated stories
  --skip-floor       do not build the bare Next.js page that sets the JavaScript floor
  --keep             keep the temporary copies in .bench/ for a look afterwards`;

export function parseOptions(args: string[]): Options {
  const options: Options = { runs: 5, sizes: [200, 1000], lighthouse: true, scaling: true, floor: true, keep: false, port: 4430 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${usage}`);
      return next;
    };
    if (arg === '--runs') options.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (arg === '--sizes')
      options.sizes = value()
        .split(',')
        .map((size) => Number.parseInt(size, 10))
        .filter((size) => size > 0);
    else if (arg === '--port') options.port = Number.parseInt(value(), 10);
    else if (arg === '--skip-lighthouse') options.lighthouse = false;
    else if (arg === '--skip-scaling') options.scaling = false;
    else if (arg === '--skip-floor') options.floor = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${usage}`);
  }
  return options;
}
