// Loaded with `node --import` into a child process the benchmark measures: reports the child's
// peak resident memory (kilobytes) on its last line of stderr, whatever the child does.
process.on("exit", () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
