package analyzer

import (
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/errcodecheck/errcodecheck/catalog"
)

// ConfigFileName is the file searched for by walking up from each analyzed
// package's directory.
const ConfigFileName = ".errcodecheck.yml"

// Config is the content of .errcodecheck.yml, and the settings of the
// golangci-lint plugin (the same keys). The zero Config is valid: the
// embedded catalog, its own rules, heuristics on, no namespaces.
type Config struct {
	// Catalog is the catalog's path, relative to the config file's
	// directory (Dir), or "go:PKGPATH" for a catalog kept in a Go package
	// (see the README, "A catalog in Go"). Empty: the embedded default
	// catalog.
	Catalog string
	// CatalogData, when not nil, is the catalog's Markdown itself, read
	// instead of the file (Catalog then only names it in messages): for
	// builds that embed the catalog, such as a nogo analyzer under Bazel,
	// where no file is read at analysis time.
	CatalogData []byte
	// CodeDigits overrides the catalog's digits rule: a width, or 0 for
	// any. Nil: the catalog's own rule.
	CodeDigits *int
	// PrefixRule overrides the catalog's prefix rule. Nil: the catalog's own.
	PrefixRule *bool
	// Heuristics turns naming heuristics on or off. Nil: on.
	Heuristics *bool
	// Namespaces assigns packages to catalog namespaces.
	Namespaces []Namespace
	// Constructors names the functions, methods and struct types that
	// construct HTTP errors.
	Constructors []Constructor
	// SuccessCodes are codes that are not errors (0, 200): no check ever
	// reports a construction with one of them.
	SuccessCodes []int64
	// Mappers name the functions and map variables that derive the HTTP
	// status from the code in Go; each case or entry is checked.
	Mappers []Mapper
	// Checks selects the checks, staticcheck style: "all", a name, or
	// "-name" to disable; later entries win. Empty: all checks.
	Checks []string
	// Severity overrides the default severity ("error" or "warning") of
	// the checks it names.
	Severity map[string]string

	// File is the config file's path ("" for a config built in Go) and Dir
	// the directory relative paths are resolved against ("" means the
	// current directory).
	File, Dir string
	// lines of each key, for messages that name them: "namespaces[1].name".
	lines map[string]int
	// noLines drops line numbers from messages: settings handed over by
	// golangci-lint have been re-encoded, so their lines mean nothing.
	noLines bool
}

// Namespace assigns the packages matching Packages (go list patterns) to
// the catalog namespace Name.
type Namespace struct {
	Name     string
	Packages []string
}

// Constructor describes one function, method or struct type that builds an
// HTTP error. Exactly one of Func and Type is set.
type Constructor struct {
	// Func is a function or method in types.Func.FullName form:
	// "example.com/shop/apierr.New", "(*example.com/shop/web.Context).Fail".
	Func string
	// Type is a struct type, "example.com/shop/apierr.Error", whose
	// composite literals are constructions.
	Type string
	// Status, Code and Message locate the values: for Func, a parameter
	// index ("0") or name, or INDEX.KEY for a map key or struct field
	// inside the composite literal at that argument ("1.code"); for Type,
	// a field name. Code is required unless FixedCode is set.
	Status, Code, Message string
	// DefaultStatus is the status of a call that passes none (a variadic
	// or absent status parameter); 0: none.
	DefaultStatus int
	// FixedCode is the code every call builds (NewErrMsg(msg) always
	// builds 100001); nil: the code is an argument.
	FixedCode *int64
	// Nested says that the Code argument holds an inner, code-only
	// construction (WriteJSON(w, 400, Error(code, msg))), which is checked
	// with this call's status.
	Nested bool
}

// Mapper names a function or method that returns the HTTP status for an
// error code (a switch over the code with constant cases), or a package
// variable holding a map literal from code to status. Exactly one is set.
type Mapper struct {
	// Func is in types.Func.FullName form: "(*example.com/x.Error).StatusCode".
	Func string
	// Var is a package-level variable: "example.com/x.statusByCode".
	Var string
}

// where names a key of the config in messages: "file:line: key".
func (c *Config) where(key string) string {
	file := c.File
	if file == "" {
		file = "config"
	}
	if line := c.lines[key]; line > 0 && !c.noLines {
		return file + ":" + strconv.Itoa(line) + ": " + key
	}
	return file + ": " + key
}

// ConfigError is a mistake in a config: it names the file, line and key.
type ConfigError struct{ Msgs []string }

