package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/errcodecheck/errcodecheck/bench/gen"
	"github.com/errcodecheck/errcodecheck/bench/internal/drive"
)

// corpus is one set of packages to measure.
type corpus struct {
	name     string
	dir      string
	patterns []string
	manifest *gen.Manifest // nil for std
}

// run is one measured process.
type run struct {
	corpus, analyzer string
	rep              int
	wall, cpu        time.Duration // cpu: user+sys of the process and its children
	maxRSS           int64         // KiB
	load             float64       // 1-minute load average when the run started
	res              drive.Result
}

type harness struct {
	exe       string
	reps      int
	analyzers []string
	log       io.Writer
	runs      []run
}

func harnessMain(args []string) int {
	fs := flag.NewFlagSet("benchrun", flag.ExitOnError)
	reps := fs.Int("reps", 5, "measured repetitions per corpus and analyzer")
	corporaFlag := fs.String("corpora", "std,full,half", "comma-separated corpora: std, full, half")
	analyzersFlag := fs.String("analyzers", "noop,printf,errcodecheck", "comma-separated analyzers, in interleaving order: "+strings.Join(drive.Names, ", "))
	pkgs := fs.Int("packages", 500, "packages of the full generated corpus (half: half as many)")
	ctors := fs.Int("constructions", 100000, "constructions of the full generated corpus (half: half as many)")
	seed := fs.Uint64("seed", 1, "generator seed")
	cache := fs.String("cache", "", "`directory` for generated corpora (default: the user cache directory)")
	out := fs.String("o", "", "also write the report to `file`")
	check := fs.Bool("check", true, "compare errcodecheck's diagnostics on generated corpora with the planted mistakes (one unmeasured run)")
	vetN := fs.Int("vetstart", 300, "time this many in-process per-package starts (0: skip)")
	vetCold := fs.Int("vetcold", 100, "time the first package of this many fresh processes (0: skip)")
	vetProcs := fs.Int("vetprocess", 100, "time this many vet tool processes per analyzer (0: skip)")
	fs.Usage = usage(fs, "usage: benchrun [flags]\n       benchrun analyze [flags] PATTERN...\n       benchrun vetstart [-n N]")
	_ = fs.Parse(args) // ExitOnError: it exits on a bad flag
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	exe, err := os.Executable()
	if err != nil {
		return fail("%v", err)
	}
	h := &harness{exe: exe, reps: *reps, analyzers: split(*analyzersFlag), log: os.Stderr}
	for _, a := range h.analyzers {
		if _, err := drive.Analyzer(a); err != nil {
			return fail("%v", err)
		}
	}
	if *cache == "" {
		*cache = defaultCache()
	}
	var corpora []*corpus
	for _, name := range split(*corporaFlag) {
		c, err := h.corpus(name, *cache, gen.Options{Packages: *pkgs, Constructions: *ctors, Seed: *seed})
		if err != nil {
			return fail("%v", err)
		}
		corpora = append(corpora, c)
	}

	rep := &report{reps: *reps, analyzers: h.analyzers, started: time.Now()}
	for _, c := range corpora {
		if c.manifest != nil && *check {
			chk, err := h.check(c)
			if err != nil {
				return fail("%v", err)
			}
			rep.checks = append(rep.checks, chk)
		} else {
			// One unmeasured run warms the file and build caches.
			fmt.Fprintf(h.log, "%s: warming up\n", c.name)
			if _, err := h.exec(c, h.analyzers[0]); err != nil {
				return fail("%v", err)
			}
		}
		if err := h.measure(c); err != nil {
			return fail("%v", err)
		}
	}
	if *vetN > 0 {
		fmt.Fprintf(h.log, "timing %d per-package starts\n", *vetN)
		r, err := measureVetStart(*vetN)
		if err != nil {
			return fail("vetstart: %v", err)
		}
		rep.vet = &r
	}
	if *vetCold > 0 {
		fmt.Fprintf(h.log, "timing %d cold starts\n", *vetCold)
		r, err := measureColdStart(exe, *vetCold)
		if err != nil {
			return fail("%v", err)
		}
		rep.cold = &r
	}
	if *vetProcs > 0 {
		fmt.Fprintf(h.log, "timing %d vet tool processes per analyzer\n", *vetProcs)
		r, err := measureVetProcess(exe, *vetProcs)
		if err != nil {
			return fail("vet tool: %v", err)
		}
		rep.vetProc = &r
	}
	rep.corpora, rep.runs = corpora, h.runs
	var buf bytes.Buffer
	rep.write(&buf)
	os.Stdout.Write(buf.Bytes())
	if *out != "" {
		if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
			return fail("%v", err)
		}
	}
	return 0
}

func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// corpus returns the named corpus, generating it when needed.
func (h *harness) corpus(name, cache string, full gen.Options) (*corpus, error) {
	switch name {
	case "std":
		goroot, err := exec.Command("go", "env", "GOROOT").Output()
		if err != nil {
			return nil, fmt.Errorf("go env GOROOT: %v", err)
		}
		return &corpus{name: "std", dir: filepath.Join(strings.TrimSpace(string(goroot)), "src"), patterns: []string{"std"}}, nil
	case "full", "half":
		o := full
		if name == "half" {
			o.Packages, o.Constructions = o.Packages/2, o.Constructions/2
		}
		dir := filepath.Join(cache, fmt.Sprintf("corpus-v%d-p%d-c%d-s%d", gen.Version, o.Packages, o.Constructions, o.Seed))
		m, err := gen.ReadManifest(dir)
		if err != nil || m.Version != gen.Version || m.Options != o {
			fmt.Fprintf(h.log, "generating %s corpus in %s\n", name, dir)
			if m, err = gen.Generate(dir, o); err != nil {
				return nil, err
			}
		}
		return &corpus{name: name, dir: dir, patterns: []string{"./..."}, manifest: m}, nil
	}
	return nil, fmt.Errorf("unknown corpus %q (want std, full or half)", name)
}

