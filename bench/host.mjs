/**
 * What the host's cores give two busy threads, independent of talklint: `node bench/host.mjs
 * <kind>` runs one arithmetic loop and prints {"kind", "ms"}; run.mjs times one copy alone and
 * two copies at once (two processes) and reports how much more work the pair does per second.
 *
 *   chain  one dependent chain of multiplications: each step waits for the one before (the
 *          core's execution units mostly idle). Two such loops scale ~2× on two hardware threads
 *          of one core as well as on two cores.
 *   ilp    six independent chains of additions and shifts: the core's execution units busy every
 *          cycle, as in talklint's hot loops. Two such loops scale ~2× on two cores, but far less
 *          when the two vCPUs are hardware threads (SMT) of one physical core, which then shares
 *          its units, caches and buffers between them.
 *
 * A virtual machine's topology need not say which (this one's /proc/cpuinfo reports one thread
 * per core): the ratio of the two scalings does. It says nothing about memory: on the benchmark's
 * VM the six-chain loop scaled 1.96–2.0× in rounds where two talklint processes got 1.3–1.6×. Each loop is a function warmed on a small count
 * first, so that the timed run is the optimised code (a loop at a script's top level is compiled
 * on the fly part way through, and its time then varied 4× from run to run).
 */
const kind = process.argv[2];

function chain(n) {
  let h = 0;
  for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + i) | 0;
  return h;
}

function ilp(n) {
  let a = 1,
    b = 2,
    c = 3,
    d = 4,
    e = 5,
    f = 6;
  for (let i = 0; i < n; i++) {
    a = (a + i) | 0;
    b = (b ^ (i << 1)) | 0;
    c = (c + (i >> 1)) | 0;
    d = (d - i) | 0;
    e = (e ^ (i + 7)) | 0;
    f = (f + (i & 255)) | 0;
  }
  return a ^ b ^ c ^ d ^ e ^ f;
}

const loops = { chain: [chain, 2e8], ilp: [ilp, 5e8] };
if (!(kind in loops)) {
  process.stderr.write(`usage: node bench/host.mjs ${Object.keys(loops).join('|')}\n`);
  process.exit(2);
}
const [loop, count] = loops[kind];
loop(1e6);
loop(1e6);
const t = performance.now();
const check = loop(count);
const ms = performance.now() - t;
process.stdout.write(JSON.stringify({ kind, ms, check }) + '\n');
