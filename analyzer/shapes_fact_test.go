package analyzer

import (
	"testing"
)

// TestShapeSpecFactRoundTrip: the new spec fields (default status, fixed
// code, keys inside literal arguments, nested) survive the fact and gob,
// so a constructor means the same in its callers' packages.
func TestShapeSpecFactRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		sp  spec
		str string
	}{
		{spec{status: 2, code: 0, message: 1, defStatus: 200}, "constructor(status=arg2 default-status=200 code=arg0 message=arg1)"},
		{spec{status: noArg, code: noArg, message: 0, fixedCode: 100001, hasFixedCode: true}, "constructor(code=100001 message=arg0)"},
		{spec{status: noArg, code: noArg, message: noArg, fixed: 404, fixedCode: 0, hasFixedCode: true}, "constructor(status=404 code=0)"},
		{spec{status: 0, code: 1, message: 1, codeKey: "code", messageKey: "msg"}, "constructor(status=arg0 code=arg1.code message=arg1.msg)"},
		{spec{status: 1, code: 1, message: noArg, statusKey: "status", codeKey: "errno"}, "constructor(status=arg1.status code=arg1.errno)"},
		{spec{status: 1, code: 2, message: noArg, nested: true}, "constructor(status=arg1 nested=arg2)"},
		{spec{status: noArg, code: 1, message: noArg, fixed: 400, nested: true, wrapper: true}, "wrapper(status=400 nested=arg1)"},
		{spec{status: noArg, code: 0, message: noArg, fixedCode: 1 << 62, hasFixedCode: true}, "constructor(code=4611686018427387904)"},
	} {
		f := tc.sp.fact()
		if got := f.String(); got != tc.str {
			t.Errorf("String() = %q, want %q", got, tc.str)
		}
		if got := *f.spec(); got != tc.sp {
			t.Errorf("spec %+v -> fact %v -> spec %+v", tc.sp, f, got)
		}
		if got := *roundTrip(t, f).(*ctorFact).spec(); got != tc.sp {
			t.Errorf("spec %+v -> gob -> spec %+v", tc.sp, got)
		}
	}
}

func TestResultsFactGob(t *testing.T) {
	for _, tc := range []struct {
		f   resultsFact
		str string
	}{
		{resultsFact{Known: []bool{true, true}, Rows: [][]int64{{400, 40000001}, {401, 40100001}}}, "results(400,40000001; 401,40100001)"},
		{resultsFact{Known: []bool{true, false, true}, Rows: [][]int64{{401, 0, 40100001}}}, "results(401,_,40100001)"},
		{resultsFact{Known: []bool{true, true}, Rows: [][]int64{{-1 << 63, 1<<63 - 1}}}, "results(-9223372036854775808,9223372036854775807)"},
	} {
		if got := tc.f.String(); got != tc.str {
			t.Errorf("String() = %q, want %q", got, tc.str)
		}
		got := roundTrip(t, &tc.f).(*resultsFact)
		if got.String() != tc.str {
			t.Errorf("round trip: %v, want %s", got, tc.str)
		}
	}
}

func TestMapperFactGob(t *testing.T) {
	f := &mapperFact{Name: "(*Error).StatusCode", Default: 500, Cases: []int64{0, 40100001, 40400001}}
	got := roundTrip(t, f).(*mapperFact)
	if got.String() != "mapper((*Error).StatusCode default=500 cases=3)" || got.Default != 500 {
		t.Errorf("round trip: %v", got)
	}
	for _, c := range f.Cases {
		if !got.hasCase(c) {
			t.Errorf("case %d lost", c)
		}
	}
	if got.hasCase(40100002) {
		t.Error("hasCase(40100002) on a mapper without that case")
	}
}
