package main

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/errcodecheck/errcodecheck/bench/gen"
	"github.com/errcodecheck/errcodecheck/bench/internal/vetstart"
)

// report renders the measurements as Markdown.
type report struct {
	reps      int
	analyzers []string
	started   time.Time
	corpora   []*corpus
	runs      []run
	checks    []*checkResult
	vet       *vetstart.Result
	vetProc   *vetProcResult
	cold      *coldResult
}

func (rp *report) stats(corpus, analyzer string) (stats, bool) {
	var rs []run
	for _, r := range rp.runs {
		if r.corpus == corpus && r.analyzer == analyzer {
			rs = append(rs, r)
		}
	}
	return summarize(rs)
}

func ratio[T time.Duration | int64](a, b T) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3fx", float64(a)/float64(b))
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

func mib(kib int64) string { return fmt.Sprintf("%.0f MiB", float64(kib)/1024) }

func (rp *report) write(w io.Writer) {
	var loads []float64
	for _, r := range rp.runs {
		if r.load >= 0 {
			loads = append(loads, r.load)
		}
	}
	fmt.Fprintf(w, "# errcodecheck performance\n\n")
	fmt.Fprintf(w, "%s %s/%s, %d CPUs, %d measured repetitions per corpus and analyzer, interleaved (%s); started %s.",
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), rp.reps, strings.Join(rp.analyzers, ", "),
		rp.started.UTC().Format(time.RFC3339))
	if len(loads) > 0 {
		fmt.Fprintf(w, " 1-minute load average at run starts: %.1f to %.1f.", slices.Min(loads), slices.Max(loads))
	}
	fmt.Fprintf(w, "\nEach run is a process: go/packages load of every package with syntax and types (LoadAllSyntax), then checker.Analyze with one analyzer.\n\n")

	fmt.Fprintf(w, "## Corpora\n\n| corpus | root packages | packages loaded | files | lines | constructions | code-symbol references |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range rp.corpora {
		s, _ := rp.stats(c.name, rp.analyzers[0])
		if m := c.manifest; m != nil {
			fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %d |\n", c.name, s.roots, s.packages, m.Files, m.Lines, m.ConstructionsTotal, m.NamespaceRefs)
		} else {
			fmt.Fprintf(w, "| %s | %d | %d | | | | |\n", c.name, s.roots, s.packages)
		}
	}

	fmt.Fprintf(w, "\n## Results (medians)\n\n")
	fmt.Fprintf(w, "| corpus | analyzer | wall | wall min-max | CPU user+sys | analysis phase | peak RSS | wall / noop | CPU / noop | RSS / noop | wall / printf | CPU / printf |\n")
	fmt.Fprintf(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range rp.corpora {
		base, hasBase := rp.stats(c.name, "noop")
		pf, hasPf := rp.stats(c.name, "printf")
		for _, a := range rp.analyzers {
			s, ok := rp.stats(c.name, a)
			if !ok {
				continue
			}
			vsNoop := [3]string{"-", "-", "-"}
			if hasBase {
				vsNoop = [3]string{ratio(s.wall, base.wall), ratio(s.cpu, base.cpu), ratio(s.rss, base.rss)}
			}
			vsPf := [2]string{"-", "-"}
			if hasPf {
				vsPf = [2]string{ratio(s.wall, pf.wall), ratio(s.cpu, pf.cpu)}
			}
			fmt.Fprintf(w, "| %s | %s | %s | %s-%s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
				c.name, a, secs(s.wall), secs(s.wallMin), secs(s.wallMax), secs(s.cpu), secs(s.analyze), mib(s.rss),
				vsNoop[0], vsNoop[1], vsNoop[2], vsPf[0], vsPf[1])
		}
	}
	full, fok := rp.stats("full", "errcodecheck")
	half, hok := rp.stats("half", "errcodecheck")
	if fok && hok {
		fmt.Fprintf(w, "\nLinearity, errcodecheck full / half: wall %s, CPU %s, analysis phase %s, peak RSS %s",
			ratio(full.wall, half.wall), ratio(full.cpu, half.cpu), ratio(full.analyze, half.analyze), ratio(full.rss, half.rss))
		if fm, hm := rp.manifest("full"), rp.manifest("half"); fm != nil && hm != nil {
			fmt.Fprintf(w, " (constructions %s, lines %s)", ratio(int64(fm.ConstructionsTotal), int64(hm.ConstructionsTotal)), ratio(int64(fm.Lines), int64(hm.Lines)))
		}
		fmt.Fprintf(w, ".\n")
	}

	rp.writeTargets(w)
	rp.writeChecks(w)

	fmt.Fprintf(w, "\n## Raw runs\n\n| corpus | rep | analyzer | wall s | CPU s | peak RSS MiB | load ms | analyze ms | packages analyzed | load avg |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rp.runs {
		fmt.Fprintf(w, "| %s | %d | %s | %.2f | %.2f | %.0f | %.0f | %.0f | %d | %.1f |\n", r.corpus, r.rep, r.analyzer,
			r.wall.Seconds(), r.cpu.Seconds(), float64(r.maxRSS)/1024, r.res.LoadMS, r.res.AnalyzeMS, r.res.Actions, r.load)
	}
}

