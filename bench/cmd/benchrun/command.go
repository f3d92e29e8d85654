package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/errcodecheck/errcodecheck/bench/gen"
)

// The whole-command comparison ("benchrun cmd", bench/cmd.sh): the built
// errcodecheck command against singlechecker binaries, each run as a user
// runs it, one process per run, on the same targets.

// tool is a command to build and run.
type tool struct {
	name string
	pkg  string // main package, relative to the module root
	ok   []int  // exit statuses of a successful run
}

// tools are the commands the comparison knows. factsfloor is the baseline
// of the ratios: no analyzer with facts costs less through singlechecker.
var tools = []tool{
	{"factsfloor", "./bench/cmd/factsfloor", []int{0, 3}},
	{"noopfacts", "./bench/cmd/noopfacts", []int{0, 3}},
	{"errcodecheck", "./cmd/errcodecheck", []int{0, 3}}, // 3: findings (the corpus plants mistakes)
}

const cmdBaseline = "factsfloor"

func toolNamed(name string) (tool, bool) {
	for _, t := range tools {
		if t.name == name {
			return t, true
		}
	}
	return tool{}, false
}

// cmdRun is one measured process.
type cmdRun struct {
	target, tool string
	rep          int
	wall, cpu    time.Duration // cpu: user+sys of the process and its children (go list)
	maxRSS       int64         // KiB: the largest process of the tree
	load         float64
	exit         int
	outLines     int // lines on standard output and error (findings, errors)
}

type cmdHarness struct {
	bins   map[string]string // tool -> executable
	flags  []string          // given to every tool before the patterns
	reps   int
	order  []string
	log    io.Writer
	runs   []cmdRun
	goVers string
}

func commandMain(args []string) int {
	fs := flag.NewFlagSet("cmd", flag.ExitOnError)
	reps := fs.Int("reps", 5, "measured repetitions per target and tool")
	targetsFlag := fs.String("targets", "std,full", "comma-separated targets: std, full, half")
	var names []string
	for _, t := range tools {
		names = append(names, t.name)
	}
	toolsFlag := fs.String("tools", "factsfloor,errcodecheck", "comma-separated commands, in interleaving order: "+strings.Join(names, ", "))
	toolFlags := fs.String("flags", "", "space-separated flags given to every command, such as -test=false")
	exes := map[string]string{}
	fs.Func("exe", "`NAME=PATH`: run the executable PATH as command NAME instead of building it, or as an extra command to list in -tools (say, errcodecheck-before built from an older tree); repeatable", func(v string) error {
		name, path, ok := strings.Cut(v, "=")
		if !ok || name == "" || path == "" {
			return fmt.Errorf("want NAME=PATH, got %q", v)
		}
		exes[name] = path
		return nil
	})
	pkgs := fs.Int("packages", 500, "packages of the full generated corpus (half: half as many)")
	ctors := fs.Int("constructions", 100000, "constructions of the full generated corpus (half: half as many)")
	seed := fs.Uint64("seed", 1, "generator seed")
	cache := fs.String("cache", "", "`directory` for generated corpora (default: the user cache directory)")
	bin := fs.String("bin", "", "`directory` to build the commands in (default: a temporary one)")
	out := fs.String("o", "", "also write the report to `file`")
	fs.Usage = usage(fs, "usage: benchrun cmd [flags]")
	_ = fs.Parse(args) // ExitOnError: it exits on a bad flag
	if fs.NArg() > 0 || *reps < 1 {
		fs.Usage()
		return 2
	}
	h := &cmdHarness{bins: map[string]string{}, flags: strings.Fields(*toolFlags), reps: *reps, order: split(*toolsFlag), log: os.Stderr}
	if !slices.Contains(h.order, cmdBaseline) {
		return fail("-tools must include %s, the baseline of the ratios", cmdBaseline)
	}
	for name, path := range exes {
		if _, ok := toolNamed(name); !ok {
			tools = append(tools, tool{name: name, ok: []int{0, 3}})
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return fail("%v", err)
		}
		h.bins[name] = abs
	}
	for _, name := range h.order {
		if _, ok := toolNamed(name); !ok {
			return fail("unknown tool %q (want one of %s, or one given with -exe)", name, strings.Join(names, ", "))
		}
	}
	if *bin == "" {
		dir, err := os.MkdirTemp("", "errcodecheck-cmdbench-")
		if err != nil {
			return fail("%v", err)
		}
		defer os.RemoveAll(dir)
		*bin = dir
	}
	if err := h.build(*bin); err != nil {
		return fail("%v", err)
	}
	if *cache == "" {
		*cache = defaultCache()
	}
	gh := &harness{log: os.Stderr}
	var targets []*corpus
	for _, name := range split(*targetsFlag) {
		c, err := gh.corpus(name, *cache, gen.Options{Packages: *pkgs, Constructions: *ctors, Seed: *seed})
		if err != nil {
			return fail("%v", err)
		}
		targets = append(targets, c)
	}
	started := time.Now()
	for _, c := range targets {
		// One unmeasured run of each tool warms the file and build caches.
		for _, name := range h.order {
			fmt.Fprintf(h.log, "%s: warming up %s\n", c.name, name)
			if _, err := h.exec(c, name); err != nil {
				return fail("%v", err)
			}
		}
		for i := range h.reps {
			for _, name := range h.order {
				r, err := h.exec(c, name)
				if err != nil {
					return fail("%v", err)
				}
				r.rep = i + 1
				fmt.Fprintf(h.log, "%s rep %d %-12s wall %7.2fs cpu %7.2fs rss %5d MiB exit %d (load %.1f)\n",
					c.name, r.rep, name, r.wall.Seconds(), r.cpu.Seconds(), r.maxRSS/1024, r.exit, r.load)
				h.runs = append(h.runs, r)
			}
		}
	}
	var buf bytes.Buffer
	h.write(&buf, targets, started)
	os.Stdout.Write(buf.Bytes())
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			return fail("%v", err)
		}
	}
	return 0
}