func (e *ConfigError) Error() string { return strings.Join(e.Msgs, "\n") }

// LoadConfig reads and validates the config file at path.
func LoadConfig(path string) (*Config, error) {
	data, err := readConfigFile(path)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(abs, data)
}

// ParseConfig decodes and validates a config document. file is used in
// messages and its directory is the base of relative paths.
func ParseConfig(file string, data []byte) (*Config, error) {
	return parseConfig(&Config{File: file, Dir: filepath.Dir(file), lines: map[string]int{}}, data)
}

func parseConfig(c *Config, data []byte) (*Config, error) {
	doc, err := decodeYAML(c.File, data)
	if err != nil {
		return nil, err
	}
	d := decoder{c: c}
	if len(doc.Content) > 0 {
		d.config(doc.Content[0])
	}
	// All of a file's mistakes at once: those of its form, then those
	// Validate finds in what could be decoded.
	errs := d.errs
	var ce *ConfigError
	if err := c.Validate(); errors.As(err, &ce) {
		errs = append(errs, ce.Msgs...)
	} else if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return nil, &ConfigError{errs}
	}
	return c, nil
}

// ConfigFromSettings builds a config from golangci-lint plugin settings
// (the decoded YAML under settings:). Relative catalog paths are resolved
// against the current directory, where golangci-lint runs.
func ConfigFromSettings(settings any) (*Config, error) {
	if settings == nil {
		return &Config{}, nil
	}
	const name = "errcodecheck settings"
	data, err := yaml.Marshal(settings)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return parseConfig(&Config{File: name, lines: map[string]int{}, noLines: true}, data)
}

type decoder struct {
	c    *Config
	errs []string
}

func (d *decoder) errorf(n *yaml.Node, key, format string, args ...any) {
	pos := d.c.File
	if !d.c.noLines {
		pos += ":" + strconv.Itoa(n.Line)
	}
	d.errs = append(d.errs, fmt.Sprintf("%s: %s: %s", pos, key, fmt.Sprintf(format, args...)))
}

// mapping iterates over the key/value pairs of a mapping node, reporting
// unknown keys and keys given twice.
func (d *decoder) mapping(n *yaml.Node, path string, known []string, f func(key string, v *yaml.Node)) {
	n = resolveAlias(n)
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, orTop(path), "want a mapping of keys (%s)", strings.Join(known, ", "))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		key := join(path, k.Value)
		switch {
		case !contains(known, k.Value):
			d.errorf(k, key, "unknown key (want one of %s)", strings.Join(known, ", "))
		case seen[k.Value]:
			d.errorf(k, key, "key given twice")
		default:
			seen[k.Value] = true
			d.c.lines[key] = k.Line
			f(k.Value, v)
		}
	}
}

