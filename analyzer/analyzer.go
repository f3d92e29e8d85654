package analyzer

import (
	"flag"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// Name is the analyzer's name, used by every driver.
const Name = "errcodecheck"

// URL is the analyzer's documentation.
const URL = "https://pkg.go.dev/github.com/errcodecheck/errcodecheck/analyzer"

// Flag names, for drivers that map their own settings onto them.
const (
	FlagConfig     = "config"
	FlagHeuristics = "heuristics"
	FlagGenerated  = "generated"
	FlagChecks     = "checks"
)

// New returns a fresh errcodecheck analyzer whose configuration is found by
// walking up from each package's directory to a .errcodecheck.yml (or
// given with -config). Each analyzer owns its flags and caches: nothing is
// shared between two analyzers, and one analyzer is safe for concurrent use
// on many packages.
func New() *analysis.Analyzer {
	_, a := newInstance()
	return a
}

// Analyzer is an errcodecheck analyzer in a package-level variable, for
// drivers that import one by name, such as rules_go's nogo. Configure it
// with its flags (config: the file; its catalog path is relative to the
// file), as nogo's analyzer_flags do. Programs and tests that can call New
// should: a fresh analyzer shares no flags or caches with others.
var Analyzer = New()

// newInstance returns a fresh instance and its analyzer, with the flags of
// New.
func newInstance() (*instance, *analysis.Analyzer) {
	in := &instance{}
	a := in.analyzer()
	a.Flags.StringVar(&in.configFlag, FlagConfig, "", "`file` of errcodecheck configuration (default: the nearest "+ConfigFileName+" above each package, else the module's own catalog, else the embedded one)")
	a.Flags.Var(&in.heuristicsFlag, FlagHeuristics, "recognize constructors by parameter and field names (httpCode, errorCode, ...)")
	a.Flags.BoolVar(&in.generated, FlagGenerated, false, "also report diagnostics in generated files")
	a.Flags.Var(&in.checksFlag, FlagChecks, "comma-separated `list` of checks to run, replacing the config's checks: all, NAME, -NAME; later entries win")
	return in, a
}

// NewWithConfig returns an analyzer that uses c for every package, as the
// golangci-lint plugin does. c is validated and its catalog loaded now, so
// that mistakes surface before any package is analyzed.
func NewWithConfig(c *Config) (*analysis.Analyzer, error) {
	if c == nil {
		c = &Config{}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	st, err := newSetup(c)
	if err != nil {
		return nil, err
	}
	in := &instance{fixed: st}
	a := in.analyzer()
	a.Flags.BoolVar(&in.generated, FlagGenerated, false, "also report diagnostics in generated files")
	return a, nil
}

// doc is the analyzer's Doc: a title line, then the checks, from Checks.
func doc() string {
	return `check HTTP errors against the error-code catalog

errcodecheck inspects every construction of an HTTP error (configured
constructors and struct types, //errcodecheck:constructor directives,
inferred wrappers, naming heuristics) and checks its constant status, code
and message against the catalog (.errcodecheck.yml, else the embedded one).
Diagnostics are silenced by //errcodecheck:ignore [CHECK,...] REASON on the
line or the line above, or in a whole file by //errcodecheck:file-ignore
[CHECK,...] REASON. The checks key of the config (or -checks) chooses the
checks: "all", NAME, -NAME; later entries win.

Checks (diagnostic categories):
` + checksDoc() + `
Manual: ` + URL
}

// instance is the state of one analyzer: flags and memoized setups.
type instance struct {
	configFlag     string
	heuristicsFlag triState
	checksFlag     checksFlag
	generated      bool
	explain        bool // ExplainConstructors
	whole          bool // WholeProgram: whole-program checks defer to Findings
	usage          usageMode

	fixed      *setup    // NewWithConfig
	flagSetup  onceSetup // -config
	setups     sync.Map  // config file path -> *onceSetup
	discovered sync.Map  // with no config file: the module's catalog path -> *onceSetup
	noConfig   onceSetup // no config file, no catalog of the project's own: the embedded one
	dirs       sync.Map  // directory -> nearest config file path, or ""
	modDirs    sync.Map  // directory -> nearest go.mod, or ""
	catalogs   sync.Map  // module root -> FindCatalog's answer
}

type onceSetup struct {
	once sync.Once
	st   *setup
	err  error
}

func (o *onceSetup) get(load func() (*setup, error)) (*setup, error) {
	o.once.Do(func() { o.st, o.err = load() })
	return o.st, o.err
}

func (in *instance) analyzer() *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:      Name,
		Doc:       doc(),
		URL:       URL,
		FactTypes: []analysis.Fact{new(ctorFact), new(codeSymbolFact), new(constructsFact), new(resultsFact), new(mapperFact), new(conflictFact), new(codesFact), new(goCatalogFact)},
		Run:       in.run,
		// Which configured constructors each package reaches, for
		// UnresolvedConstructors after a standalone run.
		ResultType: resultType,
	}
}