func (rp *report) manifest(corpus string) *gen.Manifest {
	for _, c := range rp.corpora {
		if c.name == corpus {
			return c.manifest
		}
	}
	return nil
}

// target is one goal of the issue and its measurement.
type target struct {
	what     string
	measured float64
	limit    float64
	unit     string
	ok       bool
	info     bool // too noisy for a verdict: shown for information
}

func (rp *report) writeTargets(w io.Writer) {
	var ts []target
	rel := func(what, corpus, a, b string, limit float64, pick func(stats) float64) {
		x, ok1 := rp.stats(corpus, a)
		y, ok2 := rp.stats(corpus, b)
		if !ok1 || !ok2 || pick(y) == 0 {
			return
		}
		v := pick(x) / pick(y)
		ts = append(ts, target{what, v, limit, "x", v <= limit, false})
	}
	wall := func(s stats) float64 { return float64(s.wall) }
	cpu := func(s stats) float64 { return float64(s.cpu) }
	rss := func(s stats) float64 { return float64(s.rss) }
	rel("std: errcodecheck wall within 1.05x of noop", "std", "errcodecheck", "noop", 1.05, wall)
	rel("std: errcodecheck CPU within 1.05x of noop", "std", "errcodecheck", "noop", 1.05, cpu)
	rel("full: errcodecheck wall within 1.15x of noop", "full", "errcodecheck", "noop", 1.15, wall)
	rel("full: errcodecheck CPU within 1.15x of noop", "full", "errcodecheck", "noop", 1.15, cpu)
	rel("full: errcodecheck wall no slower than printf", "full", "errcodecheck", "printf", 1.0, wall)
	rel("full: errcodecheck CPU no more than printf", "full", "errcodecheck", "printf", 1.0, cpu)
	for _, c := range rp.corpora {
		rel(c.name+": errcodecheck peak RSS within 1.1x of noop", c.name, "errcodecheck", "noop", 1.1, rss)
	}
	// The same against the floor of fact-using analyzers, when measured.
	rel("std: errcodecheck CPU within 1.05x of noopfacts", "std", "errcodecheck", "noopfacts", 1.05, cpu)
	rel("full: errcodecheck CPU within 1.15x of noopfacts", "full", "errcodecheck", "noopfacts", 1.15, cpu)
	for _, c := range rp.corpora {
		rel(c.name+": errcodecheck peak RSS within 1.1x of noopfacts", c.name, "errcodecheck", "noopfacts", 1.1, rss)
	}
	full, fok := rp.stats("full", "errcodecheck")
	half, hok := rp.stats("half", "errcodecheck")
	if fok && hok {
		v := float64(full.wall) / float64(half.wall)
		ts = append(ts, target{"errcodecheck wall, full corpus within 2.2x of half", v, 2.2, "x", v <= 2.2, false})
	}
	if rp.vet != nil {
		v := float64(rp.vet.Added) / float64(time.Millisecond)
		ts = append(ts, target{fmt.Sprintf("go vet per-package start (catalog and config load), in-process, warm, median of %d", rp.vet.N), v, 1, " ms", v < 1, false})
	}
	if rp.cold != nil {
		v := float64(rp.cold.errcodecheck) / float64(time.Millisecond)
		ts = append(ts, target{fmt.Sprintf("go vet per-package start, errcodecheck's first package in a fresh process, median of %d", rp.cold.n), v, 1, " ms", v < 1, false})
	}
	if rp.vetProc != nil {
		for _, base := range []string{"noop", "noopfacts"} {
			v := float64(rp.vetProc.added(base)) / float64(time.Millisecond)
			ts = append(ts, target{fmt.Sprintf("go vet per-package start, vet tool process vs %s tool, medians of %d", base, rp.vetProc.n), v, 1, " ms", v < 1, true})
		}
	}
	if len(ts) == 0 {
		return
	}
	fmt.Fprintf(w, "\n## Targets\n\n| target | measured | verdict |\n|---|---:|---|\n")
	for _, t := range ts {
		verdict := "met"
		switch {
		case t.info:
			verdict = "information (whole processes: about 1 ms of noise)"
		case !t.ok:
			verdict = "**missed**"
		}
		fmt.Fprintf(w, "| %s | %.3f%s | %s |\n", t.what, t.measured, t.unit, verdict)
	}
	if rp.vet != nil {
		fmt.Fprintf(w, "\nPer-package start: a fresh errcodecheck (catalog parse, config found and decoded, lookups built) on a trivial package takes %v; the no-op analyzer on the same pass %v.\n",
			rp.vet.Errcodecheck, rp.vet.Noop)
	}
	if rp.cold != nil {
		fmt.Fprintf(w, "\nCold start: in a fresh process, after the no-op analyzer's first run (%v) warmed the code both share, errcodecheck's first run on the trivial package, which parses the embedded catalog and finds, reads and decodes the config, takes %v (medians of %d processes).\n",
			rp.cold.noop.Round(time.Microsecond), rp.cold.errcodecheck.Round(time.Microsecond), rp.cold.n)
	}
	if rp.vetProc != nil {
		var parts []string
		for _, a := range vetProcAnalyzers {
			parts = append(parts, fmt.Sprintf("%s %v", a, rp.vetProc.median[a].Round(10*time.Microsecond)))
		}
		var cpus []string
		for _, a := range vetProcAnalyzers {
			cpus = append(cpus, fmt.Sprintf("%s %v", a, rp.vetProc.cpu[a].Round(10*time.Microsecond)))
		}
		fmt.Fprintf(w, "\nVet tool process (unitchecker) on a trivial package's vet.cfg, medians of %d, interleaved: wall %s; CPU user+sys %s. noop has no facts, so unitchecker reads and writes none for it. Process-level differences below a millisecond drown in exec and scheduling noise on a loaded machine.\n",
			rp.vetProc.n, strings.Join(parts, ", "), strings.Join(cpus, ", "))
	}
}