func orTop(path string) string {
	if path == "" {
		return "config"
	}
	return path
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (d *decoder) config(n *yaml.Node) {
	known := []string{"catalog", "code-digits", "prefix-rule", "heuristics", "namespaces", "constructors", "success-codes", "mappers", "checks", "severity"}
	d.mapping(n, "", known, func(key string, v *yaml.Node) {
		switch key {
		case "catalog":
			d.c.Catalog = d.str(v, key)
		case "code-digits":
			s := d.str(v, key)
			if s == "" {
				return
			}
			digits, err := catalog.ParseDigits(s)
			if err != nil {
				d.errorf(v, key, "%v", err)
				return
			}
			d.c.CodeDigits = &digits
		case "prefix-rule":
			d.c.PrefixRule = d.boolean(v, key)
		case "heuristics":
			d.c.Heuristics = d.boolean(v, key)
		case "namespaces":
			d.list(v, key, func(i int, item *yaml.Node, path string) {
				var ns Namespace
				d.mapping(item, path, []string{"name", "packages"}, func(k string, v *yaml.Node) {
					switch k {
					case "name":
						ns.Name = d.str(v, join(path, k))
					case "packages":
						d.list(v, join(path, k), func(_ int, p *yaml.Node, ppath string) {
							ns.Packages = append(ns.Packages, d.str(p, ppath))
						})
					}
				})
				d.c.Namespaces = append(d.c.Namespaces, ns)
			})
		case "constructors":
			d.list(v, key, func(i int, item *yaml.Node, path string) {
				var ct Constructor
				d.mapping(item, path, []string{"func", "type", "status", "code", "message", "default-status", "fixed-code", "nested"}, func(k string, v *yaml.Node) {
					switch k {
					case "default-status":
						if n, ok := d.integer(v, join(path, k)); ok {
							if n == 0 {
								d.errorf(v, join(path, k), "0 is not an HTTP status (100-599)")
							}
							ct.DefaultStatus = int(min(max(n, -1), 1000)) // range checked by Validate
						}
						return
					case "fixed-code":
						if n, ok := d.integer(v, join(path, k)); ok {
							ct.FixedCode = &n
						}
						return
					case "nested":
						if b := d.boolean(v, join(path, k)); b != nil {
							ct.Nested = *b
						}
						return
					}
					s := d.str(v, join(path, k))
					switch k {
					case "func":
						ct.Func = s
					case "type":
						ct.Type = s
					case "status":
						ct.Status = s
					case "code":
						ct.Code = s
					case "message":
						ct.Message = s
					}
				})
				d.c.Constructors = append(d.c.Constructors, ct)
			})
		case "success-codes":
			d.list(v, key, func(_ int, item *yaml.Node, path string) {
				if n, ok := d.integer(item, path); ok {
					d.c.SuccessCodes = append(d.c.SuccessCodes, n)
				}
			})
		case "checks":
			d.list(v, key, func(_ int, item *yaml.Node, path string) {
				d.c.Checks = append(d.c.Checks, d.str(item, path))
			})
		case "severity":
			d.mapping(v, key, CheckNames(), func(k string, v *yaml.Node) {
				if d.c.Severity == nil {
					d.c.Severity = map[string]string{}
				}
				d.c.Severity[k] = d.str(v, join(key, k))
			})
		case "mappers":
			d.list(v, key, func(_ int, item *yaml.Node, path string) {
				var m Mapper
				d.mapping(item, path, []string{"func", "var"}, func(k string, v *yaml.Node) {
					s := d.str(v, join(path, k))
					if k == "func" {
						m.Func = s
					} else {
						m.Var = s
					}
				})
				d.c.Mappers = append(d.c.Mappers, m)
			})
		}
	})
}

// integer decodes a scalar integer (decimal, as YAML writes it).
func (d *decoder) integer(n *yaml.Node, path string) (int64, bool) {
	n = resolveAlias(n)
	var v int64
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || n.Decode(&v) != nil {
		d.errorf(n, path, "want an integer, got %s", describe(n))
		return 0, false
	}
	return v, true
}

// list iterates over a sequence node. A mapping where a list belongs is the
// classic mistake of keying namespaces by name; say so.
func (d *decoder) list(n *yaml.Node, path string, f func(i int, item *yaml.Node, path string)) {
	n = resolveAlias(n)
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, path, "want a list (\"- ...\" items), not a %s", kindName(n))
		return
	}
	for i, item := range n.Content {
		ipath := fmt.Sprintf("%s[%d]", path, i)
		d.c.lines[ipath] = item.Line
		f(i, item, ipath)
	}
}

func (d *decoder) str(n *yaml.Node, path string) string {
	n = resolveAlias(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.errorf(n, path, "want a single value, not a %s", kindName(n))
		return ""
	}
	return n.Value
}

func (d *decoder) boolean(n *yaml.Node, path string) *bool {
	n = resolveAlias(n)
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		d.errorf(n, path, "want true or false, got %s", describe(n))
		return nil
	}
	return &b
}

// resolveAlias follows YAML aliases (*name) to the anchored node.
func resolveAlias(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 100; i++ {
		n = n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "null"
		}
		return "value"
	}
	return "node"
}

func describe(n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode {
		return strconv.Quote(n.Value)
	}
	return "a " + kindName(n)
}

