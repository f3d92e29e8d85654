package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcodecheck/errcodecheck/analyzer"
)

// The constructor shapes real code uses (issue 8, section 2), each in a
// world of its own under testdata/src/shapes, good and bad side by side.

// TestVariadicStatus: a variadic status parameter with default-status
// (config and directive), wrappers of it, success codes.
func TestVariadicStatus(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/apierr", "shapes/defaults")
}

// TestCompositeLiteralArgs: codes and messages inside map and struct
// literal arguments (config INDEX.KEY), json tags, success codes.
func TestCompositeLiteralArgs(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/gin", "shapes/handler")
}

// TestNestedConstruction: an outer call with the status, a code-only
// construction as its argument (config nested: true).
func TestNestedConstruction(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/httpx", "shapes/outer")
}

// TestLocalFlow: constants through locals assigned once, and through the
// results of functions whose every return is constant (in the package
// and, by fact, in another).
func TestLocalFlow(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/flow/codes", "shapes/flow/handler")
}

// TestMappers: a switch method, a map literal (both by config) and a
// function by directive that derive the status from the code; their cases
// and entries, and the default against code-only constructions of the
// linked type, in the package and in another.
func TestMappers(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/mapper", "shapes/mapper/use", "shapes/mapperonly")
}

// TestFixedCode: constructors that fix the code (config fixed-code and
// directive code=NNN): status and message are checked against that code's
// entry, in the package and through facts.
func TestFixedCode(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/fixed/xerr", "shapes/fixed/logic")
}

// TestConfiguredPositionErrors: a status or code position that can never
// hold a constant integer (any, a struct, a string, an error), one
// argument for two values, a default that never applies, keys that no
// literal of the parameter's type can have, and mappers that are missing
// or have nothing to check are config errors naming file, line and key.
func TestConfiguredPositionErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		pkg  string
		want []string
	}{
		{"shapes/badpos/lib", []string{
			`.errcodecheck.yml:6: constructors[0].code: shapes/badpos/lib.Any: parameter v has type any, which can never hold a constant integer`,
			`.errcodecheck.yml:9: constructors[1].code: shapes/badpos/lib.Body: parameter body has type struct{C int}, which can never hold a constant integer`,
			`.errcodecheck.yml:12: constructors[2].code: shapes/badpos/lib.Str: parameter code has type string, which can never hold a constant integer`,
			`.errcodecheck.yml:15: constructors[3].code: shapes/badpos/lib.Same: status and code are the same argument (0)`,
			`.errcodecheck.yml:19: constructors[4].default-status: shapes/badpos/lib.NoDefault: every call passes the status (parameter status is not variadic): the default would never apply`,
			`.errcodecheck.yml:22: constructors[5].code: shapes/badpos/lib.IntMap: parameter m (map[int]int): its keys are not strings, so it has no key "code"`,
			`.errcodecheck.yml:25: constructors[6].message: shapes/badpos/lib.Resp1: parameter status has type int, which can never hold a constant string`,
			`.errcodecheck.yml:28: constructors[7].code: shapes/badpos/lib.Resp2: parameter r (shapes/badpos/lib.R): "kode" is not a field (have Code, Msg), nor a json tag`,
			`.errcodecheck.yml:31: constructors[8].code: shapes/badpos/lib.Resp3: parameter r (*shapes/badpos/lib.R): field Msg has type string, which can never hold a constant integer`,
			`.errcodecheck.yml:34: constructors[9].code: shapes/badpos/lib.NotLit: parameter status (int): not a map, struct or interface, so it has no key "code"`,
			`.errcodecheck.yml:36: constructors[10].status: shapes/badpos/lib.Reply: field Status has type string, which can never hold a constant integer`,
			`.errcodecheck.yml:40: constructors[11].code: shapes/badpos/lib.Iface: parameter code has type error, which can never hold a constant integer`,
		}},
		{"shapes/badmapper/lib", []string{
			`.errcodecheck.yml:4: mappers[0].func: function shapes/badmapper/lib.StatusOff not found in package shapes/badmapper/lib`,
			`.errcodecheck.yml:5: mappers[1].func: mapper shapes/badmapper/lib.Flat has no switch whose cases are constant codes returning constant statuses`,
			`.errcodecheck.yml:6: mappers[2].var: mapper shapes/badmapper/lib.table is not a map literal from constant codes to constant statuses`,
			`.errcodecheck.yml:7: mappers[3].var: variable shapes/badmapper/lib.tabel not found in package shapes/badmapper/lib`,
		}},
	} {
		t.Run(tc.pkg, func(t *testing.T) {
			var r errorRecorder
			analysistest.Run(&r, analysistest.TestData(), analyzer.New(), tc.pkg)
			all := strings.Join(r.msgs, "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("missing error %q in:\n%s", w, all)
				}
			}
		})
	}
}

// TestDirectivePositions: constructor directives whose parameters can
// never hold their value, or name one twice, are reported; default-status
// and named integer types work.
func TestDirectivePositions(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/baddirective")
}

