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
	analysistest.Run(t, analysistest.TestData(), analyzer.New(), "shapes/mapper", "shapes/mapper/use")
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
