package analyzer

import (
	"strings"
	"testing"
)

func TestPatternMatch(t *testing.T) {
	for _, tc := range []struct {
		pattern string
		match   []string
		noMatch []string
	}{
		{"example.com/shop/user",
			[]string{"example.com/shop/user"},
			[]string{"example.com/shop/user/handler", "example.com/shop/users", "example.com/shop", "example.com/shop/use"}},
		{"example.com/shop/user/...",
			[]string{"example.com/shop/user", "example.com/shop/user/handler", "example.com/shop/user/a/b/c"},
			[]string{"example.com/shop/users", "example.com/shop/userx/handler", "example.com/shop", "example.com/shop/use"}},
		{"shop/...",
			[]string{"shop", "shop/a"},
			[]string{"shopping", "xshop", "a/shop"}},
		{"...",
			[]string{"a", "example.com/x/y", ""},
			nil},
		{"example.com/.../internal",
			[]string{"example.com/a/internal", "example.com/a/b/internal"},
			[]string{"example.com/a/internalx", "example.com/a/internal/x", "other.com/a/internal"}},
		{"example.com/.../internal/...",
			[]string{"example.com/a/internal", "example.com/a/internal/x", "example.com/a/b/internal/x/y"},
			[]string{"example.com/a/internals", "other.com/a/internal"}},
		{".../user",
			[]string{"example.com/user", "a/b/user"},
			[]string{"example.com/users", "example.com/user/x"}},
		{".../user/...",
			[]string{"example.com/user", "a/user/b"},
			[]string{"example.com/users"}},
		{"example.com/shop/v...",
			[]string{"example.com/shop/v1", "example.com/shop/v2/x", "example.com/shop/v"},
			[]string{"example.com/shop/u1"}},
		// Metacharacters of regular expressions are literal.
		{"example.com/a+b/...",
			[]string{"example.com/a+b", "example.com/a+b/c"},
			[]string{"example.com/aab/c", "example.com/ab"}},
		{"gopkg.in/yaml.v3/...",
			[]string{"gopkg.in/yaml.v3"},
			[]string{"gopkg.in/yamlxv3"}},
	} {
		pt := compilePattern(tc.pattern)
		for _, p := range tc.match {
			if !pt.match(p) {
				t.Errorf("%q does not match %q", tc.pattern, p)
			}
		}
		for _, p := range tc.noMatch {
			if pt.match(p) {
				t.Errorf("%q matches %q", tc.pattern, p)
			}
		}
	}
}

// TestPatternMatchLikeGoList: "..." matches any string, including the
// empty one, and only a trailing "/..." also matches the path without it
// (go help packages; cmd/go/internal/search.MatchPattern). So
// "x/.../y" does not match "x/y" and "x/...y" does not match "xy".
func TestPatternMatchLikeGoList(t *testing.T) {
	for _, tc := range []struct{ pattern, path string }{
		{"example.com/.../internal", "example.com/internal"},
		{"net/.../http", "net/http"},
		{"net/...http", "nethttp"},
		{"example.com/shop/...v1", "example.com/shopv1"},
	} {
		pt := compilePattern(tc.pattern)
		if pt.match(tc.path) {
			t.Errorf("%q matches %q; go list does not", tc.pattern, tc.path)
		}
	}
}

func TestPatternSpecificity(t *testing.T) {
	order := []string{ // from the most specific down
		"example.com/shop/user/handler",
		"example.com/shop/user/handler/...",
		"example.com/shop/user/...",
		"example.com/shop/.../handler",
		"example.com/...",
		".../handler",
	}
	for i := 1; i < len(order); i++ {
		a, b := compilePattern(order[i-1]), compilePattern(order[i])
		if a.specificity() <= b.specificity() {
			t.Errorf("%q (%d) is not more specific than %q (%d)", a.text, a.specificity(), b.text, b.specificity())
		}
	}
	// An exact path beats even a longer wildcard pattern.
	if a, b := compilePattern("a/b"), compilePattern("a/b/c/d/e/f/g/..."); a.specificity() <= b.specificity() {
		t.Errorf("exact %q does not beat %q", a.text, b.text)
	}
}