// Validate checks what can be checked without the catalog and the
// packages: required keys, package patterns, constructor forms, and that
// constructors of the config's own module name a package directory (the
// nearest go.mod above Dir gives the module). Catalog
// namespaces are checked when the catalog is loaded, parameter names when
// the constructor's package is analyzed.
func (c *Config) Validate() error {
	var errs []string
	errorf := func(key, format string, args ...any) {
		errs = append(errs, c.where(key)+": "+fmt.Sprintf(format, args...))
	}
	if d := c.CodeDigits; d != nil && (*d < 0 || *d > 18) {
		// Through the Go API: the YAML decoder reads only 1-18 and "any" (0).
		errorf("code-digits", "want a number from 1 to 18, or 0 for any, got %d", *d)
	}
	if err := c.checkGoCatalogPath(); err != nil {
		errs = append(errs, err.Error())
	}
	names := map[string]int{}
	patterns := map[string]string{} // pattern -> the key of its first use
	for i, ns := range c.Namespaces {
		key := fmt.Sprintf("namespaces[%d]", i)
		if ns.Name == "" {
			errorf(key, "name is required")
		} else if j, dup := names[ns.Name]; dup {
			errorf(key+".name", "namespace %q is listed twice (also namespaces[%d]); put all its patterns in one entry", ns.Name, j)
		} else {
			names[ns.Name] = i
		}
		if len(ns.Packages) == 0 {
			errorf(key, "packages is required: a list of package patterns")
		}
		for j, p := range ns.Packages {
			pkey := fmt.Sprintf("%s.packages[%d]", key, j)
			if err := checkPattern(p); err != nil {
				errorf(pkey, "%v", err)
			} else if first, dup := patterns[p]; dup {
				errorf(pkey, "package pattern %q is also %s", p, first)
			} else {
				patterns[p] = pkey
			}
		}
	}
	listed := map[string]int{}
	for i, ct := range c.Constructors {
		key := fmt.Sprintf("constructors[%d]", i)
		// One entry per function or type: a second would silently
		// replace the first.
		if name := ct.Func + ct.Type; name != "" && (ct.Func == "" || ct.Type == "") {
			if j, dup := listed[name]; dup {
				errorf(key, "%s is listed twice (also constructors[%d])", name, j)
			} else {
				listed[name] = i
			}
		}
		switch {
		case ct.Func != "" && ct.Type != "":
			errorf(key, "give func or type, not both")
		case ct.Func == "" && ct.Type == "":
			errorf(key, "func or type is required")
		case ct.Func != "":
			if _, err := parseFuncName(ct.Func); err != nil {
				errorf(key+".func", "%v", err)
			}
		default:
			if _, _, err := splitQualified(ct.Type); err != nil {
				errorf(key+".type", "%v", err)
			}
		}
		switch {
		case ct.Code == "" && ct.FixedCode == nil:
			errorf(key, "code is required (or fixed-code, for a constructor that always builds one code)")
		case ct.Code != "" && ct.FixedCode != nil:
			errorf(key+".fixed-code", "give code or fixed-code, not both")
		case ct.FixedCode != nil && *ct.FixedCode < 0:
			errorf(key+".fixed-code", "code %d is negative", *ct.FixedCode)
		}
		if ct.DefaultStatus != 0 && (ct.DefaultStatus < 100 || ct.DefaultStatus > 599) {
			errorf(key+".default-status", "%d is not an HTTP status (100-599)", ct.DefaultStatus)
		}
		if ct.Nested && ct.Type != "" {
			errorf(key+".nested", "only a func's argument can hold a nested construction")
		}
		if ct.Nested && ct.Code == "" {
			errorf(key+".nested", "nested needs code: the argument holding the inner construction")
		}
		for _, a := range []struct{ k, v string }{{"status", ct.Status}, {"code", ct.Code}, {"message", ct.Message}} {
			if a.v == "" {
				continue
			}
			pos, sub, keyed := strings.Cut(a.v, ".")
			n, numErr := strconv.Atoi(pos)
			switch {
			case ct.Type != "" && !token.IsIdentifier(a.v):
				errorf(key+"."+a.k, "want a field name, got %q", a.v)
			case ct.Type != "":
			case numErr != nil && !token.IsIdentifier(pos):
				errorf(key+"."+a.k, "want a parameter index or name, got %q (INDEX.KEY names a value inside a composite literal)", a.v)
			case numErr == nil && n < 0:
				errorf(key+"."+a.k, "parameter index %s is negative", pos)
			case numErr == nil && (pos[0] < '0' || pos[0] > '9'):
				errorf(key+"."+a.k, "want a parameter index (0, 1, ...) or name, got %q", a.v)
			case keyed && sub == "":
				errorf(key+"."+a.k, "want INDEX.KEY with a map key or field name after the dot, got %q", a.v)
			case keyed && ct.Nested && a.k == "code":
				errorf(key+"."+a.k, "a nested construction is a whole argument, not %q", a.v)
			}
		}
		// One argument cannot be both: a fix would rewrite the code into a
		// status constant.
		if ct.Status != "" && ct.Status == ct.Code {
			errorf(key+".code", "status and code are both %q: they must be different arguments", ct.Code)
		}
		if ct.Status != "" && ct.Status == ct.Message {
			errorf(key+".message", "status and message are both %q: they must be different arguments", ct.Message)
		}
		if ct.Code != "" && ct.Code == ct.Message {
			errorf(key+".message", "code and message are both %q: they must be different arguments", ct.Message)
		}
	}
	for i, m := range c.Mappers {
		key := fmt.Sprintf("mappers[%d]", i)
		switch {
		case m.Func != "" && m.Var != "":
			errorf(key, "give func or var, not both")
		case m.Func == "" && m.Var == "":
			errorf(key, "func or var is required")
		case m.Func != "":
			if _, err := parseFuncName(m.Func); err != nil {
				errorf(key+".func", "%v", err)
			}
		default:
			if _, _, err := splitQualified(m.Var); err != nil {
				errorf(key+".var", "%v", err)
			}
		}
	}
	errs = append(errs, c.checkModulePackages()...)
	if _, i, err := parseChecks(c.Checks); err != nil {
		errorf(fmt.Sprintf("checks[%d]", i), "%v", err)
	}
	for _, name := range sortedKeys(c.Severity) {
		key := "severity." + name
		if _, ok := CheckByName(name); !ok {
			errorf(key, "unknown check %q (want one of %s)", name, strings.Join(CheckNames(), ", "))
		}
		if sev := c.Severity[name]; sev != SeverityError && sev != SeverityWarning {
			errorf(key, "want error or warning, got %q", sev)
		}
	}
	if len(errs) > 0 {
		return &ConfigError{errs}
	}
	return nil
}