// TestParseShapesConfig: the new keys decode, and their mistakes are
// errors naming file, line and key.
func TestParseShapesConfig(t *testing.T) {
	t.Parallel()
	doc := `
success-codes: [0, 200]
constructors:
  - func: example.com/x.New
    code: code
    status: httpCode
    default-status: 200
  - func: example.com/x.NewErrMsg
    fixed-code: 100001
    message: 0
  - func: "(*example.com/gin.Context).JSON"
    status: 0
    code: 1.code
    message: 1.msg
  - func: example.com/httpx.WriteJson
    status: 1
    code: 2
    nested: true
mappers:
  - func: "(*example.com/x.Error).StatusCode"
  - var: example.com/x.statusByCode
`
	c, err := analyzer.ParseConfig("/x/.errcodecheck.yml", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	ct := c.Constructors
	if len(c.SuccessCodes) != 2 || c.SuccessCodes[1] != 200 || len(ct) != 4 || ct[0].DefaultStatus != 200 ||
		ct[1].FixedCode == nil || *ct[1].FixedCode != 100001 || ct[2].Code != "1.code" || !ct[3].Nested ||
		len(c.Mappers) != 2 || c.Mappers[0].Func != "(*example.com/x.Error).StatusCode" || c.Mappers[1].Var != "example.com/x.statusByCode" {
		t.Errorf("decoded %+v", c)
	}

	for _, tc := range []struct{ doc, want string }{
		{"success-codes: 0\n", `f.yml:1: success-codes: want a list`},
		{"success-codes: [ok]\n", `f.yml:1: success-codes[0]: want an integer, got "ok"`},
		{"success-codes: [1.5]\n", `f.yml:1: success-codes[0]: want an integer, got "1.5"`},
		{"constructors:\n  - func: a.F\n    code: 0\n    default-status: ok\n", `f.yml:4: constructors[0].default-status: want an integer, got "ok"`},
		{"constructors:\n  - func: a.F\n    code: 0\n    default-status: 0\n", `f.yml:4: constructors[0].default-status: 0 is not an HTTP status (100-599)`},
		{"constructors:\n  - func: a.F\n    code: 0\n    default-status: 700\n", `f.yml:4: constructors[0].default-status: 700 is not an HTTP status (100-599)`},
		{"constructors:\n  - func: a.F\n    code: 0\n    fixed-code: 1\n", `f.yml:4: constructors[0].fixed-code: give code or fixed-code, not both`},
		{"constructors:\n  - func: a.F\n    fixed-code: -1\n", `f.yml:3: constructors[0].fixed-code: code -1 is negative`},
		{"constructors:\n  - func: a.F\n    fixed-code: [1]\n", `f.yml:3: constructors[0].fixed-code: want an integer, got a list`},
		{"constructors:\n  - func: a.F\n    code: 0\n    nested: yes please\n", `f.yml:4: constructors[0].nested: want true or false`},
		{"constructors:\n  - type: a.T\n    code: C\n    nested: true\n", `f.yml:4: constructors[0].nested: only a func's argument can hold a nested construction`},
		{"constructors:\n  - func: a.F\n    fixed-code: 1\n    nested: true\n", `f.yml:4: constructors[0].nested: nested needs code`},
		{"constructors:\n  - func: a.F\n    code: 1.code\n    nested: true\n", `f.yml:3: constructors[0].code: a nested construction is a whole argument, not "1.code"`},
		{"constructors:\n  - func: a.F\n    code: 1.\n", `f.yml:3: constructors[0].code: want INDEX.KEY with a map key or field name after the dot, got "1."`},
		{"constructors:\n  - func: a.F\n    code: -1.code\n", `f.yml:3: constructors[0].code: parameter index -1 is negative`},
		{"constructors:\n  - type: a.T\n    code: X.code\n", `f.yml:3: constructors[0].code: want a field name, got "X.code"`},
		{"constructors:\n  - func: a.F\n    status: 0\n    code: 0\n", `f.yml:4: constructors[0].code: status and code are both "0": they must be different arguments`},
		{"constructors:\n  - func: a.F\n    code: 0\n  - func: a.F\n    code: 1\n", `f.yml:4: constructors[1]: a.F is listed twice (also constructors[0])`},
		{"mappers:\n  - func: a.F\n    var: a.V\n", `f.yml:2: mappers[0]: give func or var, not both`},
		{"mappers:\n  - {}\n", `f.yml:2: mappers[0]: func or var is required`},
		{"mappers:\n  - func: F\n", `f.yml:2: mappers[0].func: want a function as path/to/pkg.Func`},
		{"mappers:\n  - var: V\n", `f.yml:2: mappers[0].var: want path/to/pkg.Name, got "V"`},
		{"mappers:\n  - type: a.T\n", `f.yml:2: mappers[0].type: unknown key (want one of func, var)`},
		{"mappers:\n  a.F: x\n", `f.yml:2: mappers: want a list`},
	} {
		_, err := analyzer.ParseConfig("f.yml", []byte(tc.doc))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseConfig(%q) = %v, want an error containing %q", tc.doc, err, tc.want)
		}
	}
}

// TestShapesFixes: status fixes at literal arguments, nested
// constructions and mapper cases and entries.
func TestShapesFixes(t *testing.T) {
	t.Parallel()
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.New(), "shapes/fixes")
}
