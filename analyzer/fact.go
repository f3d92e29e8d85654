package analyzer

import (
	"strconv"
	"strings"
)

// noArg marks an absent status, code or message position.
const noArg = -1

// ctorFact marks a function or method of another package as a constructor
// of HTTP errors, found by a directive or inferred as a wrapper. It is
// exported for the package's own functions (on their generic origin) and
// imported by callers in other packages, like the printf analyzer's
// isWrapper fact.
type ctorFact struct {
	// Status, Code and Message are parameter indices (noArg: none).
	// (gob writes small integers in a byte or two whatever their Go type.)
	Status, Code, Message int
	// Fixed is the status every call gets (0: none), for wrappers such as
	// BadRequest(code) and directives with status=400.
	Fixed int
	// Wrapper is set for inferred wrappers, clear for directives.
	Wrapper bool
	// DefaultStatus is the status of a call that passes none (0: none).
	DefaultStatus int
	// FixedCode is the code of every call, when HasFixedCode.
	FixedCode    int64
	HasFixedCode bool
	// StatusKey, CodeKey and MessageKey name a map key or field inside
	// the composite literal at that argument ("": the argument itself).
	StatusKey, CodeKey, MessageKey string
	// Nested: the code argument holds an inner construction.
	Nested bool
}

func (*ctorFact) AFact() {}

// String is short so that tests can assert facts: "wrapper(status=400
// code=arg0)", "constructor(status=arg0 code=arg1 message=arg2)".
func (f *ctorFact) String() string {
	var b strings.Builder
	if f.Wrapper {
		b.WriteString("wrapper(")
	} else {
		b.WriteString("constructor(")
	}
	var parts []string
	arg := func(i int, key string) string {
		if key != "" {
			return "arg" + strconv.Itoa(i) + "." + key
		}
		return "arg" + strconv.Itoa(i)
	}
	switch {
	case f.Fixed != 0:
		parts = append(parts, "status="+strconv.Itoa(f.Fixed))
	case f.Status != noArg:
		parts = append(parts, "status="+arg(f.Status, f.StatusKey))
	}
	if f.DefaultStatus != 0 {
		parts = append(parts, "default-status="+strconv.Itoa(f.DefaultStatus))
	}
	switch {
	case f.HasFixedCode:
		parts = append(parts, "code="+strconv.FormatInt(f.FixedCode, 10))
	case f.Nested:
		parts = append(parts, "nested="+arg(f.Code, ""))
	default:
		parts = append(parts, "code="+arg(f.Code, f.CodeKey))
	}
	if f.Message != noArg {
		parts = append(parts, "message="+arg(f.Message, f.MessageKey))
	}
	b.WriteString(strings.Join(parts, " "))
	b.WriteByte(')')
	return b.String()
}

func (f *ctorFact) spec() *spec {
	return &spec{status: f.Status, code: f.Code, message: f.Message, fixed: f.Fixed, wrapper: f.Wrapper,
		defStatus: f.DefaultStatus, fixedCode: f.FixedCode, hasFixedCode: f.HasFixedCode,
		statusKey: f.StatusKey, codeKey: f.CodeKey, messageKey: f.MessageKey, nested: f.Nested}
}

// codeSymbolFact marks a package-level variable initialized by an HTTP-error
// construction with a constant code (var ErrUserNotFound = apierr.New(404,
// 40400001, ...)), so that other packages can tell it is a code symbol.
type codeSymbolFact struct {
	Code int64
}

func (*codeSymbolFact) AFact() {}

func (f *codeSymbolFact) String() string { return "code(" + strconv.FormatInt(f.Code, 10) + ")" }

// constructsFact is a package fact: the package, or one of its
// dependencies, declares constructors of HTTP errors. Packages none of
// whose imports carry it, and which declare none, cannot construct errors
// and take the fast path.
type constructsFact struct{}

func (*constructsFact) AFact() {}

func (*constructsFact) String() string { return "constructs" }
