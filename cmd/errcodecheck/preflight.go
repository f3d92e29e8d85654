package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// preflight loads, before any package, the configuration and catalog of
// each directory pattern and, when some pattern is an import path (found
// from the working directory's module), of the working directory, so that
// a mistake in them fails the run in milliseconds rather than after a long
// load; and it says on standard error which catalog stands in for a
// missing configuration. (Other packages' configurations are loaded when
// the analysis reaches them, as under go vet.)
func preflight(pre *analyzer.Preloader, patterns []string, stderr io.Writer) error {
	var dirs []string
	importPaths := false
	for _, p := range patterns {
		if d, ok := patternDir(p); ok {
			dirs = append(dirs, d)
		} else {
			importPaths = true
		}
	}
	if importPaths {
		dirs = append([]string{"."}, dirs...)
	}
	srcs, err := pre.Preload(dirs...)
	announce(srcs, stderr)
	if err != nil && len(srcs) > 0 && srcs[len(srcs)-1].Catalog != "" {
		// The catalog was found, not named: its rules may be the default
		// ones by omission.
		err = fmt.Errorf("%w\n(found as the module's catalog: a rules line in it, or a config with code-digits "+
			"and prefix-rule, states other conventions; \"errcodecheck init\" proposes such a config)", err)
	}
	return err
}

// patternDir returns the directory a file-system pattern (./x, ../x/...,
// /abs/x) names or starts from, when it exists. (A pattern naming no
// directory fails the load, which says so.)
func patternDir(pattern string) (string, bool) {
	local := pattern == "." || pattern == ".." || filepath.IsAbs(pattern) ||
		strings.HasPrefix(pattern, "./") || strings.HasPrefix(pattern, "../")
	if !local {
		return "", false // an import path: its directory is known after loading
	}
	dir := pattern
	if before, _, ok := strings.Cut(pattern, "..."); ok {
		dir = before
		if !strings.HasSuffix(before, "/") {
			dir = filepath.Dir(before) // ./foo... matches ./foo and ./foobar
		}
	}
	st, err := os.Stat(dir)
	return dir, err == nil && st.IsDir()
}

// announce says, once each, which catalog is used where no configuration
// file was found: the module's own, or the embedded one (said once for
// every module without a catalog).
func announce(srcs []analyzer.Source, stderr io.Writer) {
	wd, _ := os.Getwd()
	fallback := false
	for _, s := range srcs {
		switch {
		case s.Config != "":
			// The user's own configuration: nothing to say.
		case s.Catalog != "":
			fmt.Fprintf(stderr, "errcodecheck: no %s: using the module's catalog %s\n", analyzer.ConfigFileName, shortPath(wd, s.Catalog))
		case !fallback:
			fallback = true
			fmt.Fprintf(stderr, "errcodecheck: no %s and no catalog (%s, at the module root or in docs/): "+
				"using the embedded example catalog and reporting only the codes it registers; "+
				"run \"errcodecheck init\" for a proposed configuration\n",
				analyzer.ConfigFileName, orList(analyzer.CatalogNames()))
		}
	}
}

// orList renders names as "a, b, c or d".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// shortPath returns path relative to dir when it is below it, else path.
func shortPath(dir, path string) string {
	if rel, err := filepath.Rel(dir, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}
