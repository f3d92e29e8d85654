package analyzer

import (
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
)

// Discovery: where the configuration of a package comes from. Every
// upward search of the project (.errcodecheck.yml, go.mod, a relative
// -config under go vet) is findUp.

// findUp returns the path of the regular file rel (a name or a relative
// path) in dir or in the nearest directory above it, or "" when there is
// none up to the file system root. memo, when not nil, keeps the answer
// for dir and every directory on the way up, so that sibling packages
// cost one map lookup each.
func findUp(dir, rel string, memo *sync.Map) string {
	if memo != nil {
		if v, ok := memo.Load(dir); ok {
			return v.(string)
		}
	}
	var path string
	if p := filepath.Join(dir, rel); isFile(p) {
		path = p
	} else if parent := filepath.Dir(dir); parent != dir {
		path = findUp(parent, rel, memo)
	}
	if memo != nil {
		memo.Store(dir, path)
	}
	return path
}

// FindUp returns the path of the file rel (a name or a relative path) in
// dir or in the nearest directory above it, or "" when there is none up to
// the file system root: the search that finds .errcodecheck.yml, for
// other files (go vet's relative -config, go.mod).
func FindUp(dir, rel string) string { return findUp(dir, rel, nil) }

// isFile reports whether path exists and is not a directory. A FIFO or
// device of the searched name is found, so that reading it fails with a
// clear error instead of the search passing it over in silence.
func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

// FindModuleRoot returns the directory of the nearest go.mod in dir or
// above it, or "" when there is none.
func FindModuleRoot(dir string) string {
	if p := FindUp(dir, "go.mod"); p != "" {
		return filepath.Dir(p)
	}
	return ""
}

// CatalogNames returns the file names under which, with no
// .errcodecheck.yml, a project's own catalog is looked for: at the module
// root first, then in its docs directory, each directory in this order.
func CatalogNames() []string {
	return []string{"ErrorCode.md", "errcodes.md", "error_codes.md", "错误码.md"}
}

// CatalogDirs are the directories of the module root that FindCatalog
// looks in, in order.
func catalogDirs() []string { return []string{".", "docs"} }

// FindCatalog returns the project's own catalog at a conventional place
// of the module root root, or "" when there is none: the first of
// CatalogNames in root, then the first in root/docs. Names are matched
// ignoring case, so that the answer is the same on every file system
// (ERRCODES.md is found on Linux as on macOS); when a directory holds two
// spellings of one name, the exact one wins, else the first in byte order.
func FindCatalog(root string) string {
	for _, sub := range catalogDirs() {
		dir := filepath.Join(root, sub)
		entries, err := os.ReadDir(dir) // sorted by name
		if err != nil {
			continue // no such directory: nothing there
		}
		for _, want := range CatalogNames() {
			var found string
			for _, e := range entries {
				name := e.Name()
				if !strings.EqualFold(name, want) || !isFile(filepath.Join(dir, name)) {
					continue
				}
				if found == "" || name == want {
					found = name
				}
			}
			if found != "" {
				return filepath.Join(dir, found)
			}
		}
	}
	return ""
}

// Source says where the configuration of the packages of a directory
// comes from; the standalone command announces it.
type Source struct {
	// Config is the configuration file: -config or the nearest
	// .errcodecheck.yml. "" when there is none.
	Config string
	// Catalog, with no configuration file, is the project's own catalog
	// found at a conventional place of ModuleRoot (FindCatalog); "" when
	// none was found and the embedded catalog is used, in which case only
	// the codes it registers are reported (see the package documentation).
	Catalog string
	// ModuleRoot is the directory of the nearest go.mod, with no
	// configuration file; "" when there is none.
	ModuleRoot string
}

// Fallback reports whether s is the embedded catalog used because there
// is neither a configuration nor a catalog of the project's own.
func (s Source) Fallback() bool { return s.Config == "" && s.Catalog == "" }

// source returns where the configuration of the packages in dir comes
// from. versioned packages (a dependency in the module cache) are not
// the project's: no catalog is looked for in their modules, whose files
// the user cannot fix.
func (in *instance) source(dir string, versioned bool) Source {
	if in.configFlag != "" {
		return Source{Config: in.configFlag}
	}
	if path := findUp(dir, ConfigFileName, &in.dirs); path != "" {
		return Source{Config: path}
	}
	cat, root := in.moduleCatalog(dir, versioned)
	return Source{Catalog: cat, ModuleRoot: root}
}

// moduleCatalog returns the module root of the packages in dir and the
// project's own catalog there (FindCatalog), memoized; "" for either when
// there is none, and for a versioned package.
func (in *instance) moduleCatalog(dir string, versioned bool) (cat, root string) {
	if versioned {
		return "", ""
	}
	root = findUp(dir, "go.mod", &in.modDirs)
	if root == "" {
		return "", ""
	}
	root = filepath.Dir(root)
	v, ok := in.catalogs.Load(root)
	if !ok {
		v, _ = in.catalogs.LoadOrStore(root, FindCatalog(root))
	}
	return v.(string), root
}

// Preloader is the standalone command's handle on an analyzer from
// NewPreloaded: it loads configurations ahead of the packages.
type Preloader struct{ in *instance }

// NewPreloaded returns a fresh analyzer, as New does, and its Preloader.
func NewPreloaded() (*analysis.Analyzer, *Preloader) {
	in, a := newInstance()
	return a, &Preloader{in}
}

// Preload validates and loads, for the packages of each directory in
// dirs, the configuration and catalog the analyzer will use for them, so
// that a mistake in either is reported before any package is loaded. The
// setups are memoized: the analysis does not load them again. It returns
// the distinct sources, in order, up to the first that failed, and its
// error.
func (p *Preloader) Preload(dirs ...string) ([]Source, error) {
	var out []Source
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return out, err
		}
		src := p.in.source(abs, false)
		if !slices.Contains(out, src) {
			out = append(out, src)
		}
		if _, err := p.in.setupOf(src); err != nil {
			return out, err
		}
	}
	return out, nil
}

// Severity returns the severity, SeverityError or SeverityWarning, of a
// finding of category at pos under the configuration that governs pos's
// directory (memoized: the analysis has loaded it already).
func (p *Preloader) Severity(pos token.Position, category string) string {
	st, err := p.in.setupFor(filepath.Dir(pos.Filename), false)
	if err != nil || st.severity[category] == "" {
		if c, ok := CheckByName(category); ok {
			return c.Severity
		}
		return SeverityError
	}
	return st.severity[category]
}
