package analyzer_test

import (
	"strings"
	"testing"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// TestNewWithConfigNeverPanics: a Config built in Go skips the YAML
// decoder, so NewWithConfig must refuse what the decoder would, with an
// error naming the key, and never panic (a namespace pattern holding
// invalid UTF-8 panicked in regexp.MustCompile).
func TestNewWithConfigNeverPanics(t *testing.T) {
	t.Parallel()
	neg, big := -1, 100
	ns := func(name string, pats ...string) analyzer.Namespace {
		return analyzer.Namespace{Name: name, Packages: pats}
	}
	for _, c := range []struct {
		name string
		cfg  *analyzer.Config
		want string
	}{
		{"invalid UTF-8 after a wildcard", &analyzer.Config{Namespaces: []analyzer.Namespace{ns("user", "a/...\xff")}}, `namespaces[0].packages[0]: package pattern "a/...\xff" is not valid UTF-8`},
		{"invalid UTF-8 before a wildcard", &analyzer.Config{Namespaces: []analyzer.Namespace{ns("user", "a/\xff...")}}, "is not valid UTF-8"},
		{"glob", &analyzer.Config{Namespaces: []analyzer.Namespace{ns("user", "example.com/shop/*")}}, `package pattern "example.com/shop/*" is not an import path pattern: invalid char '*'`},
		{"one pattern in two namespaces", &analyzer.Config{Namespaces: []analyzer.Namespace{ns("user", "a/..."), ns("platform", "a/...")}}, `namespaces[1].packages[0]: package pattern "a/..." is also namespaces[0].packages[0]`},
		{"empty name and pattern", &analyzer.Config{Namespaces: []analyzer.Namespace{ns("", "")}}, "namespaces[0]: name is required"},
		{"nil packages", &analyzer.Config{Namespaces: []analyzer.Namespace{{Name: "user"}}}, "namespaces[0]: packages is required"},
		{"negative digits", &analyzer.Config{CodeDigits: &neg}, "code-digits: want a number from 1 to 18, or 0 for any, got -1"},
		{"too many digits", &analyzer.Config{CodeDigits: &big}, "code-digits: want a number from 1 to 18, or 0 for any, got 100"},
		{"signed index", &analyzer.Config{Constructors: []analyzer.Constructor{{Func: "a.New", Code: "+1"}}}, `constructors[0].code: want a parameter index (0, 1, ...) or name, got "+1"`},
		{"minus zero", &analyzer.Config{Constructors: []analyzer.Constructor{{Func: "a.New", Code: "-0"}}}, `constructors[0].code: want a parameter index (0, 1, ...) or name, got "-0"`},
		{"empty constructor", &analyzer.Config{Constructors: []analyzer.Constructor{{}}}, "constructors[0]: func or type is required"},
		{"empty receiver", &analyzer.Config{Constructors: []analyzer.Constructor{{Func: "(*).M", Code: "0"}}}, "constructors[0].func: "},
		{"catalog directory", &analyzer.Config{Catalog: "/"}, "catalog: "},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("NewWithConfig panics: %v", r)
				}
			}()
			_, err := analyzer.NewWithConfig(c.cfg)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("NewWithConfig = %v, want an error containing %q", err, c.want)
			}
		})
	}
}