const listMax = 10

func (rp *report) writeChecks(w io.Writer) {
	if len(rp.checks) == 0 {
		return
	}
	fmt.Fprintf(w, "\n## errcodecheck's diagnostics vs the planted mistakes\n\n| corpus | category | planted | reported | matched | missed | unexpected |\n|---|---|---:|---:|---:|---:|---:|\n")
	for _, cr := range rp.checks {
		cats := make([]string, 0, len(cr.byCategory))
		for c := range cr.byCategory {
			cats = append(cats, c)
		}
		sort.Strings(cats)
		for _, c := range cats {
			n := cr.byCategory[c]
			fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %d | %d |\n", cr.corpus, c, n.planted, n.reported, n.matched, n.planted-n.matched, n.reported-n.matched)
		}
	}
	for _, cr := range rp.checks {
		if cr.silenced > 0 {
			fmt.Fprintf(w, "\n%s: %d mistakes silenced by //errcodecheck:ignore were reported anyway.\n", cr.corpus, cr.silenced)
		}
		if len(cr.missed) > 0 {
			fmt.Fprintf(w, "\n%s: missed (first %d of %d):\n\n", cr.corpus, min(listMax, len(cr.missed)), len(cr.missed))
			for _, e := range cr.missed[:min(listMax, len(cr.missed))] {
				fmt.Fprintf(w, "- %s:%d: %s\n", e.File, e.Line, e.Category)
			}
		}
		if len(cr.unexpected) > 0 {
			fmt.Fprintf(w, "\n%s: unexpected (first %d of %d):\n\n", cr.corpus, min(listMax, len(cr.unexpected)), len(cr.unexpected))
			for _, d := range cr.unexpected[:min(listMax, len(cr.unexpected))] {
				fmt.Fprintf(w, "- %s:%d: %s: %s\n", d.File, d.Line, d.Category, d.Message)
			}
		}
		for _, e := range cr.errors {
			fmt.Fprintf(w, "\n%s: error: %s\n", cr.corpus, e)
		}
	}
}
