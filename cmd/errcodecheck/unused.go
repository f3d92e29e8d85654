package main

import (
	"errors"
	"fmt"
	"io"

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
				"(mark codes other programs use <!-- errcodecheck:used-elsewhere -->)\n", n, map[bool]string{true: "y is", false: "ies are"}[n == 1])
		}
		return out
	}
}
