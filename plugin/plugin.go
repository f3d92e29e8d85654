package plugin

import (
	"reflect"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// Name is the name the plugin registers under: the key of
// linters.settings.custom in .golangci.yml and the linter name in reports.
const Name = analyzer.Name

func init() {
	register.Plugin(Name, New)
}

// New decodes the settings of the plugin (the keys of .errcodecheck.yml)
// and validates them and the catalog they name, so that a wrong key or
// value stops golangci-lint before any package is analyzed.
//
// With no settings at all (none given, or "settings: {}") the linter is
// configured as the errcodecheck command and go vet are with no -config:
// by the nearest .errcodecheck.yml above each package, else the project's
// own catalog at a conventional place of its module, else the embedded
// catalog, which then reports only the codes it registers. So an empty
// settings block never floods a project with the embedded catalog's
// findings, and the three drivers agree.
func New(settings any) (register.LinterPlugin, error) {
	if empty(settings) {
		return &linterPlugin{analyzer: prefixed(analyzer.New())}, nil
	}
	cfg, err := analyzer.ConfigFromSettings(settings)
	if err != nil {
		return nil, err
	}
	a, err := analyzer.NewWithConfig(cfg)
	if err != nil {
		return nil, err
	}
	return &linterPlugin{analyzer: prefixed(a)}, nil
}

// prefixed returns a copy of a whose messages start with their check's
// name, "status-mismatch: ...", as staticcheck's start with "SA1000:":
// golangci-lint shows only the linter's name, and //nolint reasons,
// exclusion rules (text:) and readers need to tell the checks apart.
func prefixed(a *analysis.Analyzer) *analysis.Analyzer {
	p := *a
	p.Run = func(pass *analysis.Pass) (any, error) {
		inner := *pass
		inner.Report = func(d analysis.Diagnostic) {
			if d.Category != "" {
				d.Message = d.Category + ": " + d.Message
			}
			pass.Report(d)
		}
		return a.Run(&inner)
	}
	return &p
}

// linterPlugin is the plugin built from one set of settings.
type linterPlugin struct {
	analyzer *analysis.Analyzer
}

// BuildAnalyzers returns the errcodecheck analyzer bound to the settings.
func (p *linterPlugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{p.analyzer}, nil
}

// GetLoadMode asks for type information: constants, callees and facts
// all come from the type checker.
func (p *linterPlugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// empty reports whether settings give no key: absent, or an empty map.
func empty(settings any) bool {
	if settings == nil {
		return true
	}
	v := reflect.ValueOf(settings)
	return v.Kind() == reflect.Map && v.Len() == 0
}