// setupFor returns the setup that governs the package in directory dir;
// versioned tells that the package belongs to a dependency in the module
// cache.
func (in *instance) setupFor(dir string, versioned bool) (*setup, error) {
	if in.fixed != nil {
		return in.fixed, nil
	}
	return in.setupOf(in.source(dir, versioned))
}

// setupOf returns the setup of a source, loaded once.
func (in *instance) setupOf(src Source) (*setup, error) {
	switch {
	case src.Config != "" && src.Config == in.configFlag:
		return in.flagSetup.get(func() (*setup, error) { return in.loadSetup(in.configFlag) })
	case src.Config != "":
		v, _ := in.setups.LoadOrStore(src.Config, new(onceSetup))
		return v.(*onceSetup).get(func() (*setup, error) { return in.loadSetup(src.Config) })
	case src.Catalog != "":
		v, _ := in.discovered.LoadOrStore(src.Catalog, new(onceSetup))
		return v.(*onceSetup).get(func() (*setup, error) {
			return in.withFlags(newSetup(&Config{Catalog: src.Catalog, Dir: src.ModuleRoot}))
		})
	}
	return in.noConfig.get(func() (*setup, error) {
		st, err := in.withFlags(newSetup(&Config{}))
		if st != nil {
			st.fallback = true
		}
		return st, err
	})
}

func (in *instance) loadSetup(path string) (*setup, error) {
	c, err := LoadConfig(path)
	if err != nil {
		return nil, err
	}
	return in.withFlags(newSetup(c))
}

// withFlags applies command-line flags that override config keys.
func (in *instance) withFlags(st *setup, err error) (*setup, error) {
	if err != nil {
		return nil, err
	}
	if in.heuristicsFlag.set {
		st.heuristics = in.heuristicsFlag.value
	}
	if in.checksFlag.set != nil {
		st.enabled = in.checksFlag.set
	}
	return st, nil
}

// setup is a validated config with its catalog loaded and its lookups
// built: everything a package's analysis needs from the configuration.
type setup struct {
	cfg        *Config
	cat        *catalog.Catalog
	namespaces namespaceMatcher
	funcs      map[string]int   // FullName -> index in cfg.Constructors
	types      map[string]int   // "pkg.Type" -> index in cfg.Constructors
	byPkg      map[string][]int // package path -> constructors declared there
	heuristics bool
	enabled    checkSet          // the checks that report
	severity   map[string]string // check -> SeverityError or SeverityWarning
	// fallback: the embedded catalog stands in for a catalog the project
	// does not have, so only the codes it registers are checked (a
	// foreign project's codes are all unknown to it).
	fallback bool
	idents   identIndex // catalog identifiers, for symbol-mismatch; nil with a Go catalog (checker.identIndex)
	// goCat is set, and cat nil, when the catalog is a Go package
	// (gocatalog.go): each checker finds it (checker.catalog()). inner:
	// this setup analyzes the catalog package for LoadGoCatalog.
	goCat *goCatalog
	inner bool
}

