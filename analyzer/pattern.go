package analyzer

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/mod/module"
)

// checkPattern reports whether p is a usable go list package pattern.
// Relative patterns (./x) and meta-patterns (std, all) name no fixed set
// of import paths, so they are refused.
func checkPattern(p string) error {
	switch {
	case p == "":
		return fmt.Errorf("empty package pattern")
	case strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || p == "." || p == "..":
		return fmt.Errorf("package pattern %q is relative; use an import path pattern such as %q", p, "example.com/shop/user/...")
	case p == "std" || p == "all" || p == "cmd" || p == "main":
		return fmt.Errorf("package pattern %q is a go list meta-pattern; use import paths", p)
	case !utf8.ValidString(p):
		return fmt.Errorf("package pattern %q is not valid UTF-8", p)
	case strings.ContainsAny(p, " \t\\"), strings.HasPrefix(p, "/"), strings.HasSuffix(p, "/"), strings.Contains(p, "//"):
		return fmt.Errorf("package pattern %q is not an import path pattern", p)
	}
	// Every import path the pattern can match is made of its literal
	// parts: if they cannot be an import path's, the pattern matches
	// nothing (a glob such as x/* would switch its namespace off).
	if err := module.CheckImportPath(strings.ReplaceAll(p, "...", "x")); err != nil {
		return fmt.Errorf("package pattern %q is not an import path pattern: %v", p, unquotedPathError(err))
	}
	return nil
}

// unquotedPathError drops the path that module's errors repeat.
func unquotedPathError(err error) string {
	var pe *module.InvalidPathError
	if errors.As(err, &pe) && pe.Err != nil {
		return pe.Err.Error()
	}
	return err.Error()
}

// pattern matches import paths the way go list does: "x/..." matches x
// and every package below it; "..." elsewhere matches any string. Matching
// needs no regular expression (whose compilation could fail on text a
// config may hold, such as invalid UTF-8): a pattern is its literal parts
// between the wildcards.
type pattern struct {
	text   string
	prefix string   // for "x/...": "x"
	parts  []string // for other patterns with "...": the text split at each "..."
	// alt is parts without a trailing "/...": as in go list, a trailing
	// "/..." also matches the path before it.
	alt []string
	// literal is the length of the text before the first "...": the
	// longer, the more specific the pattern.
	literal int
	exact   bool
}

func compilePattern(p string) pattern {
	pt := pattern{text: p, literal: len(p)}
	i := strings.Index(p, "...")
	switch {
	case i < 0:
		pt.exact = true
	case strings.HasSuffix(p, "/...") && i == len(p)-3:
		pt.prefix = strings.TrimSuffix(p, "/...")
		pt.literal = i
	default:
		pt.literal = i
		pt.parts = strings.Split(p, "...")
		if base, ok := strings.CutSuffix(p, "/..."); ok {
			pt.alt = strings.Split(base, "...")
		}
	}
	return pt
}

func (pt *pattern) match(path string) bool {
	switch {
	case pt.exact:
		return path == pt.text
	case pt.prefix != "":
		return path == pt.prefix || strings.HasPrefix(path, pt.prefix) && path[len(pt.prefix)] == '/'
	default:
		return globMatch(pt.parts, path) || pt.alt != nil && globMatch(pt.alt, path)
	}
}

// globMatch reports whether s is parts joined by any strings: it starts
// with the first part, ends with the last, and holds the others in order
// between them (taking each at its leftmost place loses no match).
func globMatch(parts []string, s string) bool {
	first, last := parts[0], parts[len(parts)-1]
	if len(parts) == 1 {
		return s == first
	}
	if len(s) < len(first)+len(last) || !strings.HasPrefix(s, first) || !strings.HasSuffix(s, last) {
		return false
	}
	mid := s[len(first) : len(s)-len(last)]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(mid, p)
		if i < 0 {
			return false
		}
		mid = mid[i+len(p):]
	}
	return true
}

// specificity orders matches: an exact path beats any wildcard, then the
// longer literal part wins.
func (pt *pattern) specificity() int {
	if pt.exact {
		return 1 << 30
	}
	return pt.literal
}

type nsPattern struct {
	pattern
	ns    string
	where string // config position, for messages
}

// namespaceMatcher assigns packages to namespaces.
type namespaceMatcher []nsPattern

func newNamespaceMatcher(c *Config) namespaceMatcher {
	var m namespaceMatcher
	for i, ns := range c.Namespaces {
		for j, p := range ns.Packages {
			m = append(m, nsPattern{compilePattern(p), ns.Name, c.where(fmt.Sprintf("namespaces[%d].packages[%d]", i, j))})
		}
	}
	return m
}

// namespaceOf returns the namespace of the package with the given import
// path, or "" when it belongs to none. An external test package (x_test)
// belongs where x belongs. Two equally specific patterns of different
// namespaces matching one package are a config error.
func (m namespaceMatcher) namespaceOf(path string) (string, error) {
	base, isTest := strings.CutSuffix(path, "_test")
	if !isTest {
		ns, _, err := m.match(path)
		return ns, err
	}
	// x_test is x's external test package, unless a directory really is
	// called x_test and a pattern names it more specifically than x.
	ns, spec, err := m.match(base)
	if ns2, spec2, err2 := m.match(path); spec2 > spec {
		return ns2, err2
	}
	return ns, err
}

// match returns the namespace of the most specific pattern matching path
// and that pattern's specificity (-1: none matched). Ties are judged among
// the most specific matches only.
func (m namespaceMatcher) match(path string) (string, int, error) {
	var best *nsPattern
	for i := range m {
		if p := &m[i]; p.match(path) && (best == nil || p.specificity() > best.specificity()) {
			best = p
		}
	}
	if best == nil {
		return "", -1, nil
	}
	for i := range m {
		p := &m[i]
		if p.ns != best.ns && p.specificity() == best.specificity() && p.match(path) {
			return "", best.specificity(), fmt.Errorf("%s: package %s matches %q of namespace %s and %q of namespace %s equally; make one pattern more specific",
				p.where, path, best.text, best.ns, p.text, p.ns)
		}
	}
	return best.ns, best.specificity(), nil
}
