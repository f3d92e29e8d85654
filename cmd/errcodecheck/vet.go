package main

// The go vet protocol: go vet runs "errcodecheck -V=full" for a build ID,
// "errcodecheck -flags" to learn which flags to pass through, then
// "errcodecheck [flags] vet.cfg" once per package, in dependency order,
// with facts passed from package to package in .vetx files. The .cfg part
// is unitchecker's.

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/errcodecheck/errcodecheck/analyzer"
	"github.com/errcodecheck/errcodecheck/internal/driver"
)

// vetFlags are the flags go vet passes through to errcodecheck, unprefixed
// as on errcodecheck's own command line. (go vet handles -c itself and
// has its own -fix and -diff.)
var vetFlags = []string{analyzer.FlagConfig, analyzer.FlagHeuristics, analyzer.FlagGenerated, analyzer.FlagChecks, "json", "c", "diff",
	// Passed through only to be refused with a clear message: go vet
	// analyzes one package per process, these need every package at once.
	"unused", "inventory"}

// printVetFlags answers go vet's -flags: a JSON list of the flags it may
// pass.
func printVetFlags(fs *flag.FlagSet, stdout, stderr io.Writer) int {
	type jsonFlag struct {
		Name  string
		Bool  bool
		Usage string
	}
	var list []jsonFlag
	for _, name := range vetFlags {
		f := fs.Lookup(name)
		b, ok := f.Value.(interface{ IsBoolFlag() bool })
		list = append(list, jsonFlag{f.Name, ok && b.IsBoolFlag(), f.Usage})
	}
	data, err := json.MarshalIndent(list, "", "\t")
	if err != nil {
		fmt.Fprintf(stderr, "errcodecheck: %v\n", err)
		return driver.ExitFailure
	}
	stdout.Write(append(data, '\n'))
	return driver.ExitClean
}

// vetUnit analyzes the one package described by go vet's cfg file with
// unitchecker, which reads its flags from the process's command line: the
// analyzer's flags, already set from ours, are registered there again
// under their prefixed names, so only the driver flags are passed on.
func vetUnit(a *analysis.Analyzer, fs *flag.FlagSet, prog, cfg string, stderr io.Writer) int {
	args := []string{prog}
	var bad string
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "json", "fix", "diff", "c":
			args = append(args, "-"+f.Name+"="+f.Value.String())
		case "sarif", "test":
			bad = "-" + f.Name + " is not available under go vet"
		case "unused", "inventory":
			bad = "-" + f.Name + " needs every package at once, and go vet analyzes one package per process: run errcodecheck -" + f.Name + " ./... (the standalone command) instead"
		}
	})
	if bad == "" {
		bad = resolveVetConfig(a)
	}
	// go vet runs errcodecheck on every dependency for its facts only
	// (VetxOnly) before the packages named; a failure there would be
	// reported for every package of the standard library. Say it for the
	// packages named.
	if bad != "" && !vetxOnly(cfg) {
		fmt.Fprintf(stderr, "errcodecheck: %s\n", bad)
		return driver.ExitFailure
	}
	os.Args = slices.Concat(args, []string{cfg})
	unitchecker.Main(a) // exits
	return driver.ExitFailure
}

// resolveVetConfig makes a relative -config absolute. go vet runs
// errcodecheck in each package's directory, not where go vet was run, so
// the file is looked for there and in the directories above, as
// .errcodecheck.yml is: -config=ci/errcodecheck.yml given at the module
// root is found from every package of the module. It returns what went
// wrong, or "".
func resolveVetConfig(a *analysis.Analyzer) string {
	f := a.Flags.Lookup(analyzer.FlagConfig)
	rel := f.Value.String()
	if rel == "" || filepath.IsAbs(rel) {
		return ""
	}
	dir, err := os.Getwd()
	if err != nil {
		return err.Error()
	}
	if p := analyzer.FindUp(dir, rel); p != "" {
		if err := f.Value.Set(p); err != nil {
			return err.Error()
		}
		return ""
	}
	return fmt.Sprintf("-config %s: no such file in %s or the directories above it (under go vet, a relative -config is looked for from each package's directory upward; give an absolute path otherwise)", rel, dir)
}

// version returns the module version errcodecheck was built at, or
// "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// printVersion answers -V=full in the form go vet expects, "NAME version
// VERSION buildID=ID"; go vet keys its cache of results on it.
func printVersion(stdout, stderr io.Writer) int {
	id, err := buildID()
	if err != nil {
		fmt.Fprintf(stderr, "errcodecheck: %v\n", err)
		return driver.ExitFailure
	}
	fmt.Fprintf(stdout, "errcodecheck version %s buildID=%s\n", version(), id)
	return driver.ExitClean
}

// buildID hashes the executable and, since go vet knows nothing of them,
// the configuration found from the working directory and its catalog, or
// with no configuration the module's own catalog (FindCatalog): a change
// to either must not be hidden by results go vet cached. (The flags go vet
// passes through, -checks among them, are part of go vet's own cache key:
// cmd/go hashes its "vetflags" into each package's action ID.)
func buildID() (string, error) {
	h := sha256.New()
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	if err := hashFile(h, exe); err != nil {
		return "", err
	}
	if dir, err := os.Getwd(); err == nil {
		if path := analyzer.FindConfig(dir); path != "" {
			_ = hashFile(h, path) // an unreadable config is reported when packages are checked
			if c, err := analyzer.LoadConfig(path); err == nil && c.Catalog != "" {
				cat := c.Catalog
				if !filepath.IsAbs(cat) {
					cat = filepath.Join(c.Dir, cat)
				}
				_ = hashFile(h, cat) // likewise
				// A catalog kept in Go: its package's files.
				for _, f := range analyzer.GoCatalogFiles(c) {
					h.Write([]byte(f))
					_ = hashFile(h, f)
				}
			}
		} else if root := analyzer.FindModuleRoot(dir); root != "" {
			// No config: the module's own catalog, if it has one, is the
			// one in use (and go vet announces nothing of it).
			if cat := analyzer.FindCatalog(root); cat != "" {
				h.Write([]byte(cat))
				_ = hashFile(h, cat)
			}
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// hashFile adds a file's content to h. Only a regular file is read:
// opening a named pipe would block -V=full forever (the config's own
// loading reports what is wrong with it).
func hashFile(h hash.Hash, path string) error {
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return fmt.Errorf("%s: not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	h.Write([]byte{0})
	return err
}

// vetxOnly reports whether go vet's cfg file asks for facts only: the
// package is a dependency of those named.
func vetxOnly(cfg string) bool {
	data, err := os.ReadFile(cfg)
	if err != nil {
		return false
	}
	var c struct{ VetxOnly bool }
	return json.Unmarshal(data, &c) == nil && c.VetxOnly
}
