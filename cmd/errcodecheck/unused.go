package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/internal/driver"
)

// unusedPreflight refuses -unused when no pattern's directory has a
// catalog of the project's own: the embedded example catalog would make
// every one of its entries unused.
func unusedPreflight(on bool, pre *analyzer.Preloader, patterns []string) error {
	if !on {
		return nil
	}
	dirs := []string{"."}
	for _, p := range patterns {
		if d, ok := patternDir(p); ok {
			dirs = append(dirs, d)
		}
	}
	own, err := pre.OwnCatalog(dirs...)
	if err != nil || own {
		return nil // an error is preflight's to report
	}
	return errors.New("-unused: the packages have no catalog of their own (no catalog key in .errcodecheck.yml, no catalog at the module root), " +
		"and every entry of the embedded example catalog would be reported: name the project's catalog (catalog: docs/errcodes.md)")
}

// unusedNote returns the driver's Extra, which with -unused also says, once
// on standard error when entries are reported unused, what the finding
// assumes.
func unusedNote(on bool, extra func([]any) []driver.Extra, stderr io.Writer) func([]any) []driver.Extra {
	if !on {
		return extra
	}
	return func(results []any) []driver.Extra {
		out := extra(results)
		n := 0
		for _, e := range out {
			if e.Category == analyzer.CategoryUnusedCode {
				n++
			}
		}
		if n > 0 {
			fmt.Fprintf(stderr, "errcodecheck: -unused: %d catalog entr%s used by none of the packages analyzed; "+
				"a package that uses the catalog but was not analyzed makes its codes look unused "+
				"(mark codes other programs use: <!-- errcodecheck:used-elsewhere --> in a Markdown catalog, //errcodecheck:used-elsewhere in a Go one)\n", n, map[bool]string{true: "y is", false: "ies are"}[n == 1])
		}
		return out
	}
}

// checksNeedUnused returns a usage error when -checks names unused-code
// (not "-unused-code") without -unused: the check would not run, and a
// check asked for by name must not be silently off.
func checksNeedUnused(fs *flag.FlagSet, unused bool) string {
	if unused {
		return ""
	}
	f := fs.Lookup(analyzer.FlagChecks)
	if f == nil {
		return ""
	}
	for _, item := range strings.Split(f.Value.String(), ",") {
		if strings.TrimSpace(item) == analyzer.CategoryUnusedCode {
			return "-checks names unused-code, which runs only with -unused (a whole-program run): add -unused"
		}
	}
	return ""
}