// sortedKeys returns m's keys in order, so that messages come in a stable
// order.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// isSuccess reports whether code is one of the configured success codes,
// which are not errors. (The list is short: a scan is the cheapest.)
func (c *Config) isSuccess(code int64) bool {
	for _, s := range c.SuccessCodes {
		if s == code {
			return true
		}
	}
	return false
}

// hasNested reports whether a configured constructor takes a nested
// construction.
func (c *Config) hasNested() bool {
	for _, ct := range c.Constructors {
		if ct.Nested {
			return true
		}
	}
	return false
}

// heuristics reports whether naming heuristics are on.
func (c *Config) heuristics() bool { return c.Heuristics == nil || *c.Heuristics }

// loadCatalog loads the configured catalog, or the embedded one, with the
// config's rule overrides, and checks that every namespace the config
// names exists in it.
func (c *Config) loadCatalog() (*catalog.Catalog, error) {
	o := catalog.Overrides{Digits: c.CodeDigits, Prefix: c.PrefixRule}
	var (
		cat *catalog.Catalog
		err error
	)
	switch {
	case c.CatalogData != nil:
		name := cmp.Or(c.Catalog, "catalog")
		var ps catalog.Problems
		cat, ps = catalog.Parse(name, c.CatalogData, o)
		err = ps.Err()
	case c.Catalog == "":
		cat, _, err = catalog.DefaultWith(o)
	default:
		path := c.Catalog
		if !filepath.IsAbs(path) && c.Dir != "" {
			path = filepath.Join(c.Dir, path)
		}
		cat, _, err = catalog.Load(path, o)
		if err != nil {
			if _, ok := catalog.AsLoadError(err); !ok {
				err = fmt.Errorf("%s: %v", c.where("catalog"), err)
			}
		}
	}
	if err != nil {
		if msg := c.overrideMisfit(err); msg != "" {
			return nil, &ConfigError{[]string{msg}}
		}
		return nil, err
	}
	var errs []string
	for i, ns := range c.Namespaces {
		if ns.Name != "" && !cat.HasNamespace(ns.Name) {
			errs = append(errs, fmt.Sprintf("%s: namespace %q is not in catalog %s (it has %s)",
				c.where(fmt.Sprintf("namespaces[%d].name", i)), ns.Name, cat.File, strings.Join(cat.Namespaces(), ", ")))
		}
	}
	if len(errs) > 0 {
		return nil, &ConfigError{errs}
	}
	return cat, nil
}

// FindConfig returns the path of the nearest .errcodecheck.yml in dir or
// its parents, or "" when there is none up to the file system root.
func FindConfig(dir string) string { return findUp(dir, ConfigFileName, nil) }

// maxConfigSize bounds what is read from a config file (and go.mod): a
// config is a few hundred bytes; anything bigger is the wrong file.
const maxConfigSize = 1 << 20
