package analyzer

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// roundTrip encodes f with encoding/gob, as modular drivers (go vet,
// Bazel, gopls) do between packages, and decodes it into a new value.
func roundTrip(t *testing.T, f analysis.Fact) analysis.Fact {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(f); err != nil {
		t.Fatalf("encode %#v: %v", f, err)
	}
	// Encodings must be deterministic: drivers compare fact bytes.
	var again bytes.Buffer
	if err := gob.NewEncoder(&again).Encode(f); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("encoding of %#v is not deterministic", f)
	}
	out := reflect.New(reflect.TypeOf(f).Elem()).Interface().(analysis.Fact)
	if err := gob.NewDecoder(&buf).Decode(out); err != nil {
		t.Fatalf("decode %#v: %v", f, err)
	}
	return out
}

func TestCtorFactGob(t *testing.T) {
	for _, tc := range []struct {
		fact ctorFact
		str  string
	}{
		{ctorFact{Status: 0, Code: 1, Message: 2}, "constructor(status=arg0 code=arg1 message=arg2)"},
		{ctorFact{Status: 1, Code: 2, Message: 0}, "constructor(status=arg1 code=arg2 message=arg0)"},
		{ctorFact{Status: noArg, Code: 0, Message: noArg, Fixed: 404}, "constructor(status=404 code=arg0)"},
		{ctorFact{Status: noArg, Code: 0, Message: 1, Fixed: 400, Wrapper: true}, "wrapper(status=400 code=arg0 message=arg1)"},
		{ctorFact{Status: 0, Code: 1, Message: noArg, Wrapper: true}, "wrapper(status=arg0 code=arg1)"},
		{ctorFact{Status: noArg, Code: 0, Message: noArg, Wrapper: true}, "wrapper(code=arg0)"},
		{ctorFact{Status: noArg, Code: 127, Message: noArg, Wrapper: true}, "wrapper(code=arg127)"},
		{ctorFact{Status: noArg, Code: 3, Message: noArg, Fixed: 599}, "constructor(status=599 code=arg3)"},
		// A fixed status wins over a status index in the string form.
		{ctorFact{Status: 2, Code: 0, Message: noArg, Fixed: 401, Wrapper: true}, "wrapper(status=401 code=arg0)"},
		// The zero fact: gob omits every zero field.
		{ctorFact{}, "constructor(status=arg0 code=arg0 message=arg0)"},
	} {
		t.Run(tc.str, func(t *testing.T) {
			if got := tc.fact.String(); got != tc.str {
				t.Errorf("String() = %q, want %q", got, tc.str)
			}
			got := roundTrip(t, &tc.fact).(*ctorFact)
			if *got != tc.fact {
				t.Errorf("round trip: got %#v, want %#v", *got, tc.fact)
			}
			if got.String() != tc.str {
				t.Errorf("String() after round trip = %q, want %q", got.String(), tc.str)
			}
		})
	}
}

func TestCodeSymbolFactGob(t *testing.T) {
	for _, tc := range []struct {
		code int64
		str  string
	}{
		{40000001, "code(40000001)"},
		{0, "code(0)"},
		{-1, "code(-1)"},
		{410108, "code(410108)"},
		{1<<63 - 1, "code(9223372036854775807)"},
		{-1 << 63, "code(-9223372036854775808)"},
	} {
		f := &codeSymbolFact{Code: tc.code}
		if got := f.String(); got != tc.str {
			t.Errorf("String() = %q, want %q", got, tc.str)
		}
		got := roundTrip(t, f).(*codeSymbolFact)
		if *got != *f {
			t.Errorf("round trip: got %#v, want %#v", *got, *f)
		}
	}
}

// TestFactsInOneStream encodes facts of both types in one stream, as a
// driver that writes all of a package's facts at once does.
func TestFactsInOneStream(t *testing.T) {
	facts := []analysis.Fact{
		&ctorFact{Status: noArg, Code: 0, Message: 1, Fixed: 400, Wrapper: true},
		&codeSymbolFact{Code: 40000004},
		&ctorFact{Status: 1, Code: 2, Message: 0},
		&codeSymbolFact{Code: 50000008},
	}
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for _, f := range facts {
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
	}
	dec := gob.NewDecoder(&buf)
	for _, want := range facts {
		got := reflect.New(reflect.TypeOf(want).Elem()).Interface().(analysis.Fact)
		if err := dec.Decode(got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got %#v, want %#v", got, want)
		}
	}
}

// TestSpecFactRoundTrip: a spec carried by a fact comes back unchanged,
// through gob too, so that a constructor means the same in its callers'
// packages as in its own.
func TestSpecFactRoundTrip(t *testing.T) {
	for _, sp := range []spec{
		{status: 0, code: 1, message: 2},
		{status: noArg, code: 0, message: noArg, fixed: 400, wrapper: true},
		{status: 2, code: 0, message: 1, wrapper: true},
		{status: noArg, code: 5, message: noArg, fixed: 511},
	} {
		f := sp.fact()
		if got := *f.spec(); got != sp {
			t.Errorf("spec %+v -> fact %v -> spec %+v", sp, f, got)
		}
		if got := *roundTrip(t, f).(*ctorFact).spec(); got != sp {
			t.Errorf("spec %+v -> gob -> spec %+v", sp, got)
		}
	}
}

// TestSpecFactLargeValues: specs whose numbers exceed a byte or int16
// come back whole (a regression test: facts once narrowed indices to
// int8 and the fixed status to int16).
func TestSpecFactLargeValues(t *testing.T) {
	for _, sp := range []spec{
		{status: noArg, code: 130, message: noArg, wrapper: true},
		{status: 200, code: 201, message: 202, wrapper: true},
		{status: noArg, code: 0, message: noArg, fixed: 40000, wrapper: true},
	} {
		f := sp.fact()
		if got := *f.spec(); got != sp {
			t.Errorf("spec %+v -> fact %v -> spec %+v", sp, f, got)
		}
		if got := *roundTrip(t, f).(*ctorFact).spec(); got != sp {
			t.Errorf("spec %+v -> gob -> spec %+v", sp, got)
		}
	}
	if got, want := (&spec{status: noArg, code: 130, message: 131, fixed: 40000, wrapper: true}).fact().String(),
		"wrapper(status=40000 code=arg130 message=arg131)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
