package plugin_test

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/plugin"
)

// newPlugin goes through the registry, as golangci-lint does, so that the
// registration itself is tested.
func newPlugin(t *testing.T, settings any) (register.LinterPlugin, error) {
	t.Helper()
	newFn, err := register.GetPlugin("errcodecheck")
	if err != nil {
		t.Fatalf("plugin not registered: %v", err)
	}
	return newFn(settings)
}

// settings is what golangci-lint passes for .golangci.yml's
// linters.settings.custom.errcodecheck.settings: YAML decoded into maps
// and slices of any.
func goodSettings() map[string]any {
	return map[string]any{
		"code-digits": 8,
		"prefix-rule": true,
		"heuristics":  false,
		"namespaces": []any{
			map[string]any{"name": "user", "packages": []any{"example.com/shop/user/..."}},
			map[string]any{"name": "platform", "packages": []any{"example.com/shop/platform/..."}},
		},
		"constructors": []any{
			map[string]any{"func": "example.com/shop/apierr.New", "status": 0, "code": 1, "message": 2},
			map[string]any{"type": "example.com/shop/apierr.Error", "status": "Status", "code": "Code"},
		},
	}
}

func TestName(t *testing.T) {
	if plugin.Name != "errcodecheck" {
		t.Errorf("Name = %q, want errcodecheck", plugin.Name)
	}
}

func TestGoodSettings(t *testing.T) {
	p, err := newPlugin(t, goodSettings())
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 || as[0].Name != "errcodecheck" {
		t.Fatalf("BuildAnalyzers() = %v, want one analyzer named errcodecheck", as)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
}

func TestEmptySettings(t *testing.T) {
	// settings: omitted, or "settings: {}"
	for _, settings := range []any{nil, map[string]any{}} {
		p, err := newPlugin(t, settings)
		if err != nil {
			t.Fatalf("settings %#v: %v", settings, err)
		}
		as, err := p.BuildAnalyzers()
		if err != nil || len(as) != 1 || as[0].Name != "errcodecheck" {
			t.Fatalf("settings %#v: BuildAnalyzers() = %v, %v", settings, as, err)
		}
		if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
			t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
		}
	}
}

// Each plugin instance carries its own analyzer: two golangci-lint
// configurations in one process must not share state.
func TestFreshAnalyzers(t *testing.T) {
	p1, err := newPlugin(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	p2, err := newPlugin(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	a1, _ := p1.BuildAnalyzers()
	a2, _ := p2.BuildAnalyzers()
	if a1[0] == a2[0] {
		t.Error("two plugins share one analyzer")
	}
}

func TestBadSettings(t *testing.T) {
	with := func(key string, v any) map[string]any {
		s := goodSettings()
		s[key] = v
		return s
	}
	tests := []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{"unknown key", with("catalog-file", "docs/errcodes.md"), []string{"catalog-file", "unknown key"}},
		{"bad boolean", with("heuristics", "maybe"), []string{"heuristics", `"maybe"`}},
		{"namespaces as a map", with("namespaces", map[string]any{"user": []any{"example.com/shop/user/..."}}), []string{"namespaces", "list"}},
		{"unknown constructor key", with("constructors", []any{map[string]any{"func": "example.com/shop/apierr.New", "code": 1, "stauts": 0}}), []string{"constructors[0].stauts", "unknown key"}},
		{"constructor without code", with("constructors", []any{map[string]any{"func": "example.com/shop/apierr.New", "status": 0}}), []string{"constructors[0]", "code is required"}},
		{"namespace missing from catalog", with("namespaces", []any{map[string]any{"name": "billing", "packages": []any{"example.com/shop/billing/..."}}}), []string{"billing", "not in catalog"}},
		{"missing catalog file", with("catalog", "testdata/no-such-catalog.md"), []string{"no-such-catalog.md"}},
		{"settings not a mapping", []any{"catalog"}, []string{"mapping"}},
		{"unknown check", with("checks", []any{"all", "-nope"}), []string{"checks[1]", `unknown check "-nope"`}},
		{"bad severity", with("severity", map[string]any{"namespace": "info"}), []string{"severity.namespace", `want error or warning`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := newPlugin(t, tt.settings)
			if err == nil {
				t.Fatalf("New(%#v) = %v, want an error", tt.settings, p)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

// TestPrefixAndChecks checks, on the analyzer golangci-lint gets, that
// each message starts with its check's name and that the checks key of
// the settings switches a check off.
func TestPrefixAndChecks(t *testing.T) {
	p, err := newPlugin(t, map[string]any{"checks": []any{"all", "-unknown-code"}})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), as[0], "prefix")
}

// TestEmptySettingsDiscover: with no settings the plugin is configured as
// the command is without -config: the .errcodecheck.yml above the package,
// else the embedded catalog in its fallback mode (no flood of findings on
// a project that has codes of its own).
func TestEmptySettingsDiscover(t *testing.T) {
	for _, settings := range []any{nil, map[string]any{}} {
		p, err := newPlugin(t, settings)
		if err != nil {
			t.Fatal(err)
		}
		as, err := p.BuildAnalyzers()
		if err != nil {
			t.Fatal(err)
		}
		analysistest.Run(t, analysistest.TestData(), as[0], "nosettings", "foreign")
	}
}