func defaultCache() string {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	return filepath.Join(base, "errcodecheck-bench")
}

// build builds every tool in the module that holds this harness's sources.
func (h *cmdHarness) build(dir string) error {
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return fmt.Errorf("go env GOMOD: %v", err)
	}
	root := filepath.Dir(strings.TrimSpace(string(gomod)))
	if _, err := os.Stat(filepath.Join(root, "cmd", "errcodecheck")); err != nil {
		return fmt.Errorf("run benchrun cmd inside the errcodecheck module: %v", err)
	}
	v, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return fmt.Errorf("go env GOVERSION: %v", err)
	}
	h.goVers = strings.TrimSpace(string(v))
	for _, name := range h.order {
		if h.bins[name] != "" {
			continue // given with -exe
		}
		t, _ := toolNamed(name)
		exe := filepath.Join(dir, name)
		fmt.Fprintf(h.log, "building %s (%s)\n", name, t.pkg)
		cmd := exec.Command("go", "build", "-o", exe, t.pkg)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", t.pkg, err, out)
		}
		h.bins[name] = exe
	}
	return nil
}

// tailWriter counts lines and keeps the last bytes written, for errors.
type tailWriter struct {
	lines int
	tail  []byte
}

func (w *tailWriter) Write(p []byte) (int, error) {
	w.lines += bytes.Count(p, []byte("\n"))
	w.tail = append(w.tail, p...)
	if n := len(w.tail) - 4096; n > 0 {
		w.tail = w.tail[n:]
	}
	return len(p), nil
}

// exec runs one tool once on target c, as a user runs it, and measures it.
func (h *cmdHarness) exec(c *corpus, name string) (cmdRun, error) {
	t, _ := toolNamed(name)
	args := append(slices.Clone(h.flags), c.patterns...)
	cmd := exec.Command(h.bins[name], args...)
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	var out tailWriter
	cmd.Stdout, cmd.Stderr = &out, &out
	r := cmdRun{target: c.name, tool: name, load: loadAverage()}
	start := time.Now()
	err := cmd.Run()
	r.wall = time.Since(start)
	if err != nil {
		if ee := (*exec.ExitError)(nil); !errors.As(err, &ee) {
			return r, fmt.Errorf("%s on %s: %v", name, c.name, err)
		}
	}
	r.exit = cmd.ProcessState.ExitCode()
	if !slices.Contains(t.ok, r.exit) {
		return r, fmt.Errorf("%s on %s: exit status %d\n%s", name, c.name, r.exit, out.tail)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss // KiB on Linux
	}
	r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	r.outLines = out.lines
	return r, nil
}

func (h *cmdHarness) of(target, tool string) []cmdRun {
	var rs []cmdRun
	for _, r := range h.runs {
		if r.target == target && r.tool == tool {
			rs = append(rs, r)
		}
	}
	return rs
}

// pairedRatio is the median over repetitions of tool's value divided by
// the baseline's in the same repetition: the runs of one repetition follow
// each other, so they see about the same machine load.
func (h *cmdHarness) pairedRatio(target, tool string, pick func(cmdRun) float64) float64 {
	base := h.of(target, cmdBaseline)
	var rs []float64
	for _, r := range h.of(target, tool) {
		for _, b := range base {
			if b.rep == r.rep && pick(b) > 0 {
				rs = append(rs, pick(r)/pick(b))
			}
		}
	}
	if len(rs) == 0 {
		return 0
	}
	slices.Sort(rs)
	if len(rs)%2 == 1 {
		return rs[len(rs)/2]
	}
	return (rs[len(rs)/2-1] + rs[len(rs)/2]) / 2
}

type cmdStats struct {
	wall, wallMin, wallMax, cpu time.Duration
	rss                         int64
	lines                       int
}