// exec runs one analysis process and measures it.
func (h *harness) exec(c *corpus, analyzer string, extra ...string) (run, error) {
	args := append([]string{"analyze", "-json", "-analyzer", analyzer, "-dir", c.dir}, extra...)
	args = append(args, c.patterns...)
	cmd := exec.Command(h.exe, args...)
	cmd.Dir = c.dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	r := run{corpus: c.name, analyzer: analyzer, load: loadAverage()}
	t := time.Now()
	err := cmd.Run()
	r.wall = time.Since(t)
	if err != nil {
		return r, fmt.Errorf("%s on %s: %v\n%s", analyzer, c.name, err, stderr.String())
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSS = ru.Maxrss // KiB on Linux
	}
	r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if err := json.Unmarshal(stdout.Bytes(), &r.res); err != nil {
		return r, fmt.Errorf("%s on %s: bad result: %v\n%s", analyzer, c.name, err, stdout.String())
	}
	return r, nil
}

// measure runs every analyzer reps times on c, interleaved.
func (h *harness) measure(c *corpus) error {
	for i := range h.reps {
		for _, a := range h.analyzers {
			r, err := h.exec(c, a)
			if err != nil {
				return err
			}
			r.rep = i + 1
			fmt.Fprintf(h.log, "%s rep %d %-12s wall %7.2fs cpu %7.2fs rss %5d MiB (load %.1f)\n",
				c.name, r.rep, a, r.wall.Seconds(), r.cpu.Seconds(), r.maxRSS/1024, r.load)
			h.runs = append(h.runs, r)
		}
	}
	return nil
}

// loadAverage returns the 1-minute load average, or -1.
func loadAverage() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return -1
	}
	var l float64
	if _, err := fmt.Sscan(string(data), &l); err != nil {
		return -1
	}
	return l
}

// checkResult compares errcodecheck's diagnostics with a corpus's planted
// mistakes.
type checkResult struct {
	corpus     string
	byCategory map[string]*catCount
	missed     []gen.Expectation
	unexpected []drive.Diag
	silenced   int // silenced mistakes that were reported anyway
	errors     []string
}

type catCount struct{ planted, reported, matched int }

// check runs errcodecheck once (unmeasured; it also warms the caches) and
// compares its diagnostics with the manifest.
func (h *harness) check(c *corpus) (*checkResult, error) {
	f, err := os.CreateTemp("", "errcodecheck-diags-*.json")
	if err != nil {
		return nil, err
	}
	f.Close()
	defer os.Remove(f.Name())
	fmt.Fprintf(h.log, "%s: checking errcodecheck's diagnostics against the planted mistakes\n", c.name)
	r, err := h.exec(c, "errcodecheck", "-diags", f.Name())
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(f.Name())
	if err != nil {
		return nil, err
	}
	var diags []drive.Diag
	if err := json.Unmarshal(data, &diags); err != nil {
		return nil, err
	}
	return compare(c, diags, r.res.Errors), nil
}

func compare(c *corpus, diags []drive.Diag, errs []string) *checkResult {
	type key struct {
		file     string
		line     int
		category string
	}
	cr := &checkResult{corpus: c.name, byCategory: map[string]*catCount{}, errors: errs}
	count := func(cat string) *catCount {
		if cr.byCategory[cat] == nil {
			cr.byCategory[cat] = &catCount{}
		}
		return cr.byCategory[cat]
	}
	want := map[key]bool{}
	for _, e := range c.manifest.Expected {
		want[key{e.File, e.Line, e.Category}] = true
		count(e.Category).planted++
	}
	silenced := map[key]bool{}
	for _, e := range c.manifest.Silenced {
		silenced[key{e.File, e.Line, e.Category}] = true
	}
	got := map[key]bool{}
	for _, d := range diags {
		k := key{d.File, d.Line, d.Category}
		count(d.Category).reported++
		switch {
		case want[k] && !got[k]:
			count(d.Category).matched++
		case silenced[k]:
			cr.silenced++
			cr.unexpected = append(cr.unexpected, d)
		default:
			cr.unexpected = append(cr.unexpected, d)
		}
		got[k] = true
	}
	for _, e := range c.manifest.Expected {
		if !got[key{e.File, e.Line, e.Category}] {
			cr.missed = append(cr.missed, e)
		}
	}
	return cr
}

// medians of a set of runs.
type stats struct {
	n                       int
	wall, cpu, analyze      time.Duration
	wallMin, wallMax        time.Duration
	rss                     int64
	roots, packages, errors int
}

func summarize(runs []run) (stats, bool) {
	if len(runs) == 0 {
		return stats{}, false
	}
	var walls, cpus, ans []time.Duration
	var rss []int64
	for _, r := range runs {
		walls = append(walls, r.wall)
		cpus = append(cpus, r.cpu)
		ans = append(ans, time.Duration(r.res.AnalyzeMS*float64(time.Millisecond)))
		rss = append(rss, r.maxRSS)
	}
	s := stats{
		n: len(runs), wall: median(walls), cpu: median(cpus), analyze: median(ans), rss: median(rss),
		wallMin: slices.Min(walls), wallMax: slices.Max(walls),
		roots: runs[0].res.Roots, packages: runs[0].res.Packages, errors: runs[0].res.ErrorCount,
	}
	return s, true
}

// median returns the median (the mean of the middle two for even counts).
func median[T time.Duration | int64](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
