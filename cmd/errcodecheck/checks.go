package main

import (
	"fmt"
	"io"
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
