package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/internal/driver"
)

// rules describes the analyzer's checks to the driver, for SARIF: the
// driver knows nothing of the analyzer's internals.
func rules() []driver.Rule {
	var out []driver.Rule
	for _, c := range analyzer.Checks() {
		help := c.Help + "\n\nReported:\n\n\t" + c.Bad + "\n\nInstead:\n\n\t" + c.Good
		md := c.Help + "\n\nReported:\n\n```go\n" + c.Bad + "\n```\n\nInstead:\n\n```go\n" + c.Good + "\n```"
		out = append(out, driver.Rule{
			ID:           c.Name,
			Name:         driver.RuleName(c.Name),
			Title:        c.Title,
			Help:         help,
			HelpMarkdown: md,
			HelpURI:      c.HelpURL(),
			Level:        c.Severity,
		})
	}
	return out
}

// explain prints the manual of the check name, or, for a name that is no
// check, the list of checks on stderr and exitUsage.
func explain(name string, stdout, stderr io.Writer) int {
	c, ok := analyzer.CheckByName(name)
	if !ok {
		fmt.Fprintf(stderr, "errcodecheck: -explain: unknown check %q; the checks are:\n", name)
		for _, c := range analyzer.Checks() {
			fmt.Fprintf(stderr, "\t%-17s %s\n", c.Name, c.Title)
		}
		return exitUsage
	}
	return printed(stdout, stderr, func(w io.Writer) int {
		fmt.Fprint(w, c.Manual())
		return driver.ExitClean
	})
}

// checkList is the manual's list of checks, from the checks' records.
func checkList() string {
	var b strings.Builder
	for _, c := range analyzer.Checks() {
		fmt.Fprintf(&b, "\t%-17s %-8s %s\n", c.Name, c.Severity, c.Title)
	}
	return b.String()
}

// constructorsPrinter returns, for -constructors, the driver's Results
// hook that prints what the analyzer recognized, or nil.
func constructorsPrinter(on bool, pre *analyzer.Preloader, stdout io.Writer) func([]any) {
	if !on {
		return nil
	}
	pre.ExplainConstructors()
	return func(results []any) {
		rs := analyzer.Recognized(results)
		if len(rs) == 0 {
			fmt.Fprintln(stdout, "no constructor of HTTP errors is used in these packages")
			return
		}
		wd, _ := os.Getwd()
		for _, r := range rs {
			fmt.Fprintf(stdout, "%s: %s; %d construction(s), first at %s\n", r.Name, r.Why, r.Uses, relPos(wd, r.First))
		}
	}
}

// relPos shows a file:line:col position relative to dir when the file is
// below it, as findings are shown.
func relPos(dir, pos string) string {
	file := pos
	for range 2 {
		if i := strings.LastIndexByte(file, ':'); i > 0 {
			file = file[:i]
		}
	}
	if rel, err := filepath.Rel(dir, file); err == nil && filepath.IsLocal(rel) {
		return rel + pos[len(file):]
	}
	return pos
}