func matcher(nss ...Namespace) namespaceMatcher {
	return newNamespaceMatcher(&Config{Namespaces: nss, File: "/x/.errcodecheck.yml"})
}

func TestNamespaceOf(t *testing.T) {
	m := matcher(
		Namespace{Name: "shop", Packages: []string{"example.com/shop/..."}},
		Namespace{Name: "user", Packages: []string{"example.com/shop/user/..."}},
		Namespace{Name: "admin", Packages: []string{"example.com/shop/user/admin"}},
		Namespace{Name: "internal", Packages: []string{"example.com/shop/.../internal/..."}},
		Namespace{Name: "platform", Packages: []string{"example.com/platform/...", "example.com/legacy/cluster"}},
		Namespace{Name: "tools", Packages: []string{"example.com/shop/tools/...", "example.com/shop/tools/gen/..."}},
	)
	for _, tc := range []struct{ path, want string }{
		{"example.com/shop", "shop"},
		{"example.com/shop/cart", "shop"},
		{"example.com/shop/user", "user"},               // longer literal wins
		{"example.com/shop/user/handler", "user"},       // longer literal wins
		{"example.com/shop/user/admin", "admin"},        // exact beats wildcard
		{"example.com/shop/user/admin/x", "user"},       // the exact pattern matches admin only
		{"example.com/shop/user/internal/db", "user"},   // "example.com/shop/user" (21) is longer
		{"example.com/platform/cluster", "platform"},    // one of several patterns
		{"example.com/legacy/cluster", "platform"},      // the other
		{"example.com/legacy/cluster/sub", ""},          // exact pattern: not below
		{"example.com/shop/tools/gen/x", "tools"},       // two patterns of one namespace
		{"example.com/shopping", ""},                    // not below example.com/shop
		{"example.com/other", ""},                       // no match at all
		{"", ""},                                        //
		{"example.com/shop/user_test", "user"},          // x_test belongs where x belongs
		{"example.com/shop/user/admin_test", "admin"},   //
		{"example.com/platform_test", "platform"},       //
		{"example.com/legacy/cluster_test", "platform"}, // even for an exact pattern
		{"example.com/shop/user/handler_test", "user"},  //
		{"example.com/other_test", ""},                  //
		{"example.com/shop/user/admin.test", "user"},    // not an external test package
		{"example.com/shop/user/admin/x_test", "user"},  //
		{"example.com/shop/user/admin/_test", "user"},   //
	} {
		got, err := m.namespaceOf(tc.path)
		if err != nil {
			t.Errorf("namespaceOf(%q): %v", tc.path, err)
			continue
		}
		if got != tc.want {
			t.Errorf("namespaceOf(%q) = %q, want %q", tc.path, got, tc.want)
		}
	}
}

// TestNamespaceOfEmpty: no namespaces, every package in none.
func TestNamespaceOfEmpty(t *testing.T) {
	for _, m := range []namespaceMatcher{nil, matcher()} {
		if ns, err := m.namespaceOf("example.com/x"); ns != "" || err != nil {
			t.Errorf("namespaceOf = %q, %v", ns, err)
		}
	}
}

