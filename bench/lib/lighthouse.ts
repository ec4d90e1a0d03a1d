import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { type Summary, summarise } from './stats';

/** The Lighthouse performance figures the bench reports. */
export const LH_METRICS = {
  score: 'performance score',
  fcp: 'first contentful paint (ms)',
  lcp: 'largest contentful paint (ms)',
  si: 'speed index (ms)',
  tbt: 'total blocking time (ms)',
  cls: 'cumulative layout shift',
} as const;
type Metric = keyof typeof LH_METRICS;
export type LhRun = Record<Metric, number>;

const AUDIT: Record<Exclude<Metric, 'score'>, string> = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  si: 'speed-index',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
};

/**
 * One Lighthouse run (performance only) in the same Chromium as the browser tests: mobile is
 * Lighthouse's default (simulated Slow 4G, 4× CPU slowdown), desktop its desktop preset.
 */
export async function lighthouseRun(
  url: string,
  preset: 'mobile' | 'desktop',
  chromePath: string,
): Promise<LhRun> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse: no result for ${url}`);
    const run = { score: Math.round((lhr.categories.performance?.score ?? 0) * 100) } as LhRun;
    for (const [k, id] of Object.entries(AUDIT))
      run[k as Metric] = lhr.audits[id]?.numericValue ?? Number.NaN;
    return run;
  } finally {
    await chrome.kill();
  }
}

export interface LhTable {
  preset: 'mobile' | 'desktop';
  rows: { metric: string; app: Summary; base: Summary; better: boolean }[];
}

/** App and baseline, alternating, `runs` each, for one preset; medians side by side. */
export async function lighthouseTable(
  app: string,
  base: string,
  preset: 'mobile' | 'desktop',
  runs: number,
  chromePath: string,
): Promise<LhTable> {
  const a: LhRun[] = [];
  const b: LhRun[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await lighthouseRun(app, preset, chromePath));
    b.push(await lighthouseRun(base, preset, chromePath));
  }
  return {
    preset,
    rows: (Object.keys(LH_METRICS) as Metric[]).map((k) => {
      const sa = summarise(a.map((r) => r[k]));
      const sb = summarise(b.map((r) => r[k]));
      // Higher is better for the score, lower for every timing and for layout shift.
      const better = k === 'score' ? sa.median >= sb.median : sa.median <= sb.median;
      return { metric: LH_METRICS[k], app: sa, base: sb, better };
    }),
  };
}