func newSetup(c *Config) (*setup, error) {
	var (
		cat   *catalog.Catalog
		goCat *goCatalog
		err   error
	)
	if path, ok := goCatalogPath(c.Catalog); ok {
		goCat = &goCatalog{path: path} // read when a package needs it
	} else if cat, err = c.loadCatalog(); err != nil {
		return nil, err
	}
	st := &setup{
		cfg:        c,
		cat:        cat,
		goCat:      goCat,
		namespaces: newNamespaceMatcher(c),
		funcs:      map[string]int{},
		types:      map[string]int{},
		byPkg:      map[string][]int{},
		heuristics: c.heuristics(),
		severity:   severities(c.Severity),
		idents:     newIdentIndex(cat),
	}
	st.enabled, _, _ = parseChecks(c.Checks) // validated
	for i, ct := range c.Constructors {
		var pkg string
		if ct.Func != "" {
			fn, _ := parseFuncName(ct.Func) // validated
			pkg = fn.pkg
			st.funcs[ct.Func] = i
		} else {
			pkg, _, _ = splitQualified(ct.Type)
			st.types[ct.Type] = i
		}
		st.byPkg[pkg] = append(st.byPkg[pkg], i)
	}
	return st, nil
}

// triState is a boolean flag that knows whether it was set.
type triState struct{ set, value bool }

func (t *triState) String() string {
	if !t.set {
		return "true"
	}
	return strconv.FormatBool(t.value)
}

func (t *triState) Set(s string) error {
	v, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false, got %q", s)
	}
	t.set, t.value = true, v
	return nil
}

func (t *triState) IsBoolFlag() bool { return true }

var _ flag.Value = (*triState)(nil)

// packageDir returns the directory of the package's sources. Files that
// cgo wrote into the build cache (no .go suffix) are passed over; its
// rewrites of the package's own files map back to them through //line
// directives, which Position follows.
func packageDir(pass *analysis.Pass) string {
	for _, f := range pass.Files {
		if name := pass.Fset.Position(f.Package).Filename; strings.HasSuffix(name, ".go") {
			return filepath.Dir(name)
		}
	}
	return filepath.Dir(pass.Fset.Position(pass.Files[0].Package).Filename)
}

func (in *instance) run(pass *analysis.Pass) (any, error) {
	if len(pass.Files) == 0 {
		return newResult(nil, nil), nil // nothing to analyze
	}
	dir, versioned := packageDir(pass), pass.Module != nil && pass.Module.Version != ""
	st, err := in.setupFor(dir, versioned)
	if err != nil {
		return nil, in.setupError(dir, versioned, err)
	}
	c, err := newChecker(pass, st, in.generated)
	if err != nil {
		return nil, err
	}
	c.explain = in.explain
	c.rep.whole = in.whole
	c.conflict.whole = in.whole
	if in.wantUsage(dir, versioned) {
		c.startUsage(in.usage.inventory)
	}
	if err := c.run(); err != nil {
		return nil, err
	}
	r := newResult(st, pass.Pkg)
	r.recognized = c.recognized
	r.conflicts = c.conflictSites()
	if in.whole {
		r.deferred, r.generated = c.rep.deferredIgnores(st)
	}
	r.usage = c.finishUsage()
	return r, nil
}

// setupError is the error of a package whose configuration does not load.
// Every package the file governs fails with it; under go vet, where each
// package is a process of its own, each would print the whole list. So
// the package in the config file's own directory gets every message and
// the others one line: the first message, how many more there are and
// where to see them all (the standalone command prints them once).
func (in *instance) setupError(dir string, versioned bool, err error) error {
	src := in.source(dir, versioned)
	first, rest, many := strings.Cut(err.Error(), "\n")
	if src.Config == "" || filepath.Dir(src.Config) == dir || !many {
		return err
	}
	return fmt.Errorf("%s (%d more in %s: \"errcodecheck ./...\" in %s lists them all)",
		first, strings.Count(rest, "\n")+1, src.Config, filepath.Dir(src.Config))
}