func TestNamespaceOfAmbiguous(t *testing.T) {
	for _, tc := range []struct {
		name string
		nss  []Namespace
		path string
		want []string // in the error
	}{
		{"same exact path",
			[]Namespace{{Name: "user", Packages: []string{"example.com/a"}}, {Name: "platform", Packages: []string{"example.com/a"}}},
			"example.com/a",
			[]string{`/x/.errcodecheck.yml: namespaces[1].packages[0]`, `package example.com/a`, `"example.com/a" of namespace user`, `"example.com/a" of namespace platform`}},
		{"equal literal prefixes",
			[]Namespace{{Name: "user", Packages: []string{"example.com/a/..."}}, {Name: "platform", Packages: []string{"example.com/a/.../b"}}},
			"example.com/a/x/b",
			[]string{`"example.com/a/..." of namespace user`, `"example.com/a/.../b" of namespace platform`, "make one pattern more specific"}},
		// The literal text before the first "..." measures specificity:
		// "example.com/shop/.../internal/..." is no more specific than
		// "example.com/shop/...".
		{"wildcard in the middle",
			[]Namespace{{Name: "user", Packages: []string{"example.com/shop/..."}}, {Name: "platform", Packages: []string{"example.com/shop/.../internal/..."}}},
			"example.com/shop/cart/internal",
			[]string{`"example.com/shop/..." of namespace user`, `"example.com/shop/.../internal/..." of namespace platform`}},
		{"external test package",
			[]Namespace{{Name: "user", Packages: []string{"x/..."}}, {Name: "platform", Packages: []string{"x/.../y"}}},
			"x/z/y_test",
			[]string{`package x/z/y matches`, `"x/..." of namespace user`, `"x/.../y" of namespace platform`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ns, err := matcher(tc.nss...).namespaceOf(tc.path)
			if err == nil {
				t.Fatalf("namespaceOf(%q) = %q, want an error", tc.path, ns)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
	// Equally specific patterns of one namespace are no conflict, and a
	// more specific pattern settles what would otherwise be one.
	m := matcher(
		Namespace{Name: "user", Packages: []string{"example.com/a/...", "example.com/a/.../b"}},
		Namespace{Name: "platform", Packages: []string{"example.com/b/...", "example.com/b/x/..."}},
		Namespace{Name: "user2", Packages: []string{"example.com/b/.../y"}},
	)
	for path, want := range map[string]string{"example.com/a/x/b": "user", "example.com/b/x/y": "platform"} {
		if ns, err := m.namespaceOf(path); ns != want || err != nil {
			t.Errorf("namespaceOf(%q) = %q, %v; want %q", path, ns, err, want)
		}
	}
}

// TestNamespaceOfTieBeforeWinner: two equally specific patterns are no
// conflict when a more specific third one matches too, whatever the order
// of the config's entries.
func TestNamespaceOfTieBeforeWinner(t *testing.T) {
	m := matcher(
		Namespace{Name: "shop", Packages: []string{"example.com/shop/..."}},
		Namespace{Name: "internal", Packages: []string{"example.com/shop/.../internal/..."}},
		Namespace{Name: "user", Packages: []string{"example.com/shop/user/..."}},
	)
	if ns, err := m.namespaceOf("example.com/shop/user/internal/db"); ns != "user" || err != nil {
		t.Errorf("namespaceOf = %q, %v; want user", ns, err)
	}
}

// TestNamespaceOfTestSuffixDirectory: a directory whose name ends in
// _test is an ordinary package, and a pattern naming it must match it.
func TestNamespaceOfTestSuffixDirectory(t *testing.T) {
	m := matcher(Namespace{Name: "e2e", Packages: []string{"example.com/shop/e2e_test/..."}})
	for _, path := range []string{"example.com/shop/e2e_test", "example.com/shop/e2e_test_test", "example.com/shop/e2e_test/sub"} {
		if ns, err := m.namespaceOf(path); ns != "e2e" || err != nil {
			t.Errorf("namespaceOf(%q) = %q, %v; want e2e", path, ns, err)
		}
	}
}

func TestCheckPattern(t *testing.T) {
	for _, p := range []string{"example.com/x", "example.com/x/...", "...", "x/.../y", "a", "gopkg.in/yaml.v3"} {
		if err := checkPattern(p); err != nil {
			t.Errorf("checkPattern(%q): %v", p, err)
		}
	}
	for p, want := range map[string]string{
		"":              "empty package pattern",
		".":             "is relative",
		"..":            "is relative",
		"./x":           "is relative",
		"../x/...":      "is relative",
		"std":           "meta-pattern",
		"all":           "meta-pattern",
		"cmd":           "meta-pattern",
		"main":          "meta-pattern",
		"/abs/path":     "not an import path pattern",
		"x/":            "not an import path pattern",
		"x//y":          "not an import path pattern",
		"x y":           "not an import path pattern",
		"x\ty":          "not an import path pattern",
		`x\y`:           "not an import path pattern",
		"example.com//": "not an import path pattern",
	} {
		err := checkPattern(p)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("checkPattern(%q) = %v, want an error containing %q", p, err, want)
		}
	}
}