func summarizeCmd(rs []cmdRun) cmdStats {
	var walls, cpus []time.Duration
	var rss []int64
	for _, r := range rs {
		walls = append(walls, r.wall)
		cpus = append(cpus, r.cpu)
		rss = append(rss, r.maxRSS)
	}
	return cmdStats{
		wall: median(walls), wallMin: slices.Min(walls), wallMax: slices.Max(walls),
		cpu: median(cpus), rss: median(rss), lines: rs[0].outLines,
	}
}

// cmdLimit is the goal: the command within 1.05x of the floor.
const cmdLimit = 1.05

func (h *cmdHarness) write(w io.Writer, targets []*corpus, started time.Time) {
	var loads []float64
	for _, r := range h.runs {
		if r.load >= 0 {
			loads = append(loads, r.load)
		}
	}
	fmt.Fprintf(w, "# errcodecheck command vs singlechecker\n\n")
	fmt.Fprintf(w, "%s (harness %s) %s/%s, %d CPUs, %d measured repetitions per target and command, interleaved (%s), after one unmeasured run of each; started %s.",
		h.goVers, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), h.reps, strings.Join(h.order, ", "),
		started.UTC().Format(time.RFC3339))
	if len(loads) > 0 {
		fmt.Fprintf(w, " 1-minute load average at run starts: %.1f to %.1f.", slices.Min(loads), slices.Max(loads))
		if slices.Max(loads) > float64(runtime.NumCPU()) {
			fmt.Fprintf(w, " The machine was busier than its CPUs: wall times measure the other load as much as the commands; read CPU times and peak RSS.")
		}
	}
	flags := "none"
	if len(h.flags) > 0 {
		flags = strings.Join(h.flags, " ")
	}
	fmt.Fprintf(w, "\nEach run is one process of the built command on the target's patterns (std in $GOROOT/src, ./... in the generated corpus), with its default flags (tests loaded) plus: %s. Peak RSS is ru_maxrss of the process tree's largest process (go list included). The ratios are against %s; \"paired\" is the median of the per-repetition ratios.\n\n", flags, cmdBaseline)
	fmt.Fprintf(w, "| target | command | wall | wall min-max | CPU user+sys | peak RSS | output lines | wall / floor | paired | CPU / floor | RSS / floor | paired |\n")
	fmt.Fprintf(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	type verdict struct {
		what string
		v    float64
		info bool // not a goal: shown for information
	}
	var vs []verdict
	wall := func(r cmdRun) float64 { return float64(r.wall) }
	rss := func(r cmdRun) float64 { return float64(r.maxRSS) }
	for _, c := range targets {
		base := summarizeCmd(h.of(c.name, cmdBaseline))
		for _, name := range h.order {
			s := summarizeCmd(h.of(c.name, name))
			pw, pr := h.pairedRatio(c.name, name, wall), h.pairedRatio(c.name, name, rss)
			fmt.Fprintf(w, "| %s | %s | %s | %s-%s | %s | %s | %d | %s | %.3fx | %s | %s | %.3fx |\n",
				c.name, name, secs(s.wall), secs(s.wallMin), secs(s.wallMax), secs(s.cpu), mib(s.rss), s.lines,
				ratio(s.wall, base.wall), pw, ratio(s.cpu, base.cpu), ratio(s.rss, base.rss), pr)
			if name == "errcodecheck" {
				vs = append(vs,
					verdict{c.name + ": errcodecheck wall within 1.05x of " + cmdBaseline, float64(s.wall) / float64(base.wall), false},
					verdict{c.name + ": errcodecheck peak RSS within 1.05x of " + cmdBaseline, float64(s.rss) / float64(base.rss), false},
					verdict{c.name + ": errcodecheck CPU user+sys vs " + cmdBaseline, float64(s.cpu) / float64(base.cpu), true})
			}
		}
	}
	if len(vs) > 0 {
		fmt.Fprintf(w, "\n| target | measured (ratio of medians) | verdict |\n|---|---:|---|\n")
		for _, v := range vs {
			verdict := "met"
			switch {
			case v.info:
				verdict = "information (steadier than wall on a busy machine)"
			case v.v > cmdLimit:
				verdict = "**missed**"
			}
			fmt.Fprintf(w, "| %s | %.3fx | %s |\n", v.what, v.v, verdict)
		}
	}
	fmt.Fprintf(w, "\n### Raw runs\n\n| target | rep | command | wall s | CPU s | peak RSS MiB | exit | load avg |\n|---|---:|---|---:|---:|---:|---:|---:|\n")
	for _, r := range h.runs {
		fmt.Fprintf(w, "| %s | %d | %s | %.2f | %.2f | %.0f | %d | %.1f |\n",
			r.target, r.rep, r.tool, r.wall.Seconds(), r.cpu.Seconds(), float64(r.maxRSS)/1024, r.exit, r.load)
	}
}
